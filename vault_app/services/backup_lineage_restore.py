"""What a restore tells the lineage check (services/backup_lineage.py) about the backup files the
vault's own destructions purged: their ledger heads, so the restored vault knows them as its own.

Found by a walker: a chart destroyed (its purge rewrote the single file in the backup folder:
the destruction ran on the file's copy, whose ledger then went on to a head of its own), then a
hand copy of that file from before the destruction restored over the vault. The replaced vault's
backup.purged entry named the rewritten file's head; the restored vault, made before it, did not.
The folder's newest file was then "another copy's": the unlock said "This is the older copy of
this vault ... Use that copy (the vault on the other computer)", and every backup into the folder
was refused. There was no other computer.

The restore reads the destruction and register entries of every copy of the vault it can reach
(restore_destructions.collect, with the backup's master key: read authenticated). The heads their
backup.purged entries name are written into the restored vault's backup.restored entry, in its
MAC-chained ledger: a file edited by hand cannot add a head, and only the exact file each purge
wrote (seq and MAC of its ledger head) is accepted. A second copy that backs up into the folder
later writes a file whose head is its own (its unlock alone adds an entry), named by no purge:
it is still another copy's, and the older copy is still told so (backup_superseded).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from vault_app.services.backup_registry import PURGED, RESTORED
from vault_app.services.ledger import LedgerEntry
from vault_app.services.vault import Vault

PAYLOAD_KEY = "purged_heads"


def _head(payload: dict[str, Any]) -> tuple[int, str] | None:
    head = payload.get("ledger_head")
    if isinstance(head, dict) and isinstance(head.get("seq"), int) and isinstance(head.get("mac"), str):
        return head["seq"], head["mac"]
    return None


def carried(entries: Iterable[LedgerEntry]) -> dict[str, Any]:
    """For the restored vault's backup.restored entry: the ledger heads of the files the read
    copies' purges wrote ({} when none, so the entry stays as it was)."""
    heads: dict[tuple[int, str], str] = {}
    for entry in entries:
        head = _head(entry.payload) if entry.kind == PURGED else None
        if head is not None:
            heads.setdefault(head, str(entry.payload.get("path", "")))
    if not heads:
        return {}
    return {PAYLOAD_KEY: [{"path": path, "seq": seq, "mac": mac} for (seq, mac), path in sorted(heads.items())]}


def purged_heads(vault: Vault) -> set[tuple[int, str]]:
    """(seq, MAC) of every purged file's ledger head this vault's purges or its restores recorded."""
    found: set[tuple[int, str]] = set()
    for entry in vault.ledger.entries(kinds=(PURGED, RESTORED)):
        if entry.kind == PURGED:
            head = _head(entry.payload)
            if head is not None:
                found.add(head)
            continue
        items = entry.payload.get(PAYLOAD_KEY)
        for item in items if isinstance(items, list) else ():
            if isinstance(item, dict) and isinstance(item.get("seq"), int) and isinstance(item.get("mac"), str):
                found.add((item["seq"], item["mac"]))
    return found


__all__ = ["PAYLOAD_KEY", "carried", "purged_heads"]

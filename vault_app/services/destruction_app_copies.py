"""Copies of the vault the app made itself and does not purge: the safety copy a restore
keeps of the vault it replaces (`<vault>-before-restore-<time>`), and a copy a restore made
beside the vault, in another folder (its ledger records it: restore_beside_record). Each still holds the vault
as it was before that restore, with any chart destroyed since. Found in the real app: the
destruction's certificate said nothing of them. The destruction names them (certificate,
wizard) with what to do: delete the folder once the restored vault is known to be right.
They are not purged like registered backups: a safety copy is the way back from a restore
gone wrong, and changing it would take that away unasked.

A restore's own entry names the rest (backup_restore): the folder of the vault it was restored
beside, or that it replaced from another folder (COPY_BESIDE_OF, ORIGINAL_FOLDER: the vault left
behind still holds every chart it held; found at review: the unlock window's "restore into another
folder" opened the copy as the vault in use, and its destructions never named the vault left
behind), and the backup it was restored from (BACKUP_PATH), named when it is not one of this
vault's registered backups (the destruction purges those: a copy beside starts a register of its
own). The vault a backup was made of on another computer is not known here (docs/retention.md)."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from vault_app.services.vault import Vault
from vault_app.storage import header as header_io

RESTORED = "backup.restored"  # services/backup_registry.RESTORED, read here without the registry
COPIED_BESIDE = "backup.copied_beside"  # services/restore_beside_record.COPIED_BESIDE
# In a restore's entry: backup_registry_copy.COPY_BESIDE, and the two keys backup_restore writes.
COPY_BESIDE_OF, ORIGINAL_FOLDER, BACKUP_PATH = "copy_beside", "original_folder", "backup_path"
SAFETY_COPY, COPY_BESIDE, RESTORED_FROM = "safety copy", "copy restored beside", "backup restored from"


def _of_this_vault(folder: Path, vault_id: str) -> bool:
    with contextlib.suppress(Exception):
        return folder.is_dir() and header_io.read(folder).vault_id == vault_id
    return False


def safety_copies(vault: Vault) -> list[dict[str, Any]]:
    """The restores' safety copies of this vault that are still there: the ones its ledger
    records, and those beside the vault's folder under the name a restore gives them (a
    later restore's ledger does not know the earlier ones')."""
    found: dict[Path, None] = {}
    for entry in vault.ledger.entries(kinds=(RESTORED,)):
        named = entry.payload.get("safety_copy")
        if named:
            found[Path(str(named))] = None
    folder = vault.folder.resolve()
    with contextlib.suppress(OSError):
        for beside in sorted(folder.parent.glob(f"{folder.name}-before-restore-*")):
            found[beside] = None
    kept = [{"path": str(p), "kind": SAFETY_COPY} for p in found if _of_this_vault(p, vault.vault_id)]
    return kept + [c for c in copies_beside(vault) if c["found"]] + backups_restored_from(vault)


def copies_beside(vault: Vault) -> list[dict[str, Any]]:
    """The copies a restore made beside this vault (restore_beside_record), each once, newest
    record first: `found` False for one no longer there with this vault in it (moved or deleted
    since: said on the certificate, never a failure)."""
    named: dict[str, None] = {}
    for entry in reversed(vault.ledger.entries(kinds=(COPIED_BESIDE, RESTORED))):
        if entry.kind == RESTORED:  # the vault this one was restored beside, or left behind
            for key in (COPY_BESIDE_OF, ORIGINAL_FOLDER):
                if entry.payload.get(key) and Path(str(entry.payload[key])).resolve() != vault.folder.resolve():
                    named[str(entry.payload[key])] = None
        elif entry.payload.get("vault_id") == vault.vault_id and entry.payload.get("path"):
            named[str(entry.payload["path"])] = None
    return [{"path": p, "kind": COPY_BESIDE, "found": _of_this_vault(Path(p), vault.vault_id)} for p in named]


def backups_restored_from(vault: Vault) -> list[dict[str, Any]]:
    """The backups this vault was restored from that are not in its register (registered ones the
    destruction purges, or names as not reachable), each once: whether there or not (a drive away
    cannot be told from a file deleted), it holds the charts it held."""
    from vault_app.services import backup_registry  # the register, only when a restore names a backup

    named: dict[str, None] = {}
    for entry in vault.ledger.entries(kinds=(RESTORED,)):
        if entry.payload.get(BACKUP_PATH) and entry.payload.get("vault_id", vault.vault_id) == vault.vault_id:
            named[str(entry.payload[BACKUP_PATH])] = None
    return [{"path": p, "kind": RESTORED_FROM} for p in named
            if backup_registry.find(vault, Path(p), include_removed=True) is None]


__all__ = ["BACKUP_PATH", "COPY_BESIDE", "ORIGINAL_FOLDER", "RESTORED_FROM", "SAFETY_COPY", "backups_restored_from",
           "copies_beside", "safety_copies"]

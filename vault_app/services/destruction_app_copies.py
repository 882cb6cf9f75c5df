"""Copies of the vault the app made itself and does not purge: the safety copy a restore
keeps of the vault it replaces (`<vault>-before-restore-<time>`), and a copy a restore made
beside the vault, in another folder (its ledger records it: restore_beside_record). Each still holds the vault
as it was before that restore, with any chart destroyed since. Found in the real app: the
destruction's certificate said nothing of them. The destruction names them (certificate,
wizard) with what to do: delete the folder once the restored vault is known to be right.
They are not purged like registered backups: a safety copy is the way back from a restore
gone wrong, and changing it would take that away unasked."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from vault_app.services.vault import Vault
from vault_app.storage import header as header_io

RESTORED = "backup.restored"  # services/backup_registry.RESTORED, read here without the registry
COPIED_BESIDE = "backup.copied_beside"  # services/restore_beside_record.COPIED_BESIDE
SAFETY_COPY, COPY_BESIDE = "safety copy", "copy restored beside"


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
    return kept + [c for c in copies_beside(vault) if c["found"]]


def copies_beside(vault: Vault) -> list[dict[str, Any]]:
    """The copies a restore made beside this vault (restore_beside_record), each once, newest
    record first: `found` False for one no longer there with this vault in it (moved or deleted
    since: said on the certificate, never a failure)."""
    named: dict[str, None] = {}
    for entry in reversed(vault.ledger.entries(kinds=(COPIED_BESIDE,))):
        if entry.payload.get("vault_id") == vault.vault_id and entry.payload.get("path"):
            named[str(entry.payload["path"])] = None
    return [{"path": p, "kind": COPY_BESIDE, "found": _of_this_vault(Path(p), vault.vault_id)} for p in named]


__all__ = ["COPY_BESIDE", "SAFETY_COPY", "copies_beside", "safety_copies"]

"""Copies of the vault the app made itself and does not purge: the safety copy a restore
keeps of the vault it replaces (`<vault>-before-restore-<time>`). Each still holds the vault
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
    return [{"path": str(p), "kind": "safety copy"} for p in found if _of_this_vault(p, vault.vault_id)]


__all__ = ["safety_copies"]

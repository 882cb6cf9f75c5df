"""A vault restored on a new computer from a backup folder whose drive is mounted elsewhere now:
its backups go on into that folder where it is, not to the path it had on the old computer.

Found in the real app: restored from /media/new/usb/vault-backups, the vault's settings still
named /media/old/usb/vault-backups; the next lock said that folder was not there ("connect the
drive") with the drive connected, the very one just restored from. The settings' folder is
followed only when it is not there on this computer: a folder that is there (the same drive at
the same place, or one the therapist chose) is kept as it was.
"""

from __future__ import annotations

from pathlib import Path

from vault_app.services import backup_registry
from vault_app.services.backup_registry_moves import MOVED
from vault_app.services.vault import Vault


def restored_from_folder(path: Path) -> tuple[Path, str]:
    """The backup folder the restored backup `path` is in, and what its backups are: a snapshot's
    repository ("repo"), or a single-file backup's own folder ("file")."""
    folder = backup_registry.folder_of(Path(path))
    return folder, "file" if folder == Path(path).parent else "repo"


def follow_restored_folder(copy: Vault, path: Path) -> str | None:
    """The restored vault's backup folder set to the one `path` was restored from, when the folder
    its settings name is not there on this computer; that folder (as now set), or None when the
    settings stay as they were (no folder set, theirs is there, or the backup's is not a folder)."""
    conf = backup_registry.settings(copy)
    old = conf["target"]
    if not old:
        return None
    folder, kind = restored_from_folder(Path(path).expanduser().resolve())
    try:
        if Path(old).expanduser().is_dir() or not folder.is_dir():
            return None
    except OSError:
        return None
    if folder == Path(old).expanduser().resolve():
        return None
    new = backup_registry.configure(copy, target=str(folder), kind=kind)
    # The backups registered under the old path are in the folder where it is now
    # (backup_registry_moves): found in the real app, listed "missing" after the move.
    copy.ledger.append(MOVED, {"from": old, "to": str(new["target"])})
    return str(new["target"])


__all__ = ["follow_restored_folder", "restored_from_folder"]

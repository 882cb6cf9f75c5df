"""A vault restored on a new computer from a backup folder whose drive is mounted elsewhere now:
its backups go on into that folder where it is, not to the path it had on the old computer.

Found in the real app: restored from /media/new/usb/vault-backups, the vault's settings still
named /media/old/usb/vault-backups; the next lock said that folder was not there ("connect the
drive") with the drive connected, the very one just restored from. The settings' folder is
followed only when it is not there on this computer: a folder that is there (the same drive at
the same place, or one the therapist chose) is kept as it was. The backups registered elsewhere on
the same drive follow it too, each only when the file at its new place is that very backup.
"""

from __future__ import annotations

from pathlib import Path

from vault_app.domain.errors import VaultError
from vault_app.services import backup_archive, backup_registry
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
    _follow_the_drive(copy, Path(old).expanduser(), Path(str(new["target"])))
    return str(new["target"])


def drive_roots(old: Path, new: Path) -> tuple[Path, Path] | None:
    """Where the drive holding the backup folder was mounted and is now: the folders `old` and
    `new` with their common last part(s) taken off (/media/a/backups and /run/b/usb/backups:
    /media/a and /run/b/usb). None when they share no last part, or one would be the root of the
    file system (every path would lie under it)."""
    shared = 0
    while (shared < min(len(old.parts), len(new.parts)) - 1
           and old.parts[-1 - shared] == new.parts[-1 - shared]):
        shared += 1
    if not shared:
        return None
    old_root, new_root = Path(*old.parts[:-shared]), Path(*new.parts[:-shared])
    if len(old_root.parts) < 2 or len(new_root.parts) < 2:
        return None
    return old_root, new_root


def _follow_the_drive(copy: Vault, old: Path, new: Path) -> None:
    """The backups registered elsewhere on the moved drive (single-file copies saved beside the
    backup folder), not there at their old path, looked for at the same place under the drive's
    new path; each taken (a move of its own path) only when the file there is the very backup
    registered, by its checksum: anyone could have put a file of that name there (found by a
    walker: the drive's usb/single/ files listed "missing", with the drive plugged in)."""
    roots = drive_roots(old, new)
    if roots is None:
        return
    old_root, new_root = roots
    for b in backup_registry.registered(copy):
        here = b.file
        if old_root not in here.parents or old in here.parents:
            continue  # not on that drive, or in the backup folder (moved above)
        there = new_root / here.relative_to(old_root)
        try:
            if here.exists() or not there.is_file() or there.stat().st_size != b.bytes \
                    or backup_archive.file_hash(there) != b.sha256:
                continue
        except (OSError, VaultError):
            continue
        copy.ledger.append(MOVED, {"from": str(here), "to": str(there)})


__all__ = ["drive_roots", "follow_restored_folder", "restored_from_folder"]

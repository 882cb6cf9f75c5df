"""Which vault's folder, or which backup folder, a path lies in: asked of the disk, not of the
path's letters. Found by the attacker's walk (thirty-eighth round): the path a therapist types
or a file dialog returns names a folder in more ways than one, and each way must be refused as
the plain one is:

- a symbolic link to the folder or to a folder in it (`~/innocent` -> the vault's `blobs/`);
- ".." after a link, which the disk takes as the folder above the link's TARGET, while the
  path's letters say the folder above the link (`~/innocent/../x.pdf` is in the vault's folder);
- another case of the same letters, on a disk that ignores case (macOS, Windows, a FAT or
  exFAT USB stick): `~/VAULT` is `~/Vault` there, and no comparison of paths says so.

So every folder a path lies in is taken twice (as typed, each one asked of the disk, which
follows its links and ".." as it will when the file is written; and as Path.resolve() makes
it), and a folder is told by what it holds (a vault's header, a backup folder's mark) or by
its device and inode, never by its name."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from vault_app.services import backup_folder_mark
from vault_app.storage.layout import HEADER_NAME

# A backup repository's own folders (services/backup_repo.py): nothing of the user's goes there.
REPOSITORY_PARTS = ("chunks", "snapshots")
# Its marker (services/backup_repo_owner.MARKER, a heavier module; a test keeps the two equal).
REPOSITORY_MARKER = "vault-app-repository.json"


def folders_holding(path: Path, *, itself: bool = False) -> list[Path]:
    """The folders `path` lies in, innermost first, as they really are and as typed (`itself`:
    `path` first, for a folder that is itself asked about)."""
    typed = Path(path).expanduser().absolute()
    try:
        real = typed.resolve()
    except (OSError, RuntimeError):  # a link loop: the typed chain alone (the write will fail on it)
        real = typed
    found: list[Path] = []
    for start in (real, typed):  # the real first: a refusal names the folder as it is, not a link to it
        for folder in ((start,) if itself else ()) + tuple(start.parents):
            if folder not in found:
                found.append(folder)
    return found


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:  # a folder that cannot be read (another user's): nothing this user can open
        return False


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


def vault_folder_of(path: Path, *, itself: bool = False) -> Path | None:
    """The vault's folder `path` lies in (any vault's, at any depth), or None."""
    return next((f for f in folders_holding(path, itself=itself) if _is_file(f / HEADER_NAME)), None)


def is_repository(folder: Path) -> bool:
    """A backup repository: its own folders, or its marker (a repository whose folders were lost)."""
    return all(_is_dir(folder / part) for part in REPOSITORY_PARTS) or _is_file(folder / REPOSITORY_MARKER)


def is_backup_folder(folder: Path) -> bool:
    """A folder backups go into: marked by a vault (backup_folder_mark), or a backup repository."""
    return backup_folder_mark.any_mark(folder) or is_repository(folder)


def backup_folder_of(path: Path, *, itself: bool = False) -> Path | None:
    """The backup folder `path` lies in (at any depth), or None."""
    return next((f for f in folders_holding(path, itself=itself) if _is_dir(f) and is_backup_folder(f)), None)


def repository_part_of(path: Path, *, itself: bool = False) -> Path | None:
    """The backup repository's own folder (its chunks or snapshots) `path` lies in (or is,
    `itself`), or None.
    The name is compared case-blind: on a disk that ignores case, SNAPSHOTS is snapshots."""
    for folder in folders_holding(path, itself=itself):
        if folder.name.casefold() in REPOSITORY_PARTS and is_repository(folder.parent):
            return folder
    return None


def same_folder(a: Path, b: Path) -> bool:
    """Whether two paths name one folder on the disk (device and inode): links, "..", and case
    on a disk that ignores it all answered. Either missing: their resolved paths compared."""
    with contextlib.suppress(OSError):
        return os.path.samefile(a, b)
    with contextlib.suppress(OSError, RuntimeError):
        return Path(a).expanduser().resolve() == Path(b).expanduser().resolve()
    return False


def lies_in(path: Path, folder: Path, *, itself: bool = False) -> bool:
    """Whether `path` lies in `folder` (or is it, `itself`), told by the disk (same_folder)."""
    return any(same_folder(f, folder) for f in folders_holding(path, itself=itself))


__all__ = ["REPOSITORY_MARKER", "REPOSITORY_PARTS", "backup_folder_of", "folders_holding", "is_backup_folder",
           "is_repository", "lies_in", "repository_part_of", "same_folder", "vault_folder_of"]

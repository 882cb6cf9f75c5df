"""A backup folder that went away while a backup was being written into it (its drive pulled
out, unmounted, the folder renamed), said as that. Found in the real app: a drive pulled out
mid-backup said "A file or folder was not found while reading a backup part. Check the path
you gave: its folder must exist already." The backup was writing, no path had been given, and
the words were those of a folder typed wrong.

Decided where the error is raised (the writer, here in services), by where the system's
refusal happened: on the backup folder's side with that folder no longer reachable. The GUI and
the CLI only show the result."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from vault_app.domain.errors import DiskFull, EnvironmentProblem
from vault_app.services.backup_folder_mark import any_mark


def reachable(folder: Path) -> bool:
    """Whether `folder` is there and can be listed now (a pulled drive's mount point may stay
    behind, empty or answering every call with an I/O error)."""
    try:
        with os.scandir(os.path.expanduser(folder)) as entries:
            next(entries, None)
    except OSError:
        return False
    return True


def connected(folder: Path) -> bool:
    """`reachable`, and not empty: a backup folder this vault's backups were in, found empty, is
    most likely the mount point of its drive, not connected (a folder whose backups were deleted
    by hand keeps its mark: services/backup_folder_mark.py)."""
    try:
        with os.scandir(os.path.expanduser(folder)) as entries:
            return next(entries, None) is not None
    except OSError:
        return False


def _identity(folder: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(os.path.expanduser(folder))
    except OSError:
        return None
    return info.st_dev, info.st_ino


def folder_gone(folder: Path) -> EnvironmentProblem:
    path = Path(os.path.expanduser(folder))
    return EnvironmentProblem(
        f"The backup folder {path} went away while the backup was being written; nothing of the vault changed.",
        hint="Connect its drive (or put the folder back), then back up again.",
        code="backup.folder_gone", params={"folder": str(path)},
    )


@contextlib.contextmanager
def said_as_gone(folder: Path) -> Iterator[None]:
    """A file system refusal (a file not found, an I/O error...) met while writing a backup into
    `folder`, with `folder` no longer reachable, is said as the folder gone; any other refusal
    as it was (a full disk, a folder there but refusing, the vault's own files). A folder not
    reachable when the backup began did not go away (found: a folder asked below a file was said
    to have gone, not "a file is in the way")."""
    was_there = reachable(folder)
    # A drive unmounted under a writer leaves its mount point behind, empty and listable: the
    # folder is then told gone by its mark no longer there (found in the real app: "not found
    # while reading the backup file. Check the path you gave").
    was_marked = was_there and any_mark(folder)
    # A new folder has no mark to miss: the folder itself told by the disk (its device and inode),
    # another one there now is the drive swapped (found: the first backup into a new folder, its
    # drive swapped mid-write, said "not found while reading the backup file. Check the path").
    was = _identity(folder)

    def gone() -> bool:
        return not reachable(folder) or (was_marked and not any_mark(folder)) or _identity(folder) != was

    try:
        yield
    except DiskFull:
        raise
    except EnvironmentProblem as exc:
        if not was_there or not exc.code.startswith("disk.") or not gone():
            raise
        raise folder_gone(folder) from None
    except OSError:
        if not was_there or not gone():
            raise
        raise folder_gone(folder) from None


__all__ = ["connected", "folder_gone", "reachable", "said_as_gone"]

"""A backup folder the user may not write into, said as the backup folder's. The system's
refusal was said as "Check that the vault folder is writable by you" wherever it came from, and a
backup into a folder without write permission named the vault folder, which was fine."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from vault_app.domain.errors import EnvironmentProblem


@contextlib.contextmanager
def said_as_the_backup_folder(folder: Path) -> Iterator[None]:
    """A permission refused on a file or folder inside `folder` (the backup folder, or where it
    is to be made), or on a folder not there yet on its way, is said as the backup folder's, with
    what to do; any other refusal as it was (the vault's own files are elsewhere)."""
    try:
        yield
    except EnvironmentProblem as exc:
        if exc.code != "disk.permission_denied" or not _inside(exc.path, folder):
            raise
        raise EnvironmentProblem(
            "You may not write into the backup folder: no backup was made there.",
            hint="Choose another backup folder, one you can write into, or have this folder's permissions "
                 "changed so that you can; then back up again.",
            code="backup.folder_not_writable",
        ) from None


def _inside(path: str, folder: Path) -> bool:
    if not path:
        return False
    # Both spelled out in full: the folder may be given as typed ("~/backups", "../drive").
    mine = os.path.realpath(os.path.expanduser(folder))
    there = os.path.realpath(path)
    if there == mine or there.startswith(mine.rstrip(os.sep) + os.sep):
        return True
    # A folder on its way that is not there: one the backup was making (drive/new of
    # drive/new/backups) was said as the vault folder's. One that is there is no backup's to say.
    return mine.startswith(there.rstrip(os.sep) + os.sep) and not os.path.lexists(there)


__all__ = ["said_as_the_backup_folder"]

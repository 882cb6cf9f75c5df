"""A backup folder the user may not write into, said as the backup folder's. The system's
refusal was said as "Check that the vault folder is writable by you" wherever it came from, and a
backup into a folder without write permission named the vault folder, which was fine."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

from vault_app.domain.errors import EnvironmentProblem
from vault_app.storage.files import PRIVATE_FILE, os_errors


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


def refuse_unwritable(folder: Path) -> Path:
    """At the choice of `folder` as the backup folder (Backups > Save, `backup settings --target`):
    refused now when nothing can be written there, by writing there (a file of no content, removed at
    once): a read-only drive (disk.read_only) or a folder without write permission
    (backup.folder_not_writable). Found by a walker (round 46): a read-only drive's folder was saved
    without a word, and refused only at Back up now, or, for the backup made at the lock, by a status
    line after the next unlock. Returns `folder`."""
    probe = folder / f".vault-app-write-check-{secrets.token_hex(8)}"
    with said_as_the_backup_folder(folder), os_errors("choosing the backup folder"):
        os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), PRIVATE_FILE))
        probe.unlink()
    return folder


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


__all__ = ["refuse_unwritable", "said_as_the_backup_folder"]

"""A full disk met while making a backup, said as which disk: the backup folder's drive, or the
one that holds the vault. Found by a walker with a full backup drive: Back up now, the backup at
a lock and Quit's question all said only "The disk is full", and Quit offered "Wait and connect
the drive" with the drive connected.

The system names the file it could not write only now and then (a write that runs out of room
names none), so the disk is told by where it was writing when it did say, else by which of the
two file systems has (nearly) no room left. On one file system for both, the sentence says so.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

from vault_app.domain.errors import DiskFull
from vault_app.storage.blob_store import BLOBS_DIR
from vault_app.storage.layout import COMPARTMENT_FILES

BACKUP_DRIVE_FULL = "backup.drive_full"
VAULT_DISK_FULL = "backup.vault_disk_full"
SHARED_DISK_FULL = "backup.shared_disk_full"
CODES = (BACKUP_DRIVE_FULL, VAULT_DISK_FULL, SHARED_DISK_FULL, "disk.full")
_NEARLY_NONE = 4 << 20  # what a vault's ledger entries of a backup need, with room to spare
_MARGIN_PARTS = 8  # a backup's own room beyond the vault's files: an eighth of them ...
_MARGIN_BYTES = 256 << 10  # ... and a quarter of a MiB (_needed)


def _there(path: Path) -> Path:
    """`path`, or its nearest folder that is there (a backup folder not made yet)."""
    path = Path(os.path.realpath(path.expanduser()))
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def _free(path: Path) -> int:
    return shutil.disk_usage(path).free


def _mib(n: int) -> str:
    # Under a mebibyte in KiB: "0.0 MiB free" of a drive with 16 KiB left read as nothing at all.
    return f"{n // 1024} KiB" if n < 1 << 20 else f"{n / (1 << 20):.1f} MiB"


def _needed(vault_folder: Path) -> int:
    """About what a backup of the vault takes: the files it copies (its compartments and the
    attachments' blobs; the search indexes are not backed up). Said beside what is free (found
    by a walker: "9.0 MiB free" alone did not say how much to free). A snapshot into a
    repository writes only its new parts: at most this."""
    folder = Path(vault_folder).expanduser()
    files = [folder / name for name in COMPARTMENT_FILES.values()]
    blobs = folder / BLOBS_DIR
    if blobs.is_dir():
        files.extend(p for p in blobs.rglob("*") if p.is_file())
    total = 0
    for path in files:
        with contextlib.suppress(OSError):
            total += path.stat().st_size
    # And what the backup adds to them: its own packing, the folder's small files, the file
    # system's blocks (a snapshot's pieces each end in a part-filled one). Found walking the CLI:
    # the files alone were said, "984 KiB free; a backup of this vault needs up to about 980 KiB",
    # on a drive whose room the backup had just run out of.
    return total + total // _MARGIN_PARTS + _MARGIN_BYTES


def _inside(path: str, folder: Path) -> bool:
    mine = str(folder)
    return bool(path) and (os.path.realpath(path) + os.sep).startswith(mine.rstrip(os.sep) + os.sep)


def which(vault_folder: Path, folder: Path, path: str = "") -> str:
    """BACKUP_DRIVE_FULL, VAULT_DISK_FULL or SHARED_DISK_FULL."""
    backup_at, vault_at = _there(folder), _there(vault_folder)
    if os.stat(backup_at).st_dev == os.stat(vault_at).st_dev:
        return SHARED_DISK_FULL
    if path:
        return BACKUP_DRIVE_FULL if _inside(path, backup_at) else VAULT_DISK_FULL
    # Both nearly full (a laptop disk with 3 MiB left, a backup drive with 60 KiB): the fuller one. The
    # vault's alone was said, "3.0 MiB free" beside "needs 784 KiB", the backup drive's 60 KiB unsaid.
    vault_free = _free(vault_at)
    if vault_free < _NEARLY_NONE and vault_free <= _free(backup_at):
        return VAULT_DISK_FULL
    return BACKUP_DRIVE_FULL  # every byte of a backup but the ledger's few is written there


@contextlib.contextmanager
def said_as_the_full_disk(vault_folder: Path, folder: Path) -> Iterator[None]:
    """A full disk while backing up into `folder`, said as which disk, with what is free there."""
    try:
        yield
    except DiskFull as exc:
        if exc.code != "disk.full":
            raise
        try:
            code = which(vault_folder, folder, exc.path)
            free = _mib(_free(_there(vault_folder if code == VAULT_DISK_FULL else folder)))
            needed = _mib(_needed(vault_folder))
        except OSError:
            raise exc from None
        shown = str(Path(folder).expanduser())
        if code == BACKUP_DRIVE_FULL:
            raise DiskFull(
                f"The drive of the backup folder {shown} is full ({free} free; a backup of this vault needs up to "
                f"about {needed}): the backup was not made.",
                hint="Nothing already saved was lost. Free some space on that drive, or choose a backup folder on "
                     "another drive; then back up again.", code="backup.drive_full",
                params={"folder": shown, "free": free, "needed": needed},
            ) from None
        if code == VAULT_DISK_FULL:
            raise DiskFull(
                f"The disk that holds the vault is full ({free} free; a backup of this vault needs up to about "
                f"{needed}): the backup was not made.",
                hint="Nothing already saved was lost. Free some space on this computer's disk, then back up again.",
                code="backup.vault_disk_full", params={"free": free, "needed": needed},
            ) from None
        raise DiskFull(
            f"The disk that holds both the vault and the backup folder {shown} is full ({free} free; a backup of "
            f"this vault needs up to about {needed}): the backup was not made.",
            hint="Nothing already saved was lost. Free some space on it, or choose a backup folder on an external "
                 "drive; then back up again.", code="backup.shared_disk_full",
            params={"folder": shown, "free": free, "needed": needed},
        ) from None


__all__ = ["BACKUP_DRIVE_FULL", "CODES", "SHARED_DISK_FULL", "VAULT_DISK_FULL", "said_as_the_full_disk", "which"]

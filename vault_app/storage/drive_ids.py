"""Whether a folder's drive keeps its files' ids (the inode numbers `stat` gives) for as long as
the files stay. Found (forty-sixth round, on a real exFAT drive read through FUSE, as Linux reads a
USB stick without the kernel's own driver): the folder's inode number changed once the system
forgot it (`echo 2 > /proc/sys/vm/drop_caches`), the folder untouched. FAT and exFAT keep no inode
numbers: Linux's own drivers make them up as each file is read, and so do most FUSE drivers.

Decided by the drive's file system as the system's mount table names it (a file system's name, not
a test: the numbers change only after the system forgot the file, which no test can bring about).
Where the table cannot be read (not Linux), the ids are taken as kept, as before."""

from __future__ import annotations

import os
from pathlib import Path

from vault_app.storage import mount_table

MOUNT_TABLE = mount_table.MOUNTINFO
# Linux's FAT and exFAT drivers, and every FUSE drive (fuseblk, fuse.<name>: exfat-fuse, fusefat,
# ntfs-3g, sshfs ...): their ids hold only while the system remembers the file.
_NO_KEPT_IDS = ("vfat", "msdos", "fat", "exfat", "fuseblk", "fuse")


def file_system(folder: Path, table: Path = MOUNT_TABLE) -> str | None:
    """The file system's name of the drive `folder` is on (storage/mount_table.py), or None when
    the table cannot be read."""
    found = mount_table.mount_of(Path(os.path.expanduser(folder)), table)
    return found.file_system if found else None


def keeps_ids(folder: Path, table: Path = MOUNT_TABLE) -> bool:
    """False on a drive whose ids (st_ino) may change while the files stay (module docstring)."""
    kind = file_system(folder, table)
    if kind is None:
        return True
    return not (kind in _NO_KEPT_IDS or kind.startswith("fuse."))


__all__ = ["file_system", "keeps_ids"]

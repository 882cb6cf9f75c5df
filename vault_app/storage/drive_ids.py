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
import re
from pathlib import Path

MOUNT_TABLE = Path("/proc/self/mountinfo")
# Linux's FAT and exFAT drivers, and every FUSE drive (fuseblk, fuse.<name>: exfat-fuse, fusefat,
# ntfs-3g, sshfs ...): their ids hold only while the system remembers the file.
_NO_KEPT_IDS = ("vfat", "msdos", "fat", "exfat", "fuseblk", "fuse")


def _unescaped(field: str) -> str:
    """A mount point as the table writes it (a space as \\040)."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def file_system(folder: Path, table: Path = MOUNT_TABLE) -> str | None:
    """The file system's name of the drive `folder` is on (the longest mount point above it), or
    None when the table cannot be read."""
    where = os.path.realpath(os.path.expanduser(folder))
    best, kind = "", None
    try:
        lines = table.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    for line in lines:
        head, sep, tail = line.partition(" - ")
        fields, rest = head.split(), tail.split()
        if not sep or len(fields) < 5 or not rest:
            continue
        point = _unescaped(fields[4])
        inside = where == point or where.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, rest[0]
    return kind


def keeps_ids(folder: Path, table: Path = MOUNT_TABLE) -> bool:
    """False on a drive whose ids (st_ino) may change while the files stay (module docstring)."""
    kind = file_system(folder, table)
    if kind is None:
        return True
    return not (kind in _NO_KEPT_IDS or kind.startswith("fuse."))


__all__ = ["file_system", "keeps_ids"]

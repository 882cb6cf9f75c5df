"""Which drive a backup folder is on, told the same after every plugging: the file system's own
UUID (made when the drive was formatted, kept in the file system itself), or None when this
computer does not say it.

Why not the rest: a device number (st_dev) is handed out at mount time, so a USB drive gets
another one at its next plugging and a remembered one would refuse the right drive; statvfs's
f_fsid is the UUID on ext4 but the device number again on FAT and exFAT (most USB drives). The
UUID is read where Linux publishes it, /dev/disk/by-uuid, for the device /proc/self/mountinfo
says holds the folder. Elsewhere (another system, a network share, a container without udev)
there is no answer, and no check is made on it: better no check than one that refuses the right
drive (services/backup_folder_connected.py uses it only when both sides are known).

A reformatted drive gets a new UUID, so to this check it is another drive: its old backups are
gone with the old file system anyway.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

# Where the system says it; module-level so that a test can lay out tables of its own (the
# suite cannot mount a drive).
MOUNTINFO = Path("/proc/self/mountinfo")
BY_UUID = Path("/dev/disk/by-uuid")


def _unescape(field: str) -> str:
    """mountinfo writes a space, tab, newline or backslash in a path as \\040 and the like."""
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and len(field[i + 1:i + 4]) == 3 and field[i + 1:i + 4].isdigit():
            out.append(chr(int(field[i + 1:i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def _source_of(folder: Path) -> str | None:
    """The device /proc/self/mountinfo names for the mount holding `folder` (its device number
    and the longest mount point above it: a bind mount shares the number)."""
    try:
        info = os.stat(folder)
        real = os.path.realpath(folder)
        lines = MOUNTINFO.read_text(encoding="utf-8", errors="replace").splitlines()
    except (OSError, ValueError):
        return None
    wanted = f"{os.major(info.st_dev)}:{os.minor(info.st_dev)}"
    best: tuple[int, str] | None = None
    for line in lines:
        fields = line.split()
        if len(fields) < 10 or fields[2] != wanted or "-" not in fields[6:]:
            continue
        point = _unescape(fields[4])
        if not (real == point or real.startswith(point.rstrip("/") + "/")):
            continue
        source = _unescape(fields[fields.index("-", 6) + 2])
        if best is None or len(point) > best[0]:
            best = (len(point), source)
    return best[1] if best else None


def volume_of(folder: Path) -> str | None:
    """The UUID of the file system `folder` is on, or None when it cannot be told."""
    source = _source_of(Path(os.path.expanduser(folder)))
    if not source or not source.startswith("/"):
        return None  # a network share, tmpfs, overlay...: no UUID to read
    device = os.path.realpath(source)
    with contextlib.suppress(OSError), os.scandir(BY_UUID) as entries:
        for entry in entries:
            if os.path.realpath(entry.path) == device:
                return entry.name
    return None


__all__ = ["BY_UUID", "MOUNTINFO", "volume_of"]

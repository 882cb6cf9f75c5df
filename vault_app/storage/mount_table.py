"""The system's mount table (Linux's /proc/self/mountinfo): which mounted drive holds a folder, its
file system's name and its device. Read by services/backup_volume.py (which drive a backup folder
is on) and storage/drive_ids.py (whether the drive keeps its files' ids). Elsewhere (not Linux) the
table cannot be read and nothing is said."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

MOUNTINFO = Path("/proc/self/mountinfo")


@dataclass(frozen=True)
class Mount:
    point: str
    file_system: str
    source: str


def _unescaped(field: str) -> str:
    """mountinfo writes a space, tab, newline or backslash in a path as \\040 and the like."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def mount_of(folder: Path, table: Path = MOUNTINFO, *, device: str | None = None) -> Mount | None:
    """The mount holding `folder`: the longest mount point above its real path (the last one on a
    point mounted over), of the device `device` ("major:minor") when given: a bind mount shares the
    number. None when the table cannot be read or names none."""
    where = os.path.realpath(folder)
    try:
        lines = table.read_text(encoding="utf-8", errors="replace").splitlines()
    except (OSError, ValueError):
        return None
    best: Mount | None = None
    for line in lines:
        fields = line.split()
        dash = fields.index("-", 6) if "-" in fields[6:] else -1
        if len(fields) < 5 or dash < 0 or len(fields) <= dash + 1 or (device and fields[2] != device):
            continue
        point = _unescaped(fields[4])
        if not (where == point or where.startswith(point.rstrip("/") + "/")):
            continue
        if best is None or len(point) >= len(best.point):
            source = _unescaped(fields[dash + 2]) if len(fields) > dash + 2 else ""
            best = Mount(point, fields[dash + 1], source)
    return best


__all__ = ["MOUNTINFO", "Mount", "mount_of"]

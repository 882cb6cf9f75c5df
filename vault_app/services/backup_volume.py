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

from vault_app.storage import mount_table

# Where the system says it; module-level so that a test can lay out tables of its own (the
# suite cannot mount a drive).
MOUNTINFO = mount_table.MOUNTINFO
BY_UUID = Path("/dev/disk/by-uuid")


def _source_of(folder: Path) -> str | None:
    """The device the mount table names for the mount holding `folder` (storage/mount_table.py,
    matched by the folder's device number: a bind mount shares it)."""
    try:
        info = os.stat(folder)
    except (OSError, ValueError):
        return None
    found = mount_table.mount_of(folder, MOUNTINFO, device=f"{os.major(info.st_dev)}:{os.minor(info.st_dev)}")
    return found.source if found else None


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

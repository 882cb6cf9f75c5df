"""Whether a folder's drive keeps the app's files private to this account, told by trying it:
a new owner-only (0600) file made there the way the app makes every file, then read back.

A USB drive formatted FAT32 or exFAT keeps no Unix permissions: the system shows every file on
it with the modes the drive was mounted with (seen: 0777 on an exFAT drive read through FUSE,
0644 or 0755 where a desktop mounts one for its user), whatever the app asks. Asked of the folder
itself, not of the file system's name: the same drive is private or not by how it is mounted
(a FUSE mount only its own account can enter shows 0700 and is private), and a name says nothing
of a network share or a driver not listed.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from vault_app.storage.files import create_private_if_missing

_PROBE = ".vault-app-privacy-check-{pid}"


def keeps_files_private(folder: Path) -> bool | None:
    """True when a file made owner-only in `folder` reads back as this account's alone; False
    when others may read it; None when it cannot be told (no POSIX modes, as on Windows; the
    folder missing or not writable): no warning is given on a guess."""
    if os.name != "posix":
        return None
    probe = folder / _PROBE.format(pid=os.getpid())
    try:
        if not create_private_if_missing(probe):
            return None  # a leftover of this very process's pid: not ours to judge by
        try:
            info = os.lstat(probe)
        finally:
            with contextlib.suppress(OSError):
                probe.unlink()
    except OSError:
        return None
    return stat.S_IMODE(info.st_mode) & 0o077 == 0 and info.st_uid == os.geteuid()


__all__ = ["keeps_files_private"]

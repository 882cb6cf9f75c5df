"""A real FAT32 or exFAT drive for a test: an image file in the test's folder, formatted and
mounted through FUSE (as a USB stick is read by `fusefat` or `exfat-fuse`), unmounted after.

Mounting needs root (or a usable /dev/fuse), the formatting tools (dosfstools, exfatprogs) and
the FUSE drivers (fusefat, exfat-fuse); exFAT's driver also needs a loop device. Where any is
missing the test skips, saying which. Seen on these mounts (forty-sixth round): FAT32 refuses
fchmod with ENOSYS (Linux's own vfat says EPERM) and shows every file 0700 to the mounting
account only; exFAT takes fchmod silently and shows every file 0777 to every account.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

_TOOLS = {"fat": ("mkfs.vfat", "fusefat"), "exfat": ("mkfs.exfat", "mount.exfat-fuse")}


def _missing(kind: str) -> str:
    if os.name != "posix" or not os.path.exists("/dev/fuse") or not os.access("/dev/fuse", os.R_OK | os.W_OK):
        return "no usable /dev/fuse here"
    if kind == "exfat" and os.geteuid() != 0:
        return "exFAT through FUSE needs a loop device (root)"
    absent = [tool for tool in _TOOLS[kind] if shutil.which(tool) is None]
    return f"{', '.join(absent)} not installed" if absent else ""


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), capture_output=True, text=True, check=False)


def _wait_mounted(point: Path) -> bool:
    for _ in range(100):
        if os.path.ismount(point):
            return True
        time.sleep(0.05)
    return False


@contextlib.contextmanager
def mounted(kind: str, where: Path, size_mib: int = 64) -> Iterator[Path]:
    """A folder on a freshly formatted `kind` ("fat" or "exfat") drive, or pytest.skip."""
    missing = _missing(kind)
    if missing:
        pytest.skip(f"cannot mount a {kind} drive: {missing}")
    image, point = where / f"{kind}.img", where / f"{kind}-drive"
    point.mkdir()
    with open(image, "wb") as blank:
        blank.truncate(size_mib * 1024 * 1024)
    made = _run("mkfs.vfat", "-F", "32", str(image)) if kind == "fat" else _run("mkfs.exfat", str(image))
    if made.returncode:
        pytest.skip(f"cannot format a {kind} drive: {made.stderr.strip()[:200]}")
    loop = ""
    if kind == "fat":
        done = _run("fusefat", "-o", "rw+", str(image), str(point))
    else:
        attached = _run("losetup", "-f", "--show", str(image))
        loop = attached.stdout.strip()
        if attached.returncode or not loop:
            pytest.skip(f"cannot attach a loop device for exFAT: {attached.stderr.strip()[:200]}")
        done = _run("mount.exfat-fuse", loop, str(point))
    if done.returncode or not _wait_mounted(point):
        if loop:
            _run("losetup", "-d", loop)
        pytest.skip(f"cannot mount a {kind} drive here: {(done.stderr or done.stdout).strip()[:200]}")
    try:
        yield point
    finally:
        for _ in range(50):
            if not os.path.ismount(point):
                break
            if _run("fusermount", "-u", str(point)).returncode and os.geteuid() == 0:
                _run("umount", str(point))
            time.sleep(0.1)
        if loop:
            _run("losetup", "-d", loop)

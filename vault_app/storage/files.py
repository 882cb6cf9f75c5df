"""Durable file writes: temp file with owner-only permissions, fsync, rename, fsync dir."""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path

from vault_app.domain.errors import DiskFull, EnvironmentProblem

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def classify_os_error(exc: OSError, what: str) -> EnvironmentProblem:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull(
            f"The disk is full while {what}.",
            hint="Nothing already saved was lost. Free some space and try again.",
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return EnvironmentProblem(
            f"Permission denied while {what}.",
            hint="Check that the vault folder is writable by you.",
        )
    return EnvironmentProblem(
        f"The system reported an I/O error while {what} ({errno.errorcode.get(exc.errno or 0, 'EIO')})."
    )


def fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def ensure_private_dir(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    with contextlib.suppress(OSError):
        os.chmod(path, PRIVATE_DIR)


def atomic_write(path: Path, data: bytes, *, what: str = "saving") -> None:
    """Replace `path` with `data` so a crash leaves either the old or the new file."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        # Permissions are set at creation, before any byte is written.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise classify_os_error(exc, what) from None


@contextlib.contextmanager
def os_errors(what: str) -> Iterator[None]:
    try:
        yield
    except OSError as exc:
        raise classify_os_error(exc, what) from None

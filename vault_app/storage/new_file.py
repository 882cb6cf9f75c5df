"""A file written only where no file is: never over one another program made between a check and the
write (found: the closure letters' folder was checked, then each letter put in place by a rename that
replaced whatever had appeared there meanwhile).

The bytes go to a hidden temporary file, owner-only before the first byte and flushed to the disk,
then are linked to their name: link() fails when the name is taken, so nothing is ever replaced, and
the letter appears whole or not at all. A disk that knows no hard links (a FAT or exFAT memory stick,
some network drives) gets the file made in place with O_EXCL instead: still never over another."""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from vault_app.storage.files import PRIVATE_FILE, classify_os_error, fsync_dir

_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
# What link() says on a disk without hard links.
_NO_LINKS = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS, errno.EXDEV, errno.EMLINK}


def _write(path: Path, data: bytes) -> None:
    """`data` as the new file `path` (O_EXCL: FileExistsError when taken); a file this made and could
    not finish (a full disk) is taken away again: only ever ours, opened here."""
    fd = os.open(path, _FLAGS, PRIVATE_FILE)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, PRIVATE_FILE)  # exactly owner-only, whatever the umask
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            path.unlink()
        raise
    os.close(fd)


def write_new(path: Path, data: bytes, *, what: str) -> None:
    """`data` as the new file `path`; FileExistsError (path in it) when a file of that name is there,
    which is left as it is; any other trouble (a full disk) as classify_os_error's refusal."""
    tmp = path.with_name(f".{path.name}.new-{os.getpid()}")
    with contextlib.suppress(OSError):
        tmp.unlink()  # ours, left by a process of the same number that died (a link itself, never its target)
    try:
        _write(tmp, data)
        try:
            os.link(tmp, path, follow_symlinks=False)
        except FileExistsError:
            raise
        except OSError as exc:
            if exc.errno not in _NO_LINKS:
                raise
            _write(path, data)
        fsync_dir(path.parent)
    except FileExistsError:
        raise FileExistsError(errno.EEXIST, "exists", str(path)) from None
    except OSError as exc:
        raise classify_os_error(exc, what, path=path) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def free_name(path: Path) -> Path:
    """`path`, or `path`-2, -3 … : the first name nothing stands at (a link counts)."""
    n = 1
    found = path
    while os.path.lexists(found):
        n += 1
        found = path.with_name(f"{path.name}-{n}")
    return found


__all__ = ["free_name", "write_new"]

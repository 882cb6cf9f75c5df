"""Durable file writes: temp file with owner-only permissions, fsync, rename, fsync dir."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import stat
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from vault_app.domain.errors import EnvironmentProblem
from vault_app.storage.disk_full import disk_full

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def classify_os_error(exc: OSError, what: str, *, path: Path | None = None) -> EnvironmentProblem:
    """`path`: the file being written, when the caller knows it (the system names it only now and then)."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        # Which disk: the file the system named, else the caller's (services/backup_disk_full.py).
        named = os.fsdecode(exc.filename) if isinstance(exc.filename, str | bytes) else ""
        return disk_full(what, named or path)
    if exc.errno == errno.EROFS:
        # Found: a destruction purging a backup on a write-protected drive said "Check that the
        # vault folder is writable", the vault folder being fine.
        return EnvironmentProblem(
            f"The drive is read-only while {what}.",
            hint="If it is a backup drive, check its write-protect switch or mount it read-write, then try again.",
            code="disk.read_only",
        )
    if exc.errno == errno.EFBIG:
        # A drive formatted FAT32 (most USB sticks) takes no file of 4 GB or more: a single-file
        # backup of a large vault was refused as "an I/O error ... (EFBIG)".
        return EnvironmentProblem(
            f"The file is too large for this drive while {what}: a drive formatted FAT32, as most USB drives are, "
            "takes no file of 4 GB or more.",
            hint="Back up into a backup folder of dated backups (kept in small parts), or use a drive formatted "
                 "exFAT or NTFS.", code="disk.file_too_large",
        )
    if exc.errno in (errno.EACCES, errno.EPERM):
        denied = EnvironmentProblem(
            f"Permission denied while {what}.",
            hint="Check that the vault folder is writable by you.", code="disk.permission_denied",
        )
        denied.path = os.fsdecode(exc.filename) if isinstance(exc.filename, str | bytes) else ""
        return denied
    # A path a person typed with a file where a folder belongs, or the reverse (found:
    # `init --vault notes.txt` said "an I/O error ... (EEXIST)"). No path in the sentence:
    # a file's name may be a client's.
    if exc.errno in (errno.ENOTDIR, errno.EEXIST):
        return EnvironmentProblem(
            f"A file is in the way while {what}: a folder was expected there.",
            hint="Check the path you gave: one of its parts is a file, not a folder.", code="disk.file_in_the_way",
        )
    if exc.errno == errno.ENOENT:
        # Found: `certificate public-key --out nodir/key.txt` said "an I/O error ... (ENOENT)".
        return EnvironmentProblem(
            f"A file or folder was not found while {what}.",
            hint="Check the path you gave: its folder must exist already.", code="disk.not_found",
        )
    if exc.errno == errno.ELOOP:
        # Found: a symbolic link planted in place of vault.lock said "an I/O error ... (ELOOP)".
        # Links are not followed where the app writes or overwrites (a link may point anywhere).
        return EnvironmentProblem(
            f"A symbolic link is in the way while {what}: the app does not follow links there.",
            hint="Replace the link with the file itself (or remove it), then try again.", code="disk.symlink",
        )
    if exc.errno == errno.EISDIR:
        return EnvironmentProblem(
            f"A folder is in the way while {what}: a file was expected there.",
            hint="Check the path you gave: name a file, not a folder.", code="disk.folder_in_the_way",
        )
    return EnvironmentProblem(
        f"The system reported an I/O error while {what} ({errno.errorcode.get(exc.errno or 0, 'EIO')}).",
        code="disk.io_error",
    )


FileId = tuple[int, int]


def file_id(path: Path) -> FileId | None:
    """The file at `path` as the system knows it (device, inode); None when nothing is there:
    what tells the vault's own file (or lock) from one another program put at its name."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def process_alive(pid: int) -> bool:
    """Whether the process that named a work file `pid` may still be running. True when
    unsure: a live process's work must never be swept. Outside POSIX there is no harmless
    probe (os.kill(pid, 0) terminates the process on Windows), so callers fall back on age."""
    if pid == os.getpid() or os.name != "posix":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # alive, another user's
    return True


# atomic_write's temporary: `.NAME.tmp-PID`.
_ATOMIC_TEMP = re.compile(r"^\..+\.tmp-(\d+)$")


def sweep_atomic_temps(folder: Path, *, stale_after: float | None = None) -> list[str]:
    """Remove from `folder` the temporaries of atomic_write that a process gone (killed while
    writing) left, never a live process's or this one's; `stale_after` seconds: one older than
    that is a leftover whoever holds its pid now (a pid reused by another program). Their names."""
    removed: list[str] = []
    with contextlib.suppress(OSError), os.scandir(folder) as listing:
        for item in listing:
            found = _ATOMIC_TEMP.match(item.name)
            if found is None or not item.is_file(follow_symlinks=False):
                continue
            pid = int(found.group(1))
            if pid == os.getpid():
                continue  # this process's own write, perhaps under way in another thread
            if process_alive(pid) and not _older_than(item, stale_after):
                continue
            with contextlib.suppress(OSError):
                os.unlink(item.path)
                removed.append(item.name)
    return removed


def _older_than(item: os.DirEntry[str], seconds: float | None) -> bool:
    try:
        return seconds is not None and time.time() - item.stat(follow_symlinks=False).st_mtime > seconds
    except OSError:
        return False


# A file someone else could have put there, read without being led anywhere: a link is not
# followed, a pipe or device not waited on.
_READ_AS_FOUND = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def read_small_regular(path: Path, most: int) -> tuple[bytes | None, os.stat_result | None]:
    """A plain file's bytes when it holds at most `most`, with its fstat (what a removal of it may
    compare the file it takes away with): (None, fstat) for a plain file larger (or grown past it
    while read), (None, None) for nothing there, a link, a folder, a pipe or a file not readable."""
    try:
        if os.name == "nt" and path.is_symlink():  # no O_NOFOLLOW there
            return None, None
        fd = os.open(path, _READ_AS_FOUND)
    except OSError:
        return None, None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return None, None
        if info.st_size > most:
            return None, info
        chunks: list[bytes] = []
        size = 0
        while size <= most:
            chunk = os.read(fd, most + 1 - size)
            if not chunk:
                return b"".join(chunks), info
            chunks.append(chunk)
            size += len(chunk)
        return None, info  # it grew past the limit while read
    except OSError:
        return None, None
    finally:
        os.close(fd)


def ensure_private_dir(path: Path) -> None:
    """`path` owner-only, and every folder above it that this call makes: mkdir(parents=True)
    gives the missing parents the umask's mode, not `mode` (a restore made `blobs/ab/` 0700
    inside a `blobs/` of 0755). Folders that were already there are left as they are."""
    made = []
    above = path.parent
    while above != above.parent and not os.path.lexists(above):
        made.append(above)
        above = above.parent
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    for folder in (*made, path):
        with contextlib.suppress(OSError):
            os.chmod(folder, PRIVATE_DIR)


_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)


def _open_new_private(path: Path) -> int:
    """A new file, owner-only from the first byte (whatever the umask), never through a symlink or
    into a file someone else prepared: O_EXCL + O_NOFOLLOW. FileExistsError when the name is taken."""
    fd = os.open(path, _NEW_FILE, PRIVATE_FILE)
    # The mode given to open() is masked by the umask; set it exactly. A disk that keeps no
    # modes (FAT or exFAT: a USB drive) refuses the change (EPERM on Linux's vfat, ENOSYS
    # through FUSE): the file is kept all the same, as narrow as open() made it, never wider
    # than 0600 (a umask only narrows). Found: every backup to a FAT drive, and a vault there,
    # refused as "Permission denied ... check that the vault folder is writable by you".
    if hasattr(os, "fchmod"):
        with contextlib.suppress(OSError):
            os.fchmod(fd, PRIVATE_FILE)
    return fd


def _create_private(path: Path) -> int:
    """A new owner-only file (_open_new_private). A leftover of ours (same name after a crash) is
    removed once and the creation retried."""
    try:
        return _open_new_private(path)
    except FileExistsError:
        path.unlink()  # unlink removes a symlink itself, never its target
        return _open_new_private(path)


def create_private_if_missing(path: Path) -> bool:
    """An empty owner-only file at `path` (_open_new_private) unless something is there already
    (then left exactly as it is, never removed: a lock file others may hold or wait on). True when
    this call made it. Why: the lock library sets the mode of the lock file it makes itself and
    lets only EPERM pass, so a FUSE-mounted FAT drive (ENOSYS) refused every vault there as "an
    I/O error while locking the vault folder"; a lock file that exists already is only opened."""
    try:
        os.close(_open_new_private(path))
    except FileExistsError:
        return False
    return True


def create_private_empty(path: Path) -> None:
    """An empty owner-only file for SQLite to fill (its -wal and -shm take the same mode)."""
    os.close(_create_private(path))


def make_private(path: Path) -> None:
    """Narrow an existing file to owner-only (files of vaults made before this was enforced)."""
    with contextlib.suppress(OSError):
        if path.exists() and path.stat().st_mode & 0o077:
            os.chmod(path, PRIVATE_FILE)


def make_private_dir(path: Path) -> None:
    """Narrow an existing folder (not a link) to owner-only: a restore by an earlier version left
    the vault's `blobs/` with the umask's mode (ensure_private_dir)."""
    with contextlib.suppress(OSError):
        if path.is_dir() and not path.is_symlink() and path.stat().st_mode & 0o077:
            os.chmod(path, PRIVATE_DIR)


def read_limited(path: str | Path, limit: int, what: str, too_large_hint: str = "", too_large_code: str = "") -> bytes:
    """Read at most `limit` bytes: a device like /dev/zero or a huge file is refused
    after `limit` + 1 bytes, never read whole into memory. `too_large_hint` says what to do then,
    `too_large_code` the refusal's code, whose words name what the file is (the attachment...)."""
    from vault_app.domain.errors import InvalidInput

    try:
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError:
        raise InvalidInput(f"Could not read the {what} file.", code="file.unreadable") from None
    if len(data) > limit:
        raise InvalidInput(f"The {what} file is too large (at most {limit // (1024 * 1024)} MB).",
                           hint=too_large_hint, code=too_large_code,
                           params={"max_mib": limit // (1024 * 1024)})
    return data


def atomic_write(path: Path, data: bytes, *, what: str = "saving", tmp: Path | None = None,
                 before_replace: Callable[[], None] | None = None) -> None:
    """Replace `path` with `data` so a crash leaves either the old or the new file.
    `tmp` names the temporary file where a caller's sweep must recognise it (default
    `.NAME.tmp-PID`); `before_replace` runs once it is flushed, before the rename (a
    caller's crash point: storage cannot name the services' ones)."""
    tmp = tmp or path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        fd = _create_private(tmp)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        if before_replace is not None:
            before_replace()
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise classify_os_error(exc, what, path=path) from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


@contextlib.contextmanager
def os_errors(what: str) -> Iterator[None]:
    try:
        yield
    except OSError as exc:
        raise classify_os_error(exc, what) from None


SCRUB_BLOCK = 1 << 20


def _zero_fill(fh: BinaryIO) -> None:
    """Overwrite an open file with zeros over its whole length, to the disk."""
    size = os.fstat(fh.fileno()).st_size
    zeros = b"\x00" * SCRUB_BLOCK
    for offset in range(0, size, SCRUB_BLOCK):
        fh.write(zeros[: min(SCRUB_BLOCK, size - offset)])
    fh.flush()
    os.fsync(fh.fileno())


def read_regular(path: Path, limit: int, *, follow_links: bool = True) -> bytes | None:
    """Up to `limit` + 1 bytes of the file at `path` (one past the limit tells the caller it is
    too large), or None when it is not a regular file: a plain open of a named pipe waits for
    a writer for ever (found: a pipe in place of vault.header hung every command), a device
    has no end. A folder raises IsADirectoryError, as reading one always did. `follow_links`
    False: a symbolic link at `path` raises OSError (ELOOP), its target is never opened."""
    nofollow = 0 if follow_links else getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | nofollow)
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, "Is a directory", str(path))
        if not stat.S_ISREG(mode):
            return None
        chunks: list[bytes] = []
        left = limit + 1
        while left > 0 and (chunk := os.read(fd, min(left, 1 << 20))):
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def open_to_overwrite(path: Path) -> BinaryIO | None:
    """The file at `path` opened for overwriting, or None when overwriting it could reach
    bytes that are not this name's alone: a symbolic link (its target may be anywhere), a
    name with other hard links, anything but a regular file. The caller then only removes
    the name. FileNotFoundError if nothing is there."""
    if path.is_symlink():
        return None
    try:
        fd = os.open(path, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        if exc.errno == errno.ELOOP:  # became a link since the check above
            return None
        raise
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode) or st.st_nlink > 1:
        os.close(fd)
        return None
    return os.fdopen(fd, "r+b")


def scrub_tree(folder: Path) -> None:
    """Overwrite every file of a work folder once, then remove it. The files are
    SQLCipher-encrypted already; the overwrite keeps their pages out of free blocks on
    disks that overwrite in place (SSDs may not: see docs/SECURITY.md)."""
    with contextlib.suppress(OSError):
        for child in folder.iterdir():
            with contextlib.suppress(OSError):
                fh = open_to_overwrite(child) if child.is_file() else None
                if fh is not None:
                    with fh:
                        _zero_fill(fh)
    shutil.rmtree(folder, ignore_errors=True)


def scrub_file(path: Path, what: str) -> None:
    """Overwrite one file with zeros, flush, unlink, flush its folder; nothing if it is gone
    (idempotent). Its bytes are ciphertext already; the overwrite keeps them out of free
    blocks on disks that overwrite in place (SSDs may remap: docs/SECURITY.md)."""
    with os_errors(what):
        try:
            fh = open_to_overwrite(path)
        except FileNotFoundError:
            return
        if fh is not None:
            with fh:
                _zero_fill(fh)
        path.unlink(missing_ok=True)
        fsync_dir(path.parent)

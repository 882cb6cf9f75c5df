"""One writer at a time in a backup folder, across processes.

A vault's own writer lock (folder_lock.py) keeps two processes off one vault. It does not
keep two *vault folders* off one backup folder: a copy restored to look something up and the
original (or a vault restored on a new computer and the old laptop) write into the same
folder, each with its own rotation, sweeps and a destruction's purges. What
then went wrong, each time one process read the folder and then wrote into it while the
other did the same:
- a repository's sweep removes every chunk no manifest names; the chunks another process
  had just written (or reused, from a snapshot this sweep's rotation had just removed) were
  named by nothing yet, so its snapshot lost them;
- two single-file backups of the same day took the same free name, and the second rename
  replaced the first process's file;
- both passed the one-line-per-folder check (backup_lineage.py) before either wrote.

So a process holds this lock while it decides and writes: from the lineage check to the
file or manifest in place and the rotation, and for every sweep of a repository. It is an
OS lock on the folder itself (flock(2) of the open directory), so nothing is added to the
therapist's backup folder and the kernel drops it when the holder dies; threads of one
process take a re-entrant lock per folder first (a snapshot's writer and its own sweep
nest). Another process holding it is waited for up to `WAIT_SECONDS`, then refused with a
sentence: nothing has been written. Where a folder cannot be locked (Windows, where a
folder cannot be opened for flock; a network share without locks) the work goes on as
before, unlocked: a backup never fails for want of a lock. Reading (verify, restore,
inspect) does not take it.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from vault_app.domain.errors import VaultBusy
from vault_app.storage.files import os_errors

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

# Another copy's snapshot holds the lock while it writes its chunks: tens of seconds for a
# first snapshot of a large vault. Long enough for a day's backup, short enough that a
# stuck process is named rather than waited for without end.
WAIT_SECONDS = 120.0
_POLL_SECONDS = 0.05
# The folder's file system offers no lock on it (a network share): go on unlocked.
_NO_LOCKS = {errno.EBADF, errno.ENOLCK, errno.EOPNOTSUPP, errno.EINVAL, errno.ENOTSUP}


class _Held:
    """One folder's lock in this process: a re-entrant thread lock, and the directory's
    descriptor (its flock) while the outermost holder is inside."""

    def __init__(self) -> None:
        self.thread_lock = threading.RLock()
        self.depth = 0
        self.fd: int | None = None


_guard = threading.Lock()
_held: dict[str, _Held] = {}
# Told (from whichever thread waits) that a wait for another process began, so the window
# or the command can say why the backup has not moved (set by the GUI and the CLI).
_notice: Callable[[Path], None] | None = None


def set_waiting_notice(notice: Callable[[Path], None] | None) -> None:
    global _notice
    _notice = notice


def waiting_text(folder: Path) -> str:
    return (f"Another vault-app window or command is writing into the backup folder {folder}; "
            f"waiting for it to finish (up to {round(WAIT_SECONDS / 60)} minutes)...")


def _entry(folder: Path) -> _Held:
    with _guard:
        return _held.setdefault(str(folder), _Held())


def busy_error(folder: Path) -> VaultBusy:
    return VaultBusy(
        f"Another vault-app window or command is writing into the backup folder {folder} (a backup, a "
        "purge or a clean-up of another copy of this vault). Nothing was written.",
        hint="Let it finish, then try again. If no other copy of the app is running, restart the computer.",
        code="backup.folder_busy", params={"folder": str(folder)},
    )


def _lock_folder(folder: Path, wait_seconds: float) -> int | None:
    """The directory's descriptor holding its exclusive flock, None where folders cannot be
    locked; VaultBusy when another process holds it past `wait_seconds`."""
    if fcntl is None:
        return None
    with os_errors("locking the backup folder"):
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    deadline = time.monotonic() + wait_seconds
    told = False
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return fd
        except OSError as exc:
            if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN):
                os.close(fd)
                if exc.errno in _NO_LOCKS:
                    log.warning("The backup folder cannot be locked here; going on without the lock.")
                    return None
                with os_errors("locking the backup folder"):
                    raise
        if time.monotonic() >= deadline:
            os.close(fd)
            raise busy_error(folder)
        if not told and _notice is not None:
            told = True
            with contextlib.suppress(Exception):  # a notice never stops the backup
                _notice(folder)
        time.sleep(_POLL_SECONDS)


@contextmanager
def held(folder: Path, *, wait_seconds: float | None = None) -> Iterator[None]:
    """Hold the backup folder `folder` for writing, or raise VaultBusy. The folder must
    exist: a drive not plugged in is never made into a folder on the laptop's own disk."""
    folder = Path(folder)
    entry = _entry(folder.resolve())
    with entry.thread_lock:
        if entry.depth == 0:
            entry.fd = _lock_folder(folder, WAIT_SECONDS if wait_seconds is None else wait_seconds)
        entry.depth += 1
        try:
            yield
        finally:
            entry.depth -= 1
            if entry.depth == 0 and entry.fd is not None:
                fd, entry.fd = entry.fd, None
                with contextlib.suppress(OSError):
                    os.close(fd)  # closing the descriptor drops its flock


class WaitStopped(Exception):
    """`hold_ahead`'s wait given up because its `stop()` said so (a quit, a destruction)."""


class Ahead:
    """The folder held by this process for work that another of its threads does next
    (`hold_ahead`): while it is held, `held` of this folder on any thread of this process
    goes in at once (still one thread at a time), never waiting for another process."""

    def __init__(self, entry: _Held) -> None:
        self._entry: _Held | None = entry

    def release(self) -> None:
        """Let the folder go (once; later calls do nothing)."""
        entry, self._entry = self._entry, None
        if entry is None:
            return
        with entry.thread_lock:
            entry.depth -= 1
            if entry.depth == 0 and entry.fd is not None:
                fd, entry.fd = entry.fd, None
                with contextlib.suppress(OSError):
                    os.close(fd)  # closing the descriptor drops its flock


def hold_ahead(folder: Path, *, stop: Callable[[], bool] | None = None,
               on_wait: Callable[[], None] | None = None) -> Ahead:
    """Wait on the calling thread until `folder` is this process's, and keep it for the thread
    that writes there next (`release()` once that is done). Another process's hold is waited
    for up to `WAIT_SECONDS` (then VaultBusy: nothing written), `stop()` heard meanwhile
    (WaitStopped); `on_wait()` and the notice hear that a wait began.

    Found: Back up now's backup, built beside the work, waited for another copy's hold at its
    registration on the app's one worker, so a lock, an unlock and every save waited with it
    (up to two minutes). Now its own thread waits here, and the registration on the worker goes
    in at once. Never waits inside the per-folder thread lock: a thread of this process taking
    the folder meanwhile (the staging sweep at an unlock, which never waits) is not held up."""
    folder = Path(folder)
    entry = _entry(folder.resolve())
    deadline = time.monotonic() + WAIT_SECONDS
    told = False
    while True:
        if entry.thread_lock.acquire(timeout=_POLL_SECONDS):
            try:
                if entry.depth == 0:
                    try:
                        entry.fd = _lock_folder(folder, 0)  # one try: busy is raised at once, nothing told
                    except VaultBusy:
                        pass
                    else:
                        entry.depth = 1
                        return Ahead(entry)
            finally:
                entry.thread_lock.release()
        # Another process holds it (or a thread of this one is inside: waited for alike).
        if stop is not None and stop():
            raise WaitStopped
        if time.monotonic() >= deadline:
            raise busy_error(folder)
        if not told:
            told = True
            _tell_waiting(folder, on_wait)
        time.sleep(_POLL_SECONDS)


def _tell_waiting(folder: Path, on_wait: Callable[[], None] | None) -> None:
    notice = _notice
    with contextlib.suppress(Exception):  # a notice never stops the backup
        if notice is not None:
            notice(folder)
    with contextlib.suppress(Exception):
        if on_wait is not None:
            on_wait()

"""What the status line (and an open Backups window) says while a backup waits for another
process's hold on its backup folder, again after every unlock, and how that wait ended.

Found: the wait's notice (storage/backup_folder_lock.py) is told once, as the wait begins; after a
lock and an unlock during the wait the new window said "Unlocked." and nothing of the backup
still waiting, and nothing said when it ended. Now the runner tells this bridge of a job that
begins to wait (services/backup_beside_runner.py `on_folder_wait`, from the job's thread), each
unlock asks again on the worker (`watch_running`), and Qt queues both to the window's thread.
The GUI thread calls no service here: the words are chosen from what the job's thread sent.

Found next (round 46): a wait that ENDED while the vault was locked, the backup made and checked,
was never said: no status line to say it to, and the unlock found no job still running. Now its
end is kept here (the window's thread) and said once after the next unlock of that vault, after
the unlock's own line ("Unlocked. …", read on the worker: a round trip there comes after it). The
folder kept busy needs no such keeping: Back up now's failure while locked is kept and said after
the unlock already (services/backup_now.finish, "Back up now, pressed before the last lock, was not
made: …"); said here too, it would be the same news twice.
"""

from __future__ import annotations

import threading
import weakref
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal, SignalInstance
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from vault_app.gui.seam import App
    from vault_app.services.backup_beside_job import Job

BACKED_UP, BUSY, OTHER = "backed-up", "busy", "other"


class _Line(Protocol):  # gui/status_line.StatusLine
    def waiting(self, text: str | None) -> None: ...
    def lasting(self, text: str) -> None: ...


class _Dialog(Protocol):  # gui/backups.BackupsDialog (gui/backups_said.py)
    @property
    def other_copy_waits(self) -> SignalInstance: ...
    def backup_wait_ended(self, text: str, problem: bool) -> None: ...


class BackupWaitLine(QObject):
    """Lives in the window's thread (a child of the app); `watch` may be called from any thread."""

    waits = Signal(bool, str)  # waiting, the backup folder
    ended = Signal(str, str, str)  # BACKED_UP / BUSY / OTHER, the backup folder, the vault's folder

    def __init__(self, app: App) -> None:
        super().__init__(app if isinstance(app, QObject) else None)
        self._app = app
        self._guard = threading.Lock()
        self._watched: weakref.WeakSet[Job] = weakref.WeakSet()
        self.waiting_now = False  # (the window's thread) a Backups window opened meanwhile says so
        # (The window's thread) how a wait ended while its vault was locked: (words, a problem, the
        # vault's folder), said once after that vault's next unlock.
        self._untold: tuple[str, bool, str] | None = None
        self.waits.connect(self._say_waits)
        self.ended.connect(self._say_ended)
        unlocked = getattr(app, "unlocked", None)  # the controller's, once the unlock's line is asked for
        if isinstance(unlocked, SignalInstance):
            unlocked.connect(self._after_unlock)
        global _LINE
        _LINE = self

    def watch(self, job: Job) -> None:
        """From any thread: `job` waits (or waited) for its backup folder; said now if it still
        waits, and again as that changes and as it ends."""
        folder = _folder_of(job)
        with self._guard:
            new = job not in self._watched
            self._watched.add(job)
        if not new:
            if job.folder_waiting:
                self.waits.emit(True, folder)
            return
        job.when_folder_waits(lambda waiting: self.waits.emit(waiting, folder))
        vault_folder = str(job.snapshot.folder.resolve())  # not on the window's thread: compared there as text
        job.when_ended(lambda: self.ended.emit(_outcome(job), folder, vault_folder))

    def _say_waits(self, waiting: bool, folder: str) -> None:
        self.waiting_now = waiting
        line = _status_line(self._app)
        if line is not None and waiting:
            line.waiting(QCoreApplication.translate(
                "BackupWaitLine", "Still waiting: another copy of the app is writing into the backup folder {0}. "
                "This backup goes on as soon as it has finished.").format(folder))
        elif line is not None:  # not the wait's first notice left up; how it ended follows (_say_ended)
            line.waiting(None)
            line.lasting(QCoreApplication.translate(
                "BackupWaitLine", "No longer waiting for the other copy of the app."))
        for dialog in _backups_windows():
            dialog.other_copy_waits.emit(waiting)

    def _say_ended(self, outcome: str, folder: str, vault_folder: str = "") -> None:
        self.waiting_now = False
        text = ""
        if outcome == BACKED_UP:
            text = QCoreApplication.translate(
                "BackupWaitLine", "The other copy of the app has finished: this backup was made and checked in {0}.") \
                .format(folder)
        elif outcome == BUSY:
            text = QCoreApplication.translate(
                "BackupWaitLine", "Not backed up: another copy of the app kept the backup folder {0} busy for two "
                "minutes, and nothing of this backup was kept. Close the other copy, then choose Back up now "
                "(Vault > Backups…).").format(folder)
        # OTHER: its failure (or a quit's stop) is said where every backup's failure is.
        line = _status_line(self._app)
        if line is not None:
            line.waiting(None)
            if text:
                line.lasting(text)
        elif outcome == BACKED_UP:  # the vault locked: said after its next unlock, once (a busy folder: see above)
            self._untold = (text, False, vault_folder)
        for dialog in _backups_windows():
            dialog.backup_wait_ended(text, outcome == BUSY)

    def _after_unlock(self) -> None:
        if self._untold is None:
            return
        # Its folder read on the worker (the window's thread touches no disk), behind the unlock's line.
        self._app.query(None, lambda v: str(v.folder.resolve())).success(self._say_untold) \
            .failure(lambda _exc: True).run()

    def _say_untold(self, vault_folder: str) -> None:
        untold, line = self._untold, _status_line(self._app)
        if untold is None or line is None or untold[2] != vault_folder:
            return  # none kept, or of another vault (said when that one is unlocked)
        self._untold = None
        line.waiting(None)
        line.lasting(untold[0])
        for dialog in _backups_windows():
            dialog.backup_wait_ended(untold[0], untold[1])


def _folder_of(job: Job) -> str:
    snap = job.snapshot
    repo = getattr(snap, "repo", None)
    return str(repo.root if repo is not None else getattr(snap, "target", ""))


def _outcome(job: Job) -> str:
    """On the job's thread, as it ends."""
    error = job.error
    if error is None and job.built is not None:
        return BACKED_UP
    if getattr(error, "code", "") == "backup.folder_busy":
        return BUSY
    return OTHER


def _status_line(app: App) -> _Line | None:
    window = getattr(app, "main_window", None)
    line = getattr(window, "status_line", None) if window is not None and app.vault is not None else None
    return line if hasattr(line, "waiting") and hasattr(line, "lasting") else None


def _backups_windows() -> list[_Dialog]:
    """The Backups windows open (gui/backups.py: not imported here, the window's thread loads no more)."""
    return [w for w in QApplication.topLevelWidgets()  # type: ignore[misc]
            if w.isVisible() and hasattr(w, "other_copy_waits") and hasattr(w, "backing_up")]


_LINE: BackupWaitLine | None = None


def line(app: App) -> BackupWaitLine:
    """The app's bridge, made once (in the window's thread: call it there)."""
    found = app.findChild(BackupWaitLine) if isinstance(app, QObject) else None
    return found if isinstance(found, BackupWaitLine) else BackupWaitLine(app)


def waiting_now() -> bool:
    """(The window's thread) whether a backup waits for another copy's hold on its folder now."""
    return _LINE is not None and _LINE.waiting_now


def told_of(job: Job) -> None:
    """The runner's `on_folder_wait` (the job's thread): a job began to wait for its folder."""
    bridge = _LINE
    if bridge is not None:
        bridge.watch(job)


def watch_running() -> None:
    """On the worker after an unlock: the running backup, if it ever waited for its folder, said
    again in the new window."""
    from vault_app.services import backup_beside  # Lazy (start-up): the backup service, on the worker

    job = backup_beside.runner().running_job()
    bridge = _LINE
    if bridge is not None and job is not None and job.waited_for_folder:
        bridge.watch(job)


__all__ = ["BackupWaitLine", "line", "told_of", "waiting_now", "watch_running"]

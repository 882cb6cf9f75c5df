"""The practice import running beside the therapist's work, on the GUI's side
(services/import_beside.py holds the job; gui/import_wizard.py shows it).

The job's thread hands each chart's transactions to the app's worker through `gui/worker_bridge.ToWorker`,
queued onto the GUI thread and run as an ordinary operation, so its change notices reach the
client list as each chart lands, and an autosave, a chart opening or a lock queued meanwhile
runs between two charts. The import outlives its wizard (a lock closes the wizard): this
module holds it, and the controller's lock and quit stop it here (`stop_for_lock`).
A lock queues `wait` before the vault closes: a chart handed over before the lock
commits whole, nothing is handed over after it. The next unlock tells the therapist what came
in and that running the same import again continues (`tell_after_unlock`). The dry run
(`plan`) reads the export on a thread of its own too, with one short read of the vault.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from vault_app.domain.errors import InvalidInput
from vault_app.gui.confirm import notice
from vault_app.gui.refusal_words import refusal_words
from vault_app.gui.worker_bridge import ToWorker, stopped_for_lock
from vault_app.services.beside_job import hand_over
from vault_app.services.import_beside import STOP_WAIT_SECONDS, ImportJob, Work
from vault_app.services.importers.plan import ImportReport, ImportStopped

if TYPE_CHECKING:
    from vault_app.gui.seam import App
    from vault_app.services.importers.plan import ImportPlan
    from vault_app.services.lock_anchor import Meanwhile


@dataclass(frozen=True)
class Stopped:
    """What a lock-stopped import brought in: counts only (no names, paths or ids are kept
    while the vault is locked)."""

    folder: Path  # the vault it was imported into: told at that vault's next unlock only
    charts: int
    progress_notes: int
    psychotherapy_notes: int
    documents: int


class ImportRunning(QObject):
    # (fraction, the line): an object, not a str, so the line's code and params (a Problem)
    # reach the wizard, which says it in the screen's language (gui/import_words.py).
    progressed = Signal(float, object)
    # (ImportReport, the error that ended it or None), on the GUI thread.
    ended = Signal(object, object)

    def __init__(self, app: App, work: Work, source: str, source_folder: Path | None = None) -> None:
        super().__init__()
        self.folder = app.folder
        self.bridge = ToWorker(app, lambda: ImportStopped() if self.job.stopping else None)
        self.job = ImportJob(work, self.bridge.submit, source, progress=self.progressed.emit,
                             on_end=lambda report, error: self.ended.emit(report, error), source_folder=source_folder)
        self.ended.connect(self._ended, Qt.ConnectionType.QueuedConnection)

    def _ended(self, report: ImportReport, error: BaseException | None) -> None:
        global _RUNNING, _STOPPED
        if _RUNNING is self:
            _RUNNING = None
        if report.interrupted:
            _STOPPED = Stopped(self.folder, report.charts_created + report.charts_updated, report.progress_notes,
                               report.psychotherapy_notes, report.documents)


# The dry run's work: (on_vault, stop, progress) -> the plan; progress hears (files read, of how many).
PlanWork = Callable[[Callable[[Callable[[Any], Any]], Any], Callable[[], bool], Callable[[int, int], None]],
                    "ImportPlan"]


class PlanRunning(QObject):
    """The dry run on a thread of its own: reading thousands of PDFs takes seconds, which the
    worker (and a lock queued on it) no longer waits for. It writes nothing; a lock stops it
    at the next file and drops what it read."""

    # (this PlanRunning, the plan or None, the error or None), on the GUI thread.
    done = Signal(object, object, object)
    # (files read, of how many), on the GUI thread (queued from the plan's thread).
    progressed = Signal(int, int)

    def __init__(self, app: App, work: PlanWork) -> None:
        super().__init__()
        self._stop = threading.Event()
        self.bridge = ToWorker(app, lambda: ImportStopped() if self._stop.is_set() else None)
        self._work = work
        self._thread = threading.Thread(target=self._run, name="vault-import-plan", daemon=True)
        self.done.connect(self._forget, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        _PLANS.add(self)
        self._thread.start()

    def stop(self) -> None:
        """Stop at the next file (a lock, or the wizard's Cancel or Back): what it read is dropped."""
        self._stop.set()

    def _run(self) -> None:
        def on_vault(fn: Callable[[Any], Any]) -> Any:
            return hand_over(self.bridge.submit, fn, self._stop.is_set, ImportStopped)

        try:
            plan = self._work(on_vault, self._stop.is_set, self.progressed.emit)
        except Exception as exc:  # shown by the page (a VaultError inline, a bug as the generic apology)
            self.done.emit(self, None, exc)
            return
        self.done.emit(self, None if self._stop.is_set() else plan, None)

    def _forget(self, *_args: object) -> None:
        # The thread has sent its last word; it still holds this object (its target) until
        # its run ends. Waiting for that end (microseconds) here means the last reference is
        # dropped on the GUI thread, not on the plan's thread (see gui_thread_gc).
        self._thread.join()
        _PLANS.discard(self)


_RUNNING: ImportRunning | None = None
_STOPPED: Stopped | None = None
_PLANS: set[PlanRunning] = set()  # kept alive until they report


def start(app: App, work: Work, source: str, source_folder: Path | None = None) -> ImportRunning:
    """Start an import beside the worker; one at a time. `source_folder`: the folder it reads
    (not a CSV file), whose going away ends it with a report that says so, not an error."""
    global _RUNNING
    if _RUNNING is not None and _RUNNING.job.running():
        raise InvalidInput("An import is already running.", hint="Wait for it to finish, or cancel it.",
                           code="import.already_running")
    running = ImportRunning(app, work, source, source_folder)
    _RUNNING = running
    running.job.start()
    return running


def plan(app: App, work: PlanWork) -> PlanRunning:
    """Start a dry run beside the worker; its `done` signal brings the plan."""
    running = PlanRunning(app, work)
    running.start()
    return running


def current() -> ImportRunning | None:
    return _RUNNING if _RUNNING is not None and _RUNNING.job.running() else None


def stop_for_lock() -> Callable[[], bool] | None:
    """The lock or quit: the import stops now (nothing more is handed to the vault); returns
    the wait for its thread to queue on the worker before the vault closes, None if none runs."""
    for dry_run in list(_PLANS):
        dry_run.stop()  # it writes nothing: no wait
    running = current()
    return None if running is None else stopped_for_lock(running.job, STOP_WAIT_SECONDS)


def tell_after_unlock(parent: QWidget, folder: Path, meanwhile: Meanwhile | None = None) -> QMessageBox | None:
    """After the unlock of `folder` that follows a lock-stopped import into it: what came in,
    and how to go on (another vault opened meanwhile hears nothing of it). `meanwhile`: what
    another program changed while the window was locked (services/lock_anchor.py)."""
    global _STOPPED
    stopped = _STOPPED
    if stopped is None or stopped.folder.resolve() != folder.resolve():
        return None
    _STOPPED = None
    # What stopped it is said by the refusal's code (import.stopped), as a dry run stopped by
    # the lock says it: one set of words for it, not a line of this notice's own.
    stopped_words, _hint = refusal_words(ImportStopped())
    if meanwhile is not None and meanwhile.replaced:
        # The counts were of the vault a restore then replaced: the backup's may hold some,
        # all or none of those charts, so they are not said as what this vault holds.
        came_in = QCoreApplication.translate(
            "ImportWizard",
            "Another program then restored this vault from a backup, so what that import brought in may not be "
            "in it.")
    else:
        came_in = came_in_words(stopped.charts, stopped.progress_notes, stopped.psychotherapy_notes,
                                stopped.documents)
    return notice(
        parent, "importStoppedNotice", QCoreApplication.translate("ImportWizard", "The import stopped"),
        f"{stopped_words} {came_in}",
        run_again())


def came_in_words(charts: int, progress_notes: int, psychotherapy_notes: int, documents: int) -> str:
    """What an import that stopped filed: whole charts only (each is one transaction)."""
    return QCoreApplication.translate(
        "ImportWizard",
        "{0} charts came in whole ({1} progress notes, {2} psychotherapy notes, {3} documents); nothing was "
        "half imported.").format(charts, progress_notes, psychotherapy_notes, documents)


def came_in(report: ImportReport) -> str:
    """`came_in_words` of an import's report (created and updated charts alike)."""
    return came_in_words(report.charts_created + report.charts_updated, report.progress_notes,
                         report.psychotherapy_notes, report.documents)


def run_again() -> str:
    """How to go on after an import that stopped (a lock, a kill, Cancel, its folder gone)."""
    return QCoreApplication.translate(
        "ImportWizard",
        "To bring in the rest, run the same import again (Import in the Vault menu): what is already "
        "in the vault is recognised and only what is missing is added.")


def tell_cut_short(parent: QWidget, folder: Path) -> QMessageBox | None:
    """At the unlock of `folder` whose vault marks an import under way that never ended (the
    app or the command line was killed, or crashed, mid-import): said once. Not when this
    session's lock stopped it: `tell_after_unlock` says that one, with what came in."""
    if _STOPPED is not None and _STOPPED.folder.resolve() == folder.resolve():
        return None
    return notice(
        parent, "importCutShortNotice", QCoreApplication.translate("ImportWizard", "The import was cut short"),
        QCoreApplication.translate(
            "ImportWizard",
            "An import into this vault was cut short (the app or a command was closed or killed, or the computer "
            "stopped, before it finished). The charts that came in are whole; nothing was half imported."),
        run_again())


__all__ = ["ImportRunning", "PlanRunning", "Stopped", "came_in", "came_in_words", "current", "plan", "run_again",
           "start", "stop_for_lock", "tell_after_unlock", "tell_cut_short"]

"""The one way the GUI runs service calls: off the GUI thread, one at a time.

Every service call goes through `run_op`, in the spirit of Anki's aqt.operations:

    run_op(self, lambda: clients.add(vault, ...), on_success=self._added, label="Saving...")

A single long-lived worker thread executes the operations in submission order, so
the SQLCipher connections are only ever used by one thread at a time and a save
queued before a lock is always finished before the vault closes. One operation may
hand its long middle to a thread of its own (`Beside`: Back up now, whose 12-15 s
otherwise held every save behind it): the worker is free meanwhile, and the operation
stays pending (its busy indicator up, a quit waiting for it) until its last part, back
on the worker, has delivered the result. Results and
errors come back on the GUI thread. A VaultError becomes a calm dialog with its
message and hint; anything else is a bug and shows a generic apology (never a
traceback: exception text from a bug might quote client data).
"""

from __future__ import annotations

import atexit
import itertools
import logging
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QProgressDialog, QWidget

from vault_app.domain import errors
from vault_app.domain.errors import VaultError
from vault_app.gui import gui_thread_gc
from vault_app.gui.box_width import widen
from vault_app.gui.busy_indicator import BusyIndicator
from vault_app.gui.confirm import AnsweredByAlt
from vault_app.gui.refusal_words import refusal_text, refusal_words
from vault_app.gui.widgets import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)
T = TypeVar("T")

SHOW_BUSY_AFTER_MS = 400


class Progress:
    """Handed to operations that report progress; safe to call from the worker thread."""

    def __init__(self, emit: Callable[[float, str], None]) -> None:
        self._emit = emit

    def __call__(self, fraction: float, text: str = "") -> None:
        """`fraction` below 0: new words for a wait of unknown length (the bar keeps moving)."""
        self._emit(-1.0 if fraction < 0 else min(1.0, fraction), text)


@dataclass
class _Op:
    parent: QWidget | None
    # Operations of every result type wait here together; each callback was checked
    # against its own function's result type where it was submitted (run_op's T).
    on_success: Callable[[Any], None] | None
    on_error: Callable[[BaseException], bool] | None
    on_done: Callable[[], None] | None
    label: str
    # Held here, on the GUI thread, until the result is delivered: the worker only borrows it
    # (see _Worker.run).
    fn: Callable[..., Any] | None = None
    dialog: QProgressDialog | None = None
    timer: QTimer | None = None
    held: bool = False  # its indicator waits for an earlier one's to close (_show_busy)
    beside: bool = False  # its indicator neither blocks the other windows nor takes the keyboard
    off_worker: bool = False  # its Beside part runs on a thread of its own: the worker is not its
    resumed: bool = False  # its Beside part has ended (heard first when it ended at once)


@dataclass(frozen=True)
class Beside:
    """Returned by an operation whose long part goes on off the worker: `when_ended(tell)` calls
    `tell()` (from any thread) once that part has ended; then `then()` runs on the worker and
    its result, or its error, is the operation's. The long part must touch none of the worker's
    connections (services/backup_now.py: it reads a snapshot through connections of its own)."""

    when_ended: Callable[[Callable[[], None]], None]
    then: Callable[[], Any]


class _Worker(QObject):
    finished = Signal(int, object, object)
    progressed = Signal(int, float, str)
    continued = Signal(int, object)  # an operation's Beside ended: its `then` goes to the worker
    handed_off = Signal(int)  # an operation's Beside part began: the worker is free for the next

    def __init__(self, fn_of: Callable[[int], Callable[..., Any]]) -> None:
        super().__init__()
        self._fn_of = fn_of

    @Slot(int, bool)
    def run(self, op_id: int, wants_progress: bool) -> None:
        # The operation's callable is borrowed from the GUI thread's record, not carried by
        # the queued signal: the signal's copy would be released here, after this slot
        # returns, and could be the last reference to a closure over a window the GUI has
        # dropped meanwhile (a form closed by a lock), whose Qt object would then be deleted
        # on this thread. The local reference is gone before the result is sent.
        fn = self._fn_of(op_id)
        try:
            result = fn(Progress(lambda f, t: self.progressed.emit(op_id, f, t))) if wants_progress else fn()
        except BaseException as exc:  # everything goes back to the GUI thread to be explained
            del fn
            self.finished.emit(op_id, None, exc)
            return
        del fn
        if isinstance(result, Beside):
            then = result.then
            self.handed_off.emit(op_id)
            result.when_ended(lambda: self.continued.emit(op_id, then))
            return
        self.finished.emit(op_id, result, None)


class OpRunner(QObject):
    """Owns the worker thread. One per application (see `runner()`)."""

    _submit = Signal(int, bool)
    idle_changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self._thread = QThread()
        self._thread.setObjectName("vault-worker")
        self._worker = _Worker(self._fn_of)
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.run, Qt.ConnectionType.QueuedConnection)
        self._worker.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self._worker.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self._worker.continued.connect(self._continued, Qt.ConnectionType.QueuedConnection)
        self._worker.handed_off.connect(self._handed_off, Qt.ConnectionType.QueuedConnection)
        self._ops: dict[int, _Op] = {}
        self._ids = itertools.count(1)
        self._thread.start()

    # --- submitting -------------------------------------------------------------
    def submit(
        self,
        parent: QWidget | None,
        fn: Callable[..., T],
        *,
        on_success: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], bool] | None = None,
        on_done: Callable[[], None] | None = None,
        label: str = "",
        progress: bool = False,
        beside: bool = False,
    ) -> int:
        op_id = next(self._ids)
        op = _Op(parent, on_success, on_error, on_done, label, fn, beside=beside)
        if label and parent is not None:
            # Quick operations finish before the indicator would appear: no flicker.
            op.timer = QTimer(self)
            op.timer.setSingleShot(True)
            op.timer.timeout.connect(lambda: self._show_busy(op_id))
            op.timer.start(SHOW_BUSY_AFTER_MS)
        was_idle = not self._ops
        self._ops[op_id] = op
        if was_idle:
            self.idle_changed.emit(False)
        self._submit.emit(op_id, progress)
        return op_id

    def _fn_of(self, op_id: int) -> Callable[..., Any]:
        # Called on the worker thread: a dict read, atomic under the GIL; the entry was made
        # before the operation was queued and is removed only when its result is delivered.
        fn = self._ops[op_id].fn
        assert fn is not None
        return fn

    def is_idle(self) -> bool:
        return not self._ops

    def pending(self) -> int:
        return len(self._ops)

    def wait_idle(self, timeout_s: float = 30.0) -> bool:
        """Deliver results until nothing is pending (shutdown and tests)."""
        deadline = time.monotonic() + timeout_s
        while self._ops and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            QThread.msleep(5)
        return not self._ops

    def shutdown(self) -> None:
        # A lock queued by the closing window must run before the worker stops.
        self.wait_idle()
        self._thread.quit()
        self._thread.wait()

    # --- busy indicator -----------------------------------------------------------
    def _show_busy(self, op_id: int) -> None:
        op = self._ops.get(op_id)
        if op is None or op.parent is None or not _alive(op.parent):
            return
        if op.dialog is not None and _alive(op.dialog):  # shown by a progress report before its timer
            return
        if not op.off_worker and any(o.dialog is not None and _alive(o.dialog) and not o.off_worker
                                     for o in self._ops.values() if o is not op):
            # Queued behind an operation whose indicator is up (the worker runs one at a time):
            # shown when that one ends (_finished), not stacked over it with words of work that
            # has not begun (found: Quit during Back up now, "Making the backup before closing…"
            # over Back up now's own window).
            op.held = True
            return
        op.held = False
        # What had the keyboard as it appears: what is typed into the indicator goes back there
        # (found: "amberf" typed into the search as a check began came out "amber").
        dialog = BusyIndicator(op.label, op.parent, QApplication.focusWidget())
        dialog.setWindowTitle(self.tr("Please wait"))
        dialog.setCancelButton(None)
        if op.beside:
            # Work that goes on beside the therapist's (Back up now): a window modal to the
            # main window blocked the open note for the whole backup, and took its typing.
            dialog.setWindowModality(Qt.WindowModality.NonModal)
            dialog.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        else:
            # Modal: no second operation is started on the same data meanwhile.
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setAccessibleName(self.tr("Progress"))
        dialog.show()
        op.dialog = dialog

    def _show_held(self) -> None:
        """The next operation whose indicator was held back, now the one running: its own
        delay again, so a quick one still shows nothing."""
        for op in self._ops.values():
            if op.held and op.timer is not None:
                op.held = False
                op.timer.start(SHOW_BUSY_AFTER_MS)
                return

    @Slot(int)
    def _handed_off(self, op_id: int) -> None:
        """A `Beside` part began: the operations queued behind it run now, so their indicators
        are no longer held back behind its own (a chart opened during Back up now)."""
        op = self._ops.get(op_id)
        if op is not None and not op.resumed:  # `continued` comes from another thread: maybe first
            op.off_worker = True
            self._show_held()

    @Slot(int, object)
    def _continued(self, op_id: int, then: Callable[[], Any]) -> None:
        """A `Beside` part ended: its last part queued on the worker, behind what the therapist
        did meanwhile (held here, on the GUI thread, as every operation's callable is)."""
        op = self._ops.get(op_id)
        if op is None:
            return
        op.fn = then
        op.off_worker, op.resumed = False, True
        self._submit.emit(op_id, False)

    @Slot(int, float, str)
    def _progressed(self, op_id: int, fraction: float, text: str) -> None:
        op = self._ops.get(op_id)
        if op is None:
            return
        if op.dialog is not None and not _alive(op.dialog):
            op.dialog = None  # deleted with the window that asked (see _close_busy)
        if op.dialog is None:
            self._show_busy(op_id)
        dialog = op.dialog
        if dialog is not None:
            if text:
                dialog.setLabelText(text)
            if fraction < 0:  # new words only: a wait of unknown length keeps its moving bar (no "0%")
                return
            dialog.setMaximum(1000)
            # Last: a modal indicator's setValue runs events, and the operation may end (and close it) in it.
            dialog.setValue(int(fraction * 1000))

    # --- results --------------------------------------------------------------------
    @Slot(int, object, object)
    def _finished(self, op_id: int, result: Any, exc: BaseException | None) -> None:
        op = self._ops.pop(op_id, None)
        if op is None:
            return
        if op.timer is not None:
            op.timer.stop()
            op.timer.deleteLater()
        _close_busy(op)
        self._show_held()
        parent_alive = op.parent is None or _alive(op.parent)
        try:
            if exc is not None:
                if not parent_alive:
                    # The window that asked is gone (closed or locked): nobody to tell.
                    log.info("A background operation for a closed window ended with %s", type(exc).__name__)
                elif not (op.on_error and op.on_error(exc)):
                    show_error(op.parent, exc)
            elif op.on_success is not None and parent_alive:
                op.on_success(result)
        finally:
            if op.on_done is not None and parent_alive:
                op.on_done()
            if not self._ops:
                self.idle_changed.emit(True)


def _alive(widget: QObject) -> bool:
    return bool(shiboken6.isValid(widget))


def _close_busy(op: _Op) -> None:
    """The busy indicator closed, if it still exists. It is a Qt child of the window that asked
    (so it stays over that window): a quit or a lock that deletes that window (a form closed
    with deleteLater while its Back up now runs) deletes the indicator with it, while the
    operation goes on. Found in the real app: Back up now, then Quit, and closing the deleted
    indicator at the result raised a RuntimeError on the way out."""
    dialog, op.dialog = op.dialog, None
    if dialog is not None and _alive(dialog):
        dialog.close()
        if isinstance(dialog, BusyIndicator):
            dialog.give_back_typed()
        dialog.deleteLater()


# --- errors shown to the user --------------------------------------------------------------
# Titles and the generic text are English here (describe_error feeds the support log too) and
# translated where the dialog shows them (show_error), under the "ErrorDialog" context.
GENERIC_TITLE = QT_TRANSLATE_NOOP("ErrorDialog", "Something went wrong")
GENERIC_TEXT = QT_TRANSLATE_NOOP(
    "ErrorDialog",
    "Something went wrong inside the app. Nothing you already saved was lost.\n\n"
    "Please try again. If it keeps happening, restart the app.")


def describe_error(exc: BaseException) -> tuple[str, str, str]:
    """(title, message, hint) for a dialog. Bugs never show their own text."""
    if isinstance(exc, VaultError):
        return _title_for(exc), exc.message, exc.hint
    # Type and stack only; the exception text of a bug might contain client data.
    stack = "".join(traceback.format_tb(exc.__traceback__))
    log.error("Unexpected %s in a background operation:\n%s", type(exc).__name__, stack)
    # The stack (file, line, code; no values, no message) on stderr too: what a developer or
    # the e2e suite (which keeps the app's stderr) needs to find the bug.
    print(f"Unexpected {type(exc).__name__} in a background operation:\n{stack}", file=sys.stderr, flush=True)
    return GENERIC_TITLE, GENERIC_TEXT, ""


# Titled for what happened where the error's kind would mislead: a vault already in the folder
# chosen for a new one was titled "Problem with this computer" (found in the first-run wizard).
_CODE_TITLES: dict[str, str] = {
    "vault.exists": QT_TRANSLATE_NOOP("ErrorDialog", "A vault is already there"),
    # Not a computer's problem: a drive pulled out mid-backup read like a folder typed wrong.
    "backup.folder_gone": QT_TRANSLATE_NOOP("ErrorDialog", "Backup folder went away"),
    # A backup file not there (its drive unplugged, mounted elsewhere) is not a damaged vault.
    "backup.file_missing": QT_TRANSLATE_NOOP("ErrorDialog", "Backup file not there"),
    # Back up now refused while the notes are locked: that one file changed, it may be an older copy (round 46).
    "backup.psychotherapy_changed": QT_TRANSLATE_NOOP("ErrorDialog", "The psychotherapy notes' file changed"),
}
# One file older than the others, as the unlock window says it (unlock_refused.ONE_FILE_PUT_BACK): not the
# whole vault "rolled back" (round 46, seen in the real app at Back up now and at the notes' unlock).
_ONE_FILE_OLDER = QT_TRANSLATE_NOOP("ErrorDialog", "One of this vault's files is older")


def _title_for(exc: BaseException) -> str:
    if isinstance(exc, VaultError) and exc.code in _CODE_TITLES:
        return _CODE_TITLES[exc.code]
    if isinstance(exc, errors.LedgerRollback):
        from vault_app.gui.unlock_refused import ONE_FILE_PUT_BACK  # Lazy (start-up): loaded by a refusal only

        if exc.code in ONE_FILE_PUT_BACK:
            return _ONE_FILE_OLDER
    titles: list[tuple[type[BaseException], str]] = [
        (errors.LedgerRollback, QT_TRANSLATE_NOOP("ErrorDialog", "Vault rolled back")),
        (errors.VaultTampered, QT_TRANSLATE_NOOP("ErrorDialog", "Vault altered")),
        (errors.VaultCorrupt, QT_TRANSLATE_NOOP("ErrorDialog", "Vault damaged")),
        (errors.WrongPassphrase, QT_TRANSLATE_NOOP("ErrorDialog", "Wrong passphrase")),
        (errors.WrongRecoveryKey, QT_TRANSLATE_NOOP("ErrorDialog", "Wrong recovery key")),
        (errors.KeyringProblem, QT_TRANSLATE_NOOP("ErrorDialog", "Keyring problem")),
        (errors.CompartmentLocked, QT_TRANSLATE_NOOP("ErrorDialog", "Locked")),
        (errors.RefusedByPolicy, QT_TRANSLATE_NOOP("ErrorDialog", "Not allowed")),
        (errors.DiskFull, QT_TRANSLATE_NOOP("ErrorDialog", "Disk full")),
        (errors.EnvironmentProblem, QT_TRANSLATE_NOOP("ErrorDialog", "Problem with this computer")),
        (errors.NotFound, QT_TRANSLATE_NOOP("ErrorDialog", "Not found")),
        (errors.InvalidInput, QT_TRANSLATE_NOOP("ErrorDialog", "Please check")),
    ]
    for cls, title in titles:
        if isinstance(exc, cls):
            return title
    return QT_TRANSLATE_NOOP("ErrorDialog", "Cannot continue")


def show_error(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    title, message, hint = describe_error(exc)
    title = QCoreApplication.translate("ErrorDialog", title)
    if message == GENERIC_TEXT:
        message = QCoreApplication.translate("ErrorDialog", GENERIC_TEXT)
    elif isinstance(exc, VaultError):
        message, hint = refusal_words(exc)
    box = AnsweredByAlt(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(message)
    if hint:
        box.setInformativeText(hint)
    box.setAccessibleName(title)
    box.setObjectName("errorDialog")
    # An error may quote a folder or a name as typed: text, not markup (nor a link that opens).
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    widen(box)  # its title whole and its words at a reading width (gui/box_width.py)
    box.open()  # non-blocking: tests and the idle lock must never wait on a nested loop
    return box  # a screen may add its way on (gui/practice_details_open)


_RUNNER: OpRunner | None = None


def runner() -> OpRunner:
    global _RUNNER
    # Before a second thread runs Python: cycles are then collected on this thread only.
    gui_thread_gc.collect_on_gui_thread()
    if _RUNNER is None:
        _RUNNER = OpRunner()
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(_shutdown)
        atexit.register(_shutdown)
    return _RUNNER


def _shutdown() -> None:
    global _RUNNER
    if _RUNNER is not None:
        _RUNNER.shutdown()
        _RUNNER = None


def show_inline(label: QLabel, *kinds: type[BaseException]) -> Callable[[BaseException], bool]:
    """An `on_error` for forms: a user-facing error (VaultError unless `kinds` says
    otherwise) is written into `label` beside the form (in the screen's language when the
    refusal has a code: gui/refusal_words), so the dialog stays open with what was typed;
    anything else falls through to the standard error dialog."""
    accepted = kinds or (VaultError,)

    def handle(exc: BaseException) -> bool:
        if isinstance(exc, accepted):
            label.setText(refusal_text(exc))
            return True
        return False

    return handle


def run_op(
    parent: QWidget | None,
    fn: Callable[..., T],
    *,
    on_success: Callable[[T], None] | None = None,
    on_error: Callable[[BaseException], bool] | None = None,
    on_done: Callable[[], None] | None = None,
    label: str = "",
    progress: bool = False,
    beside: bool = False,
) -> int:
    """Run `fn` on the worker thread. `on_error` returns True when it explained the error
    itself (an inline message); otherwise a dialog is shown. With `progress=True` the
    function receives a `Progress` callable. With `beside=True` its busy indicator is not
    modal and never takes the keyboard (the therapist goes on working while it runs)."""
    return runner().submit(
        parent, fn, on_success=on_success, on_error=on_error, on_done=on_done, label=label, progress=progress,
        beside=beside,
    )


__all__ = ["Beside", "OpRunner", "Progress", "describe_error", "run_op", "runner", "show_error"]

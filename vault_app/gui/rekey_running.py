"""Vault > Replace every key… running beside the therapist's work, on the GUI's side
(services/vault_rekey_runners.py holds the job; gui/vault_keys_dialogs.RekeyDialog shows it).

The job's thread hands its two short calls (the start, the swap) to the app's worker
through `gui/worker_bridge.ToWorker`; the copies are written on its own thread meanwhile,
so an autosave, a chart opening or a lock runs between them. This module holds the job
beyond its dialog, and the controller's lock and quit stop it here (`stop_for_lock`):
- before the swap is handed to the worker: the copies end at their next block and are
  scrubbed, nothing was changed (the old passphrase and Emergency Kit still work);
- once it is handed over (a fraction of a second before the end): the swap runs whole on
  the worker before the lock's own operations. The new Emergency Kit can then no longer be
  shown (the window is gone, and a recovery key is never kept while the vault is locked):
  the next unlock of that vault says so and asks for Replace every key again
  (`tell_after_unlock`), which gives a new kit.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from vault_app.crypto.kdf import Ahead
from vault_app.domain.errors import InvalidInput
from vault_app.gui import reseal_running
from vault_app.gui.beside_jobs import log_only
from vault_app.gui.confirm import notice
from vault_app.gui.worker_bridge import ToWorker, stopped_for_lock
from vault_app.services.vault_rekey_beside import ReplacementStopped, Replacing, forget_copies
from vault_app.services.vault_rekey_runners import STOP_WAIT_SECONDS, RekeyJob

if TYPE_CHECKING:
    from vault_app.gui.seam import App
    from vault_app.services.lock_anchor import Meanwhile
    from vault_app.services.vault import Vault


class RekeyRunning(QObject):
    """The job and where its end goes: `viewer` (the dialog) and `on_end(result, error)`,
    called on the GUI thread while the viewer lives and the vault is open."""

    # (fraction, the step): an object, not a str, so the step's code (a Problem) reaches the
    # dialog, which says it in the screen's language (gui/rekey_words.py).
    progressed = Signal(float, object)
    _ended_signal = Signal(object, object)

    def __init__(self, app: App, begin: Callable[[Vault, Ahead], Replacing],
                 finish: Callable[[Vault, Replacing], Any], passphrase: str) -> None:
        super().__init__()
        self.app = app
        self.folder = app.folder
        self.viewer: QWidget | None = None
        self.on_end: Callable[[Any, BaseException | None], None] | None = None
        self.bridge = ToWorker(app, lambda: ReplacementStopped() if self.job.stopping else None)
        self.job = RekeyJob(begin, self.bridge.submit, folder=app.folder, passphrase=passphrase, finish=finish,
                            progress=self.progressed.emit,
                            on_end=lambda result, error: self._ended_signal.emit(result, error))
        self._ended_signal.connect(self._ended, Qt.ConnectionType.QueuedConnection)

    def _ended(self, result: object, error: BaseException | None) -> None:
        global _RUNNING, _UNSEEN
        if _RUNNING is self:
            _RUNNING = None
        viewer, on_end = self.viewer, self.on_end
        if result is not None and self.app.vault is not None:
            # The documents under the generation just retired, sealed again beside the work.
            reseal_running.start(self.app)
        if error is not None and self.app.vault is not None:
            # Stopped or refused with the vault open: said now, so not again at the next unlock (a
            # lock's stop keeps the mark: the therapist is told then; vault_rekey_beside.COPIES_SETTING).
            self.app.query(None, forget_copies).failure(log_only).run()
        if viewer is not None and shiboken6.isValid(viewer) and self.app.vault is not None and on_end is not None:
            on_end(result, error)
        elif result is not None:
            # Replaced as the vault locked: the kit was not shown, nor may it be kept.
            self.app.sealed = None
            _UNSEEN = self.folder


_RUNNING: RekeyRunning | None = None
_UNSEEN: Path | None = None


def start(app: App, begin: Callable[[Vault, Ahead], Replacing], finish: Callable[[Vault, Replacing], Any],
          passphrase: str) -> RekeyRunning:
    """Start replacing every key beside the worker; one at a time. `passphrase` (the current
    one) is derived on the job's thread, not the worker (kdf.Ahead)."""
    global _RUNNING
    if _RUNNING is not None and _RUNNING.job.running():
        raise InvalidInput("Every key is being replaced already.", hint="Wait for it to finish.")
    running = RekeyRunning(app, begin, finish, passphrase)
    _RUNNING = running
    running.job.start()
    return running


def refuse_while_running(what: str) -> None:
    """InvalidInput while every key is being replaced (`what`: what else would rewrite the
    compartments, e.g. a chart's destruction)."""
    if current() is not None:
        raise InvalidInput(f"Every key is being replaced; {what} only after that.",
                           hint="Wait for the new Emergency Kit, then try again.")


def current() -> RekeyRunning | None:
    return _RUNNING if _RUNNING is not None and _RUNNING.job.running() else None


def stop_for_lock() -> Callable[[], bool] | None:
    """The lock or quit: the job stops now (nothing more is handed to the vault); returns the
    wait for its thread to queue on the worker before the vault closes, None if none runs."""
    running = current()
    return None if running is None else stopped_for_lock(running.job, STOP_WAIT_SECONDS)


def tell_after_unlock(parent: QWidget, folder: Path, meanwhile: Meanwhile | None = None) -> QMessageBox | None:
    """After the unlock of `folder` whose keys were replaced as it locked: the kit was not
    shown, so the therapist is asked to replace every key again (a new kit). Not when the kit
    is no longer the one the lock left (`meanwhile`, services/lock_anchor.py): a terminal's
    `vault-app rekey` finished meanwhile and showed its own new kit there (found: the notice
    still said the old kit no longer works, about a kit the vault had already left behind),
    or a restore brought a backup's keys."""
    global _UNSEEN
    unseen = _UNSEEN
    if unseen is None or unseen.resolve() != folder.resolve():
        return None
    _UNSEEN = None
    if meanwhile is not None and meanwhile.kit_replaced:
        return None
    return notice(
        parent, "rekeyKitUnseenNotice", QCoreApplication.translate("RekeyDialog", "Replace every key again"),
        QCoreApplication.translate(
            "RekeyDialog",
            "Every key was replaced just as the vault locked, so your new Emergency Kit could not be shown. "
            "Your old Emergency Kit no longer works."),
        QCoreApplication.translate(
            "RekeyDialog", "Choose Vault > Replace every key… now: it takes a moment and gives you a new kit to keep."),
        warning=True)


__all__ = ["RekeyRunning", "current", "refuse_while_running", "start", "stop_for_lock", "tell_after_unlock"]

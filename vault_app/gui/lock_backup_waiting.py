"""The backup made at a lock, finished while its vault's lock was held (the window unlocked again
meanwhile, or an unlock was still opening it): registered at once, not at the next lock.

Found by a helper on a demo vault (a repository of dated backups): the lock's snapshot was
written, but Vault > Backups… and `backup list` never showed it: it waited in memory, unlisted,
until the next lock, and a quit from the lock screen lost it. The runner tells this bridge on
its own thread; Qt queues the word to the window's thread, which hands the registration to the
worker: with the vault open, through its operation (backup_beside.register_waiting); locked,
as the job itself would have registered it (backup_beside.register_waiting_free).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, SignalInstance

from vault_app.gui import backup_wait_line

if TYPE_CHECKING:
    from vault_app.gui.seam import App
    from vault_app.services.vault import Vault

log = logging.getLogger(__name__)


class WaitingBackups(QObject):
    """Lives in the window's thread (a child of the app); `tell` may be called from any thread."""

    waiting = Signal()
    failed = Signal()  # a backup's failure recorded (backup_beside_control.failed), from any thread

    def __init__(self, app: App) -> None:
        super().__init__(app if isinstance(app, QObject) else None)
        self._app = app
        self.waiting.connect(self._register)
        self.failed.connect(self._say_failure)
        global _BRIDGE
        _BRIDGE = self

    def tell(self, _folder: Path) -> None:
        self.waiting.emit()  # queued to this object's thread

    def _say_failure(self) -> None:
        """The status line read again while a vault is open: a Back up now pressed before the last lock
        that failed only now is said on this window, not at the unlock after the next lock."""
        window = getattr(self._app, "main_window", None)
        said = getattr(window, "backups_changed", None)
        if self._app.vault is not None and callable(said):
            said()

    def _register(self) -> None:
        # Lazy (start-up): the worker's module, only once a lock's backup waited
        from vault_app.gui.background import run_op

        app = self._app
        if app.vault is not None:
            app.op(None, lambda v: register_waiting_backups(v, app.backup_folder_waits)).failure(_log_only).run()
        else:
            run_op(None, _register_free, on_error=_log_only)


def register_waiting_backups(vault: Vault, waits: SignalInstance,
                             tell: Callable[[Path], None] | None = None) -> None:
    """On the worker: the backups made at a lock that wait for this vault, registered; `tell`
    (`WaitingBackups.tell`) hears of one that finishes later while its vault is held."""
    # Lazy (start-up): the backup service, 108 ms of imports (see beside_jobs.backup_then_lock)
    from vault_app.services import backup_beside, backup_beside_control

    # The signal is emitted from whichever thread waits; Qt queues it to the window.
    backup_beside_control.tell_when_waiting_for_folder(lambda folder: waits.emit(str(folder)))
    backup_beside_control.tell_when_failed(_failed)
    if tell is not None:
        backup_beside.runner().on_waiting = tell
    # A backup waiting for another copy's hold on its folder: said again in this window, and its end.
    backup_beside.runner().on_folder_wait = backup_wait_line.told_of
    backup_wait_line.watch_running()
    backup_beside.register_waiting(vault)


_BRIDGE: WaitingBackups | None = None


def _failed() -> None:
    bridge_now = _BRIDGE
    if bridge_now is not None:
        bridge_now.failed.emit()  # queued to the window's thread


def _log_only(exc: BaseException) -> bool:
    log.warning("Registering the backup made at the lock reported %s", type(exc).__name__)
    return True


def _register_free() -> None:
    from vault_app.services import backup_beside  # Lazy (start-up): the backup service, on the worker

    backup_beside.register_waiting_free()


def bridge(app: App) -> WaitingBackups:
    """The app's bridge, made once (in the window's thread: call it there)."""
    found = app.findChild(WaitingBackups) if isinstance(app, QObject) else None
    return found if isinstance(found, WaitingBackups) else WaitingBackups(app)


__all__ = ["WaitingBackups", "bridge", "register_waiting_backups"]

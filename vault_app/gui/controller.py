"""The application's state machine: first run -> unlock -> main window -> locked -> unlock.

The controller owns the unlocked Vault. It is touched only through `call`, which runs
the service function on the single worker thread (see background.py). Locking closes
every window that shows client data before the connections are closed.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from vault_app.gui.background import run_op
from vault_app.gui.clipboard import sensitive_clipboard
from vault_app.gui.idle import DEFAULT_LOCK_MINUTES, DEFAULT_PSYCHOTHERAPY_MINUTES, IdleWatcher
from vault_app.gui.operations import VaultOp, VaultQuery, run_on_vault

if TYPE_CHECKING:
    from vault_app.crypto.kdf import KdfParams
    from vault_app.gui.create_wizard import CreateVaultWizard
    from vault_app.gui.main_window import MainWindow
    from vault_app.gui.unlock import UnlockWindow
    from vault_app.services.vault import Vault

log = logging.getLogger(__name__)
T = TypeVar("T")

# Mirrors storage's header file name; only used to choose between first run and unlock.


class AppController(QObject):
    """Where the app may end is decided here, not by Qt's window bookkeeping: the
    application does not quit when its last window closes (windows come and go at every
    unlock, lock and restore), only when the user asks, which emits `quit_requested`:
    Quit in the menu, closing the main window, closing the unlock window, or cancelling
    the first-run wizard."""

    locked = Signal(str)
    unlocked = Signal()
    psychotherapy_changed = Signal(bool)
    quit_requested = Signal()
    # Emitted with a services.changes.Changes after every operation that changed something.
    changed = Signal(object)

    def __init__(
        self,
        folder: Path,
        *,
        kdf_params: KdfParams | None = None,
        idle_clock: Callable[[], float] = time.monotonic,
        idle_tick_ms: int = 1000,
    ) -> None:
        super().__init__()
        self.folder = folder
        self.kdf_params = kdf_params
        self.vault: Vault | None = None
        self.psychotherapy_open = False
        self.wizard: CreateVaultWizard | None = None
        self.unlock_window: UnlockWindow | None = None
        self.main_window: MainWindow | None = None
        self.idle = IdleWatcher(clock=idle_clock, tick_ms=idle_tick_ms, parent=self)
        self.idle.idle_lock.connect(lambda: self.lock("Locked after a period without activity."))
        self.idle.slept.connect(lambda: self.lock("Locked because the computer went to sleep."))
        self.idle.psychotherapy_idle.connect(self.lock_psychotherapy)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
            from vault_app.gui.clipboard import guard_copies

            guard_copies()
        from vault_app.gui.os_events import OsLockEvents

        self.os_events = OsLockEvents(self)
        self.os_events.lock_requested.connect(lambda why: self.lock(f"Locked because the {why}."))

    # --- start ---------------------------------------------------------------------
    def start(self) -> None:
        from vault_app.services.vault_folder import vault_exists

        if vault_exists(self.folder):
            self.show_unlock()
        else:
            self.show_wizard()

    def show_wizard(self) -> None:
        from vault_app.gui.create_wizard import CreateVaultWizard

        self.wizard = CreateVaultWizard(self.folder, kdf_params=self.kdf_params)
        self.wizard.vault_ready.connect(self._opened)
        self.wizard.rejected.connect(self.quit_by_user)
        self.wizard.show()

    def show_unlock(self, reason: str = "") -> None:
        from vault_app.gui.unlock import UnlockWindow

        if self.unlock_window is not None:
            self.unlock_window.dismiss()
        self.unlock_window = UnlockWindow(self.folder, kdf_params=self.kdf_params, reason=reason)
        self.unlock_window.unlocked.connect(self._opened)
        self.unlock_window.closed_by_user.connect(self.quit_by_user)
        self.unlock_window.show()
        self.unlock_window.raise_()
        self.unlock_window.activateWindow()
        from vault_app.gui.warmup import warm_up

        QTimer.singleShot(150, warm_up)

    def _opened(self, vault: Vault) -> None:
        from vault_app.gui.main_window import MainWindow

        self.vault = vault
        if self.wizard is not None:
            self.folder = vault.folder
            self.wizard.deleteLater()
            self.wizard = None
        if self.unlock_window is not None:
            self.unlock_window.dismiss()
            self.unlock_window = None
        settings = vault.header.settings
        self.idle.set_limits(
            float(settings.get("auto_lock_minutes", DEFAULT_LOCK_MINUTES)),
            float(settings.get("psychotherapy_lock_minutes", DEFAULT_PSYCHOTHERAPY_MINUTES)),
        )
        self.idle.start()
        self.main_window = MainWindow(self)
        self.os_events.register_window(int(self.main_window.winId()))
        # Shown on the next turn of the event loop so building and first painting are
        # two separate slices of GUI-thread time, each well under the 100 ms budget.
        QTimer.singleShot(0, self._show_main)
        self.call(None, _register_waiting_backups, on_error=_log_only)  # one the last lock finished

    def _show_main(self) -> None:
        if self.main_window is None:
            return
        self.main_window.show()
        # The window that replaced the unlock window takes the keyboard, so typing goes on
        # where it went before (window managers differ in what they do on their own).
        self.main_window.raise_()
        self.main_window.activateWindow()
        self.main_window.load_data()
        self.unlocked.emit()

    # --- calling services --------------------------------------------------------------
    def op(self, parent: QWidget | None, fn: Callable[[Vault], T], *, label: str = "") -> VaultOp[T]:
        """A write for one user action: `controller.op(self, fn).success(cb).run()`."""
        return VaultOp(self.call, parent, fn, label=label)

    def query(self, parent: QWidget | None, fn: Callable[[Vault], T], *, label: str = "") -> VaultQuery[T]:
        """A read for a screen: `controller.query(self, fn).success(cb).run()`."""
        return VaultQuery(self.call, parent, fn, label=label)

    def call(
        self,
        parent: QWidget | None,
        fn: Callable[..., Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], bool] | None = None,
        on_done: Callable[[], None] | None = None,
        label: str = "",
        progress: bool = False,
    ) -> int:
        """Run a service function with the unlocked vault on the worker thread; what it
        changed is broadcast through `changed` before `on_success` runs."""
        vault = self.vault
        return run_on_vault(lambda: vault, self.changed.emit, parent, fn, on_success=on_success,
                            on_error=on_error, on_done=on_done, label=label, progress=progress)

    # --- psychotherapy compartment -------------------------------------------------------
    def unlock_psychotherapy(
        self, parent: QWidget, passphrase: str, on_error: Callable[[BaseException], bool] | None = None
    ) -> None:
        self.call(parent, lambda v: v.unlock_psychotherapy(passphrase), on_success=self._psychotherapy_opened,
                  on_error=on_error, label="Unlocking psychotherapy notes…")

    def _psychotherapy_opened(self, _result: Any) -> None:
        self.psychotherapy_open = True
        self.idle.touch()
        self.idle.psychotherapy_armed = True
        self.psychotherapy_changed.emit(True)

    def lock_psychotherapy(self) -> None:
        if not self.psychotherapy_open:
            return
        self.psychotherapy_open = False
        self.idle.psychotherapy_armed = False
        # Blank first, then close the compartment on the worker (after any pending save).
        self.psychotherapy_changed.emit(False)
        if self.vault is not None:
            self.call(None, lambda v: v.lock_psychotherapy(), on_error=_log_only)

    # --- locking ---------------------------------------------------------------------------
    def lock(self, reason: str = "Locked.") -> None:
        vault = self.vault
        if vault is None:
            return
        self.idle.stop()
        self.psychotherapy_open = False
        if self.main_window is not None:
            window = self.main_window
            self.main_window = None
            window.prepare_lock()  # queues pending autosaves before the lock below
            window.close_for_lock()
        sensitive_clipboard().clear_if_ours()
        self.vault = None
        run_op(None, lambda: _lock_backup_beside(vault), on_error=_log_only)
        self.locked.emit(reason)
        self.show_unlock(reason)

    def quit_by_user(self) -> None:
        """The user ended the app (Quit, or closed its main, unlock or first-run window)."""
        self.quit()
        self.quit_requested.emit()

    def quit(self) -> None:
        """Lock on the way out (idempotent: also runs when the application is about to quit)."""
        vault = self.vault
        self.idle.stop()
        self.vault = None
        self.main_window = None
        sensitive_clipboard().clear_if_ours()
        _abandon_background_backup()
        if vault is not None:
            run_op(None, lambda: _backup_then_lock(vault), on_error=_log_only)


def _backup_then_lock(vault: Vault) -> None:
    """The automatic backup on lock and on exit (only when a target is set, automatic
    backups are on and something changed). The vault locks whatever the backup does;
    a failed backup shows up as the backup reminder on the next unlock."""
    from vault_app.domain.errors import VaultError
    from vault_app.services import backup, backup_beside

    if not vault.is_open:  # already locked, e.g. by a restore that replaced it
        return
    try:
        backup_beside.register_waiting(vault)
        backup.backup_if_changed(vault)
    except VaultError as exc:
        log.warning("Automatic backup failed: %s", type(exc).__name__)
    finally:
        vault.lock()


def _lock_backup_beside(vault: Vault) -> None:
    """The lock: a snapshot for the automatic backup, then the vault closes; the backup is
    built and verified beside (services/backup_beside.py), so the next unlock never waits."""
    from vault_app.services import backup_beside

    backup_beside.lock_with_backup(vault)


def _register_waiting_backups(vault: Vault) -> None:
    from vault_app.services import backup_beside

    backup_beside.register_waiting(vault)


def _abandon_background_backup() -> None:
    """Quit: a background backup stops within a short bound; nothing half-made is registered.
    (Only if one was ever started: quitting imports no service module on the GUI thread.)"""
    import sys

    beside = sys.modules.get("vault_app.services.backup_beside")
    if beside is not None:
        beside.abandon_running()


def _log_only(exc: BaseException) -> bool:
    log.warning("Locking reported %s", type(exc).__name__)
    return True

"""The application's state machine: first run -> unlock -> main window -> locked -> unlock.

The controller owns the unlocked Vault. It is touched only through `call`, which runs
the service function on the single worker thread (see background.py). Locking closes
every window that shows client data before the connections are closed. The jobs beside the
work that an unlock takes up and a lock stops are beside_jobs.py; a lock or quit waiting for a
running destruction, destruction_hold.py (the controller's side: controller_destruction.py); the
psychotherapy compartment's own unlock and lock, controller_psychotherapy.py.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from vault_app.gui import beside_jobs, practice_locale_follow, quick_seals, second_instance
from vault_app.gui.alt_keys import guard as stop_alt_letters
from vault_app.gui.background import run_op
from vault_app.gui.beside_jobs import log_only
from vault_app.gui.clipboard import forget_on_lock, guard_copies
from vault_app.gui.controller_destruction import ControllerDestruction
from vault_app.gui.controller_psychotherapy import ControllerPsychotherapy
from vault_app.gui.destruction_hold import DestructionHold
from vault_app.gui.idle import DEFAULT_LOCK_MINUTES, DEFAULT_PSYCHOTHERAPY_MINUTES, IdleWatcher
from vault_app.gui.lock_words import IDLE, LOCKED, SLEPT, another_vault, lock_reason, os_lock_reason
from vault_app.gui.navigation import ChartRequest
from vault_app.gui.operations import VaultOps
from vault_app.gui.os_events import OsLockEvents
from vault_app.gui.shortcuts import DEFAULTS
from vault_app.gui.unlock import UnlockWindow
from vault_app.services import lock_anchor
from vault_app.services.vault_folder import vault_exists

if TYPE_CHECKING:
    from vault_app.crypto.kdf import KdfParams
    from vault_app.gui.create_wizard import CreateVaultWizard
    from vault_app.gui.main_window import MainWindow
    from vault_app.gui.screen_place import Place
    from vault_app.services.quick_unlock import Sealed
    from vault_app.services.vault import Vault


class AppController(ControllerDestruction, ControllerPsychotherapy, VaultOps):
    """Where the app may end is decided here, not by Qt's window bookkeeping: the
    application does not quit when its last window closes (windows come and go at every
    unlock, lock and restore), only when the user asks, which emits `quit_requested`:
    Quit in the menu, closing the main window, closing the unlock window, or cancelling
    the first-run wizard."""

    locked = Signal(str)
    unlocked = Signal()
    psychotherapy_changed = Signal(bool)
    quit_requested = Signal()
    # Emitted with a navigation.ChartRequest: "show this chart (and this note)". The one way
    # any screen (search, dashboard, a new client) asks for a chart; the main window shows it.
    chart_requested = Signal(object)
    # Emitted with "lock" or "quit" when one waits for a running destruction to finish.
    destruction_waits = Signal(str)
    # Emitted (from the thread that waits) with a backup folder another copy of the app is
    # writing into: the status line says why the backup has not moved.
    backup_folder_waits = Signal(str)

    def __init__(
        self,
        folder: Path,
        *,
        kdf_params: KdfParams | None = None,
        idle_clock: Callable[[], float] = time.monotonic,
        idle_tick_ms: int = 1000,
        folder_role: str = "default",
    ) -> None:
        super().__init__(lambda: self.vault)
        self.folder = folder
        # How the unlock window names the folder (unlock.folder_line): "default", "chosen", "one_start".
        self.folder_role = folder_role
        self.kdf_params = kdf_params
        self.vault: Vault | None = None
        self.psychotherapy_open = False
        # Quick unlock's sealed passphrase (services/quick_unlock.py), or None: plain data,
        # read here, sealed and opened on the worker; dropping it is disarming.
        self.sealed: Sealed | None = None
        # The same for the psychotherapy compartment's 2-minute lock: sealed only at a full
        # passphrase unlock of that compartment in this run, dropped with `sealed`.
        self.psychotherapy_sealed: Sealed | None = None
        self._proven_passphrase: str | None = None
        # The chart and tab on screen at the last lock, for the unlock after it (never on disk).
        self._place_at_lock: Place | None = None
        self.wizard: CreateVaultWizard | None = None
        self.unlock_window: UnlockWindow | None = None
        self.main_window: MainWindow | None = None
        self._recovery_words: list[str] = []  # what a recovery changed, until a window is up to say it
        self.idle = IdleWatcher(clock=idle_clock, tick_ms=idle_tick_ms, parent=self)
        # An idle lock may offer the quick-unlock PIN; sleep and the OS's own lock never do.
        self.idle.idle_lock.connect(lambda: self.lock(IDLE, quick=True))
        self.idle.slept.connect(lambda: self.lock(SLEPT))
        self.idle.app_keys = {name: QKeySequence(DEFAULTS[name]) for name in ("lock", "quit")}
        # Queued: the lock closes the window whose key press is still being delivered.
        self.idle.app_key.connect(self._app_key, Qt.ConnectionType.QueuedConnection)
        self.idle.psychotherapy_idle.connect(self.lock_psychotherapy)
        app = QApplication.instance()
        if app is not None:
            self.idle.watch(app)
            guard_copies()
            stop_alt_letters(app)  # Alt and a letter no shortcut took types nothing (gui/alt_keys.py)
        self.changed.connect(lambda changes: practice_locale_follow.on_changes(self, changes))
        self.os_events = OsLockEvents(self)
        self.os_events.lock_requested.connect(lambda why: self.lock(os_lock_reason(why)))
        # A destruction past its "started" entry: a lock or quit waits for it (destruction_hold.py).
        self._destruction = DestructionHold(self._after_destruction, parent=self)

    def _app_key(self, name: str) -> None:
        """Ctrl+L / Ctrl+Q from a window where Qt blocked the menu's shortcut."""
        if name == "lock":
            self.lock(LOCKED, quick=True)
        elif name == "quit" and self.main_window is not None:
            self.main_window.close()  # as Vault > Quit: holds typed text, locks, ends the app

    # --- start ---------------------------------------------------------------------
    def start(self) -> None:
        if vault_exists(self.folder):
            self.show_unlock()
        else:
            self.show_wizard()

    def show_wizard(self) -> None:
        # Lazy (start-up): only a first run needs the wizard (11 ms of imports on every other start).
        from vault_app.gui.create_wizard import CreateVaultWizard

        self.wizard = CreateVaultWizard(self.folder, kdf_params=self.kdf_params)
        self.wizard.vault_ready.connect(self._opened)
        self.wizard.restored.connect(self._restored)
        self.wizard.rejected.connect(self.quit_by_user)
        self.wizard.show()

    def show_unlock(self, reason: str = "", *, by_lock: bool = False) -> None:
        """`by_lock`: the window takes the place of work that may have been typed into up to now
        (gui/typing_guard.py): the keys of that burst are not taken as a passphrase or PIN."""
        if self.unlock_window is not None:
            self.unlock_window.dismiss()
        sealed = self.sealed if self.quick_ready else None
        window = UnlockWindow(self.folder, kdf_params=self.kdf_params, reason=reason, sealed=sealed,
                              folder_role=self.folder_role)
        window.show()
        if by_lock:
            window.hold_typing(self.idle.clock)
        window.raise_()
        window.activateWindow()
        # Again once the window is mapped: in a long-running openbox session, asked only at once,
        # no window was active after Ctrl+L and the passphrase typed went nowhere (seen in the real
        # app; a fresh openbox, as in tests/e2e, focuses the new window by itself, so no test there
        # can tell the two apart).
        QTimer.singleShot(0, window, window.activateWindow)
        self.adopt_unlock(window)
        self.say_recovered(window)  # a lock came before the recovered vault's main window was up

    def adopt_unlock(self, window: UnlockWindow) -> None:
        """Take charge of an unlock window already on screen: this controller's own
        (show_unlock), or the app's first, which the launcher shows before building the
        controller (launcher.Boot) so that the window is drawn sooner."""
        self.unlock_window = window
        window.passphrase_proven.connect(self._remember_proven)
        window.unlocked.connect(self._opened)
        window.closed_by_user.connect(self.quit_by_user)
        window.restored.connect(self._restored)
        window.recovery_said.connect(self._recovered_here)
        window.default_asked.connect(self.back_to_default)
        # Lazy (start-up): warm-up loads the main window's modules after the unlock window is drawn.
        from vault_app.gui.warmup import warm_up

        QTimer.singleShot(150, warm_up)

    def _opened(self, vault: Vault) -> None:
        # Lazy (start-up): the main window and its screens are not needed until the vault is open
        # (10 ms and more of imports kept off the way to the unlock window).
        from vault_app.gui import app_settings
        from vault_app.gui.main_window import MainWindow
        from vault_app.gui.unlock_folder import plain_start_home
        from vault_app.services import vault_copy_home

        self.vault = vault
        if self.sealed is not None and self.sealed.spent:
            self.psychotherapy_sealed = None  # three wrong PINs: the passphrase for both locks
        self._drop_psychotherapy_seal_if_changed(vault)
        if self.wizard is not None:
            # Only a folder the therapist typed in the wizard is remembered: the one the app was
            # started on (the default, or `--vault DIR` for this start only) is not (docs/gui.md).
            if vault.folder.resolve() != self.folder.expanduser().resolve():
                app_settings.remember_vault_folder(vault.folder)
                self.folder_role = "chosen"
            self.folder = vault.folder
            self.wizard.deleteLater()
            self.wizard = None
        vault_copy_home.also_default(plain_start_home(vault.folder, self.folder_role))  # at every open: none stale
        if self.unlock_window is not None:
            self.unlock_window.dismiss()
            self.unlock_window = None
        settings = vault.header.settings
        self.idle.set_limits(
            float(settings.get("auto_lock_minutes", DEFAULT_LOCK_MINUTES)),
            float(settings.get("psychotherapy_lock_minutes", DEFAULT_PSYCHOTHERAPY_MINUTES)),
        )
        self.idle.start()
        # Queued before the main window's first loads, so dates on screen are in the
        # practice's conventions from the first paint of data.
        practice_locale_follow.read(self)
        self.main_window = MainWindow(self)
        second_instance.watch(self.folder, self.main_window)  # a second start raises it, not a second unlock
        self.os_events.register_window(int(self.main_window.winId()))
        # Shown on the next turn of the event loop so building and first painting are
        # two separate slices of GUI-thread time, each well under the 100 ms budget.
        QTimer.singleShot(0, self._show_main)
        beside_jobs.start_after_unlock(self)

    def practice_locale_changed(self, tag: str) -> None:
        """Settings saved another locale (gui/practice_locale_follow.py)."""
        practice_locale_follow.changed(self, tag)

    def _show_main(self) -> None:
        if self.main_window is None:
            return
        self.main_window.show()
        # The window that replaced the unlock window takes the keyboard, so typing goes on
        # where it went before (window managers differ in what they do on their own).
        self.main_window.raise_()
        self.main_window.activateWindow()
        self.say_recovered(self.main_window)  # over it, once it is raised
        self.main_window.load_data()
        place, self._place_at_lock = self._place_at_lock, None
        if place is not None:
            from vault_app.gui import screen_place  # Lazy (start-up): loaded with the main window's first lock

            screen_place.go_back_to(self.main_window, place)
        from vault_app.gui.unlock_type_ahead import hand_over  # Lazy (start-up): keys typed as the vault opened

        hand_over(self.main_window.client_list.search, place_restored=place is not None)
        # Not before the first unlock: the word lists cost an import and a second to load
        # (on their own thread), which the unlock window should not wait for.
        # Lazy (start-up): the spell checker, ~32 ms to import, comes with the main window
        from vault_app.gui.spellcheck import guard_spelling

        guard_spelling(self)
        beside_jobs.tell_after_unlock(self, self.main_window, self.folder)
        self.unlocked.emit()
        phrase, self._proven_passphrase = self._proven_passphrase, None
        if phrase is not None:
            self.arm_quick_unlock(phrase)

    def _recovered_here(self, words: str) -> None:
        """A recovery with the Emergency Kit opened the vault: a passphrase change (docs/SECURITY.md,
        "Quick unlock"). The seals of the old passphrase go at once (found by a walker: kept, the
        next PIN was refused as changed "in another window"); the new one is sealed when the main
        window is up, as after any full unlock (`_remember_proven`, `_show_main`)."""
        self.sealed = self.psychotherapy_sealed = None
        self._recovery_words.append(words)

    def say_recovered(self, over: QWidget) -> None:
        """What a recovery with the Emergency Kit changed (gui/recover_dialog.py), over `over`."""
        while self._recovery_words:
            from vault_app.gui.recover_dialog import say_recovered  # Lazy (start-up): only after a recovery

            say_recovered(over, self._recovery_words.pop(0))

    # --- quick unlock (services/quick_unlock.py) -------------------------------------------
    def _remember_proven(self, passphrase: str) -> None:
        """The passphrase of the full unlock that is about to open the main window."""
        self._proven_passphrase = passphrase

    @property
    def quick_ready(self) -> bool:
        """Whether the next unlock window may offer the PIN."""
        return self.sealed is not None and self.sealed.tries_left > 0

    def arm_quick_unlock(self, passphrase: str, pin: str | None = None) -> None:
        """Seal `passphrase` under the therapist's PIN (read from the vault when not given);
        without a PIN quick unlock stays off."""
        if pin is not None:
            self.psychotherapy_sealed = None  # a new PIN: the old one opens nothing more
        self._seal(passphrase, pin, self._armed)

    def _seal(self, passphrase: str, pin: str | None, done: Callable[[Sealed | None], None]) -> None:
        """On the worker (quick_seals.sealing); `done` gets None when there is no PIN."""
        self.query(None, quick_seals.sealing(passphrase, pin)).success(done).failure(log_only).run()

    def _drop_psychotherapy_seal_if_changed(self, vault: Vault) -> None:
        """Another program changed the passphrase (or replaced the keys) while the window was
        locked, and the therapist typed the passphrase at the unlock: the notes' seal may hold
        the old one, so their 2-minute lock asks for the passphrase again, not a PIN that can
        only be refused (services/quick_unlock.unlock_psychotherapy_with_pin)."""
        sealed = self.psychotherapy_sealed
        if sealed is not None and sealed.kdf_settings and quick_seals.sealed_for_other_keys(sealed, vault):
            self.psychotherapy_sealed = None

    def _armed(self, sealed: Sealed | None) -> None:
        if self.vault is not None:  # not if a passphrase-only lock came in between
            self.sealed = sealed

    def keys_changed(self, passphrase: str) -> None:
        """After a passphrase change or rekey: the sealed passphrase is the old one."""
        self.sealed = self.psychotherapy_sealed = None
        self.arm_quick_unlock(passphrase)

    # --- another vault folder ----------------------------------------------------------
    def switch_folder(self, folder: Path, reason: str = "") -> None:
        """Lock this vault and show the unlock window for the vault in `folder`."""
        # Lazy (start-up): app_settings (~8 ms, platformdirs) is read only once a vault opens
        from vault_app.gui import app_settings

        self.sealed = self.psychotherapy_sealed = None  # sealed for the other vault's passphrase
        self.folder = folder
        app_settings.remember_vault_folder(folder)
        self.folder_role = "chosen"
        message = reason or another_vault(folder)
        if self.vault is not None:
            self.lock(message)
        else:
            self.show_unlock(message)
        self._place_at_lock = None  # a chart of the vault left behind

    def back_to_default(self) -> None:
        """The unlock window's Open your default vault, beside a folder an earlier version remembered
        (gui/unlock_folder.REMEMBERED): forgotten, and the default vault's unlock shown."""
        from vault_app.gui import app_settings  # Lazy (start-up), as switch_folder
        from vault_app.services import paths

        app_settings.forget_vault_folder()
        self.sealed = self.psychotherapy_sealed = None  # sealed for the other folder's passphrase
        self.folder, self.folder_role = paths.vault_folder(None), "default"
        self.show_unlock()

    def _restored(self, folder: Path, next_step: str) -> None:
        """A backup was restored without an open vault (gui/restore_dialog.py): the unlock
        window of this folder stays; another folder opens as Open another vault… does."""
        self.sealed = self.psychotherapy_sealed = None  # sealed for the replaced vault's passphrase
        self._place_at_lock = None
        lock_anchor.forget(folder)  # this window's own restore: the unlock is not told of another program's
        if self.wizard is not None:
            self.wizard.deleteLater()
            self.wizard = None
        if self.unlock_window is None or folder.resolve() != self.folder.expanduser().resolve():
            self.switch_folder(folder, next_step)

    # --- navigation ---------------------------------------------------------------------------
    def open_chart(self, client_id: str, note_id: str | None = None, *, psychotherapy: bool = False,
                   attachment_id: str | None = None) -> None:
        """Ask for a chart (and optionally one of its notes, or one of its documents) to be shown."""
        self.chart_requested.emit(ChartRequest(client_id, note_id or None, psychotherapy, attachment_id or None))

    # --- locking ---------------------------------------------------------------------------
    def lock(self, reason: str = LOCKED, *, quick: bool = False) -> None:
        """`quick=True` (an idle lock, Lock now) may offer the PIN at the unlock window; every
        other lock (sleep, the OS's screen lock, a restore) drops it: passphrase only."""
        reason = lock_reason(reason)  # gui/lock_words.py: English reasons were shown on Spanish screens
        if not quick:
            self.sealed = self.psychotherapy_sealed = None
        vault = self.vault
        if vault is None:
            return
        if self._destruction.running:
            self._destruction.lock_waits(reason, quick)
            self._cover("lock")
            return
        if self.main_window is not None and self.main_window.quit_backup_running():
            # Quit was asked: the lock ends the app as the Quit would (the window goes now; the
            # app ends once its backup is made), rather than leaving it at the unlock window.
            self.main_window.quit_now()
            return
        stopped = beside_jobs.stop_for_lock()  # at once: nothing more of them reaches the vault
        self.idle.stop()
        self.psychotherapy_open = False
        if self.main_window is not None:
            window = self.main_window
            self.main_window = None
            # In memory only (a random id and a tab), for the unlock that follows this lock.
            from vault_app.gui import screen_place  # Lazy (start-up): see _show_main

            self._place_at_lock = screen_place.place_of(window)
            window.prepare_lock()  # queues pending autosaves before the lock below
            window.close_for_lock()
        forget_on_lock()
        self.vault = None
        for wait in stopped:
            run_op(None, wait, on_error=log_only)  # its thread lets go before the vault closes
        place = self._place_at_lock
        chart = place.client_id if place is not None and place.page == "chart" else None
        run_op(None, lambda: beside_jobs.lock_with_backup(vault, chart), on_error=log_only)
        self.locked.emit(reason)
        self.show_unlock(reason, by_lock=True)

    def quit_by_user(self) -> None:
        """The user ended the app (Quit, or closed its main, unlock or first-run window)."""
        self.quit()
        # The app ends once the worker has finished what it holds (a Back up now, the backup
        # at Quit), with a window that says so meanwhile (gui/quit_wait.py).
        # Lazy (start-up): only at the end
        from vault_app.gui import quit_wait, run_end

        quit_wait.end_when_idle(run_end.then(self.quit_requested.emit))  # its end noted last (run_end.py)

    def quit(self) -> None:
        """Lock on the way out (idempotent: also runs when the application is about to quit)."""
        vault = self.vault
        stopped = beside_jobs.stop_for_lock()
        self.idle.stop()
        self.vault = None
        self.psychotherapy_open = False  # its compartment closes with the vault, as at a lock
        self.main_window = None
        self.sealed = self.psychotherapy_sealed = None
        forget_on_lock()
        beside_jobs.abandon_background_backup()
        for wait in stopped:
            run_op(None, wait, on_error=log_only)
        if vault is not None:
            run_op(None, lambda: beside_jobs.backup_then_lock(vault), on_error=log_only)


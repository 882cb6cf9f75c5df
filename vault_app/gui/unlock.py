"""The unlock window: the passphrase, or the quick-unlock PIN after an idle lock (the Emergency
Kit's recovery and the restore from a backup it opens are unlock_recover_restore.py, loaded when
opened).

The unlock window is the first thing a user waits for, so building it reads nothing of
PySide6's `Qt` namespace (the first `QtCore.Qt` read creates all 93 of its enums, about
20 ms here) and starts no worker thread: alignment comes from the style sheet
(`centered` labels, see theme.py) and stretches, and what can wait (the selectable error
text, the failed-attempts line read on the worker) is set up after the first paint
(`first_painted`, `finish_setup`). The launcher builds the controller then too.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from vault_app.gui import theme
from vault_app.gui.forms import error_label
from vault_app.gui.passphrase import PassphraseField, show_by_key
from vault_app.gui.unlock_folder import REMEMBERED, folder_line
from vault_app.gui.wrapped_label import WrappedLabel
from vault_app.services.vault_folder import failed_attempts, refused_reasks

if TYPE_CHECKING:
    # Annotations only: creating PySide6's event types costs ~1.5 ms on the way up.
    from PySide6.QtGui import QCloseEvent, QPaintEvent

    from vault_app.crypto.kdf import KdfParams
    from vault_app.gui.typing_guard import TypingGuard
    from vault_app.services.quick_unlock import Sealed


def _working(window: UnlockWindow, what: str) -> None:
    """The words of a long unlock (gui/unlock_working.py), loaded when one runs long."""
    from vault_app.gui import unlock_working  # Lazy (start-up): not for the first paint

    getattr(unlock_working, what)(window)


def _failed_attempts(folder: Path) -> tuple[int, int]:
    # The light reader: importing services.vault here (crypto, SQLCipher; ~40 ms) held the
    # GIL against the first paint and delayed the window by ~25 ms. warmup.py loads it later.
    return failed_attempts(folder), refused_reasks(folder)


class UnlockWindow(QWidget):
    unlocked = Signal(object)
    # Just before `unlocked` after a full unlock (or a recovery's new passphrase): the controller
    # seals it for quick unlock.
    passphrase_proven = Signal(str)
    closed_by_user = Signal()  # the user closed the window: the app ends (see AppController)
    # Emitted once, on the event-loop turn after the window was first painted.
    first_painted = Signal()
    # Emitted just before an unlock (passphrase, PIN or recovery) starts: the launcher
    # makes sure the controller that receives `unlocked` exists by then.
    unlock_started = Signal()
    # A backup was restored into this folder or another one (restore_dialog.py): the
    # controller drops what it sealed for the vault that was here, or opens the other folder.
    restored = Signal(object, str)  # the folder, and what its unlock needs (said in the window)
    # Just before `unlocked` after a recovery with the Emergency Kit: what it changed, in words,
    # for the controller to say once its main window is up (AppController.say_recovered).
    recovery_said = Signal(str)
    # Open your default vault: the folder is one an earlier version remembered (gui/unlock_folder.REMEMBERED).
    default_asked = Signal()

    # Past the passphrase's own work (the KDF: about a second as calibrated), an unlock that
    # still runs is doing more than opening, and says so.
    STILL_WORKING_MS = 5000

    def __init__(
        self, folder: Path, *, kdf_params: KdfParams | None = None, reason: str = "",
        sealed: Sealed | None = None, defer_setup: bool = False, folder_role: str = "default",
    ) -> None:
        """`defer_setup`: the app's first window; `finish_setup` runs after the first paint."""
        super().__init__()
        self.folder = folder
        self.kdf_params = kdf_params
        self.sealed = sealed
        # Failed unlocks counted on disk (the attempts line's count, plus this window's since): a
        # wrong passphrase's words name the kit from unlock_wrong.KIT_AFTER on. `_refused`: the wrong
        # passphrase the message says, said again when the count read after it is higher.
        self._failures = 0
        self._refused: BaseException | None = None
        self.setObjectName("unlockWindow")
        self.setWindowTitle(self.tr("Unlock vault"))
        self.setWindowIcon(theme.icon("app"))
        title = QLabel(self.tr("Unlock your vault"))
        title.setObjectName("pageTitle")
        # A parent from the start: shown while it had none (a reason given), it was a window of its
        # own for a moment (tests/gui/parentless.py).
        self.reason_label = QLabel(reason, self)
        self.reason_label.setObjectName("calmNote")
        self.reason_label.setVisible(bool(reason))
        self.passphrase = PassphraseField(self.tr("Passphrase"), self.tr("Passphrase"))
        # Alt letters of their own (found walking the real app by keyboard: only Tab reached them).
        self.passphrase.with_letters(self.tr("&Show"), self.tr("&Hide"))
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.clicked.connect(self.try_unlock)
        self.passphrase.edit.returnPressed.connect(self.try_unlock)
        self.attempts_label = QLabel(" ")
        self.attempts_label.setObjectName("calmNote")
        self.attempts_label.setAccessibleName(self.tr("Failed attempts"))
        self.message = error_label()
        self.message.setAccessibleName(self.tr("Unlock problem"))
        # Said when an unlock runs long (STILL_WORKING_MS): seen in the real app, the first unlock
        # after an update kept a 1x vault at a bare "Unlocking…" for about 30 s (the upgrade's
        # verified copy, the search index built), which reads as a hang.
        self.working_label = WrappedLabel("")
        self.working_label.setObjectName("calmNote")
        self.working_label.setAccessibleName(self.tr("Still unlocking"))
        self.working_label.setVisible(False)
        self._still_working = QTimer(self)
        self._still_working.setSingleShot(True)
        self._still_working.timeout.connect(lambda: _working(self, "say_still_working"))
        # An interrupted destruction this unlock finishes is said as soon as it begins (found by a
        # walker: "the first unlock after an update or a restore" was said over 20 s of it).
        self._finishing_look = QTimer(self)
        self._finishing_look.setInterval(250)
        self._finishing_look.timeout.connect(lambda: _working(self, "say_finishing"))
        self._wait: Any = None  # unlock_wait.UnlockWait, made at the first unlock the core slows
        # Its own Alt letter (Alt+E; Alt+K in Spanish): R is Restore's, in both languages.
        self.recover_button = QPushButton(self.tr("Recover with &Emergency Kit…"))
        self.recover_button.setFlat(True)
        self.recover_button.setAccessibleName(self.tr("Recover with Emergency Kit"))
        self.recover_button.clicked.connect(self.open_recovery)
        # The way back from "rolled back" or a damaged file without a terminal (cmd_restore).
        self.restore_button = QPushButton(self.tr("&Restore from a backup…"))
        self.restore_button.setFlat(True)
        self.restore_button.setAccessibleName(self.tr("Restore from a backup"))
        self.restore_button.clicked.connect(self.open_restore)
        # Wrapped claiming its lines: a plain wrapped QLabel claimed one, so with a two-line folder
        # line the window stayed too short and the refusal above sat on its buttons (the real app).
        self.folder_label = folder_label = WrappedLabel(folder_line(folder, folder_role))
        folder_label.setAccessibleName(self.tr("Vault folder"))
        folder_label.setObjectName("calmNote")
        # The way back from a folder an earlier version remembered, in one step (gui/unlock_folder.py).
        # A parent from the start: unhidden while it had none (a remembered folder), it was a window
        # of its own for a moment (tests/gui/parentless.py).
        self.default_button = QPushButton(self.tr("Open your &default vault"), self)
        self.default_button.setFlat(True)
        self.default_button.setAccessibleName(self.tr("Open your default vault"))
        self.default_button.setHidden(folder_role != REMEMBERED)
        self.default_button.clicked.connect(self.default_asked)

        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        self.pin_row = QuickUnlockRow(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 24)
        icon = QLabel()
        icon.setPixmap(theme.icon("app").pixmap(56, 56))
        for label in (icon, title, self.reason_label):
            theme.center(label)
        layout.addWidget(icon)
        layout.addWidget(title)
        layout.addWidget(self.reason_label)
        layout.addSpacing(12)
        layout.addLayout(row)
        layout.addWidget(self.pin_row)
        layout.addWidget(self.attempts_label)
        layout.addWidget(self.message)
        layout.addWidget(self.working_label)
        # The room the reason line has above: a refusal of several lines (a file put back) sat
        # flush on the buttons under it once the window was as tight as its text (the real app).
        layout.addSpacing(12)
        layout.addStretch(1)
        layout.addLayout(_at_left(self.recover_button, self.restore_button))
        layout.addWidget(folder_label)
        layout.addLayout(_at_left(self.default_button))
        self.resize(480, 340)
        self.busy = False
        self._dismissed = False
        self._painted = False
        self._set_up = False
        self.passphrase_widgets = (self.passphrase, self.unlock_button)
        self.typing_guard: TypingGuard | None = None
        self.use_pin(sealed is not None)
        if not defer_setup:
            self.finish_setup()

    def hold_typing(self, clock: Callable[[], float]) -> None:
        """Shown by a lock: keys of the burst going on as it appeared are not taken (gui/typing_guard.py)."""
        # Lazy (start-up): only a lock needs it, never the app's first window
        from vault_app.gui.typing_guard import TypingGuard

        watched = (self, self.passphrase.edit, self.passphrase.toggle, self.unlock_button, self.pin_row.pin,
                   self.pin_row.unlock_button, self.pin_row.passphrase_button, self.recover_button,
                   self.restore_button)
        self.typing_guard = TypingGuard(watched, self._say_keys_dropped, clock=clock, parent=self)
        self.typing_guard.arm()

    def _say_keys_dropped(self) -> None:
        self._refused = None
        self.message.setText(self.tr(
            "The keys typed as the vault locked were not taken here, and nothing was tried with them: they were "
            "meant for your work. Pause a moment, then type your passphrase or PIN."))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._after_first_paint)  # once this paint is on screen

    def _after_first_paint(self) -> None:
        self.finish_setup()
        self.first_painted.emit()

    def finish_setup(self) -> None:
        """What the window needs before the user acts, but not before it is drawn."""
        if self._set_up:
            return
        self._set_up = True
        from PySide6.QtCore import Qt  # Lazy (start-up): see the module's docstring

        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Ctrl+Q quits from here too (docs/gui.md: from any window). Found at the end of a day:
        # the vault had idle-locked and Ctrl+Q did nothing. The quit is the window's close, the
        # path its close button takes (closed_by_user: AppController.quit_by_user, or ending the
        # app before the controller exists), so it locks and ends the app as Vault > Quit does.
        from PySide6.QtGui import QKeySequence, QShortcut  # Lazy (start-up): after the first paint

        from vault_app.gui.shortcuts import DEFAULTS  # Lazy (start-up): as QShortcut, after the first paint

        self.quit_shortcut = QShortcut(QKeySequence(DEFAULTS["quit"]), self)
        self.quit_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.quit_shortcut.activated.connect(self.close)
        from vault_app.gui.unlock_escape import EscapeToClose  # Lazy (start-up): after the first paint

        self.escape = EscapeToClose(self, self.message, (self.passphrase.edit, self.pin_row.pin), lambda: self.busy)
        self.refresh_attempts()
        from vault_app.gui import second_instance  # Lazy (start-up): after the first paint

        second_instance.check(self)  # open in another window: said before a passphrase is typed for nothing

    def use_pin(self, on: bool) -> None:
        """Offer the PIN (after an idle lock, when quick unlock is armed) or the passphrase."""
        self.pin_row.setVisible(on)
        for widget in self.passphrase_widgets:
            widget.setVisible(not on)
        (self.pin_row.pin if on else self.passphrase).setFocus()

    def try_pin(self) -> None:
        # Lazy (start-up): vault code, loaded by the warm-up after the first paint (VAULT_CODE, test_startup_imports.py)
        from vault_app.services.quick_unlock import open_with_pin

        pin = self.pin_row.pin.text()
        sealed = self.sealed
        if self.busy or not pin or sealed is None:
            return
        # Lazy (start-up): the worker starts after the first paint (AFTER_FIRST_PAINT, test_startup_imports.py)
        from vault_app.gui.background import run_op
        from vault_app.gui.unlock_on_worker import unsealed, warmed

        self.unlock_started.emit()
        folder = self.folder
        self.clear_refusal()
        self._set_busy(True)
        run_op(self, lambda: warmed(unsealed(lambda: open_with_pin(folder, sealed, pin))), on_success=self._opened,
               on_error=self._pin_failed)

    def _pin_failed(self, exc: BaseException) -> bool:
        # Lazy (start-up): vault code, loaded by the warm-up after the first paint (VAULT_CODE, test_startup_imports.py)
        from vault_app.services.quick_unlock import QuickUnlockUnavailable, WrongPin

        self._set_busy(False)
        self.pin_row.pin.clear()
        spent = self.sealed is None or self.sealed.tries_left <= 0
        # Lazy (start-up), as above: only a refused PIN needs the refusals' words
        from vault_app.gui.refusal_words import refusal_text

        if isinstance(exc, WrongPin | QuickUnlockUnavailable) and spent:
            self.use_pin(False)
            self.message.setText(refusal_text(exc))
            return True
        if isinstance(exc, WrongPin):
            self.message.setText(refusal_text(exc))
            self.pin_row.pin.setFocus()
            return True
        return self._failed(exc)

    def clear_refusal(self) -> None:
        """No refusal said any more: a new try, or the vault replaced by a restore."""
        self.message.setText("")
        self._refused = None

    def dismiss(self) -> None:
        """Close because the app moves on (unlocked, or replaced by a newer unlock window)."""
        self._dismissed = True
        self.close()
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        from vault_app.gui.quit_unsaved import held_back  # Lazy (start-up): words a lock kept in memory, asked first
        if not self._dismissed and held_back(self):
            event.ignore()
            return
        if not self._dismissed:
            self.closed_by_user.emit()
        event.accept()

    def refresh_attempts(self) -> None:
        # Lazy (start-up): the worker starts after the first paint (AFTER_FIRST_PAINT, test_startup_imports.py)
        from vault_app.gui.background import run_op

        folder = self.folder
        run_op(self, lambda: _failed_attempts(folder), on_success=self._show_attempts)

    def _show_attempts(self, counts: Any) -> None:
        count, refused = counts
        if count > self._failures:
            self._failures = count
            if self._refused is not None:
                self._say_refused(self._refused)
        said = []
        if count:
            said.append(
                self.tr("1 failed unlock attempt since the vault was last opened.") if count == 1 else
                self.tr("{0} failed unlock attempts since the vault was last opened.").format(count))
        if refused:
            # Not failed unlocks, but someone at the open vault may have been guessing: said here,
            # where the therapist looks, not only in the ledger (vault_passphrase.py).
            said.append(
                self.tr("1 wrong passphrase was typed inside the open vault since it was last opened.")
                if refused == 1 else
                self.tr("{0} wrong passphrases were typed inside the open vault since it was last opened.")
                .format(refused))
        self.attempts_label.setText("\n".join(said) if said else " ")  # one line each: the window keeps its width

    def _set_busy(self, busy: bool) -> None:
        from vault_app.gui import unlock_type_ahead  # Lazy (start-up): only once an unlock runs

        self.busy = busy
        self.unlock_button.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)
        self.pin_row.setEnabled(not busy)
        self.unlock_button.setText(self.tr("Unlocking…") if busy else self.tr("&Unlock"))
        if busy:
            unlock_type_ahead.hold(self)  # keys typed while the vault opens: never the passphrase's
            _working(self, "look_for_swap_mark")  # the long unlock's words, read beside
            self._still_working.start(self.STILL_WORKING_MS)
            self._finishing_look.start()
        else:
            unlock_type_ahead.settle()
            self._still_working.stop()
            self._finishing_look.stop()
            if self._wait is not None:
                self._wait.stop()
            self.working_label.setVisible(False)

    def try_unlock(self) -> None:
        phrase = self.passphrase.text()
        if self.busy or not phrase:
            return
        # Lazy (start-up): the worker starts after the first paint (AFTER_FIRST_PAINT, test_startup_imports.py)
        from vault_app.gui.background import run_op
        from vault_app.gui.unlock_on_worker import unsealed, warmed
        from vault_app.services.vault import open_vault

        self.finish_setup()  # Enter pressed before the first paint's turn came: no matter
        self.unlock_started.emit()
        folder = self.folder
        self.clear_refusal()
        self._set_busy(True)
        from vault_app.gui.unlock_wait import say_wait  # Lazy (start-up): when an unlock starts

        say_wait(self)  # the core's wait after repeated wrong passphrases, counted down
        run_op(self, lambda: warmed(unsealed(lambda: open_vault(folder, phrase))),
               on_success=lambda v: self._opened_with(v, phrase),
               on_error=self._failed)

    def _opened_with(self, vault: Any, phrase: str) -> None:
        self.passphrase_proven.emit(phrase)
        self._opened(vault)

    def _opened(self, vault: Any) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.unlocked.emit(vault)

    def _failed(self, exc: BaseException) -> bool:
        self._set_busy(False)
        # Lazy (start-up), as unlock_refused.explain's
        from vault_app.domain.errors import WrongPassphrase

        if isinstance(exc, WrongPassphrase):
            self._failures += 1  # counted on disk by the core; the count read next confirms it
            self._refused = exc
        text, way = self._say_refused(exc)
        if not text:
            return False
        if isinstance(exc, WrongPassphrase):
            # Emptied for the next try, as a wrong PIN is: kept, one click on Show put the refused
            # passphrase (most often the right one with a typo) in clear on the screen of a shared
            # desk (Spanish day walker, round 46; docs/gui.md said "empty" all along).
            self.passphrase.edit.clear()
        else:  # the passphrase may be right (a records file put back): Enter tries it again
            self.passphrase.edit.selectAll()
        self.passphrase.setFocus()
        # Enter or Space then takes the way forward; typing the passphrase again cannot help,
        # but what is typed goes back into its hidden field, never into the way's window.
        button = {"recover": self.recover_button, "restore": self.restore_button}.get(way)
        if button is not None:
            # Lazy (start-up): only a refusal with a way forward needs it, never the first paint
            from vault_app.gui.unlock_way_keys import typing_goes_to_passphrase

            typing_goes_to_passphrase(button, self.passphrase.edit)
            button.setFocus()
        self.refresh_attempts()
        return True

    def _say_refused(self, exc: BaseException) -> tuple[str, str]:
        # Lazy (start-up): only a refused unlock needs its words (SHOWN_WITH, test_startup_imports.py)
        from vault_app.gui.unlock_refused import explain

        text, way = explain(exc, self._failures, self.tr("Recover with Emergency Kit"))
        if text:
            self.message.setText(text)
        return text, way

    def open_recovery(self) -> None:
        # Lazy (start-up): only a recovery needs it, never the window's first paint
        from vault_app.gui.unlock_recover_restore import open_recovery

        open_recovery(self)

    def open_restore(self) -> None:
        if self.busy:
            return
        # Lazy (start-up): only a restore needs it
        from vault_app.gui.unlock_recover_restore import open_restore

        open_restore(self)


class QuickUnlockRow(QWidget):
    """The PIN field shown instead of the passphrase after an idle lock."""

    def __init__(self, window: UnlockWindow) -> None:
        super().__init__(window)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        show_by_key(self.pin)
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin.setPlaceholderText(self.tr("Your quick-unlock PIN"))
        self.pin.returnPressed.connect(window.try_pin)
        self.unlock_button = QPushButton(self.tr("Unlock with &PIN"))
        self.unlock_button.setAccessibleName(self.tr("Unlock with PIN"))
        self.unlock_button.clicked.connect(window.try_pin)
        self.passphrase_button = QPushButton(self.tr("Use &my passphrase instead"))
        self.passphrase_button.setFlat(True)
        self.passphrase_button.setAccessibleName(self.tr("Use my passphrase instead"))
        self.passphrase_button.clicked.connect(lambda: window.use_pin(False))
        row = QHBoxLayout()
        row.addWidget(self.pin, 1)
        row.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(_at_left(self.passphrase_button))


def _at_left(*widgets: QWidget) -> QHBoxLayout:
    """`widgets` at their natural width on the left of a row (an alignment flag without `Qt`)."""
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


"""The page a note kind behind its own unlock shows while locked (psychotherapy notes): the
passphrase, or, after a full passphrase unlock of the compartment in this run and with
quick unlock on, the PIN (services/quick_unlock.py; docs/SECURITY.md says what it weakens).
Three wrong PINs, sleep, the OS's lock and a restart leave only the passphrase."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from vault_app.domain.errors import WrongPassphrase
from vault_app.gui import theme
from vault_app.gui.passphrase import PassphraseField, show_by_key
from vault_app.gui.refusal_words import refusal_text
from vault_app.gui.widgets import aloud_label, empty_note
from vault_app.services.quick_unlock import QuickUnlockUnavailable, WrongPin

if TYPE_CHECKING:
    from vault_app.gui.seam import App


class NoteLockPage(QWidget):
    """Locked psychotherapy notes: the way back in."""

    def __init__(self, controller: App) -> None:
        super().__init__()
        self.controller = controller
        icon = QLabel()
        icon.setPixmap(theme.icon("lock").pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        title = QLabel(self.tr("Psychotherapy notes are locked"))
        title.setObjectName("pageTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.explain = explain = empty_note("")
        explain.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        self.passphrase = PassphraseField(self.tr("Passphrase"), self.tr("Passphrase for psychotherapy notes"))
        self.passphrase.edit.returnPressed.connect(self.unlock)
        # Wide enough to read what it asks for: on a 1000-pixel screen in Spanish the row's
        # longer button left it "Frase de contrase…" (found on Xvfb).
        edit = self.passphrase.edit
        edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 24)
        self.unlock_button = QPushButton(theme.icon("unlock"), self.tr("Unlock psychotherapy notes"))
        self.unlock_button.setAccessibleName(self.tr("Unlock psychotherapy notes"))
        self.unlock_button.clicked.connect(self.unlock)
        self.passphrase_row = QWidget()
        row = QHBoxLayout(self.passphrase_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(self.passphrase, 2)
        row.addWidget(self.unlock_button)
        row.addStretch(1)

        # The PIN row (the same words and names as the unlock window's).
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        show_by_key(self.pin)
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin.setPlaceholderText(self.tr("Your quick-unlock PIN"))
        self.pin.returnPressed.connect(self.unlock_with_pin)
        self.pin_button = QPushButton(theme.icon("unlock"), self.tr("Unlock with PIN"))
        self.pin_button.setAccessibleName(self.tr("Unlock with PIN"))
        self.pin_button.clicked.connect(self.unlock_with_pin)
        self.use_passphrase_button = QPushButton(self.tr("Use passphrase"))
        self.use_passphrase_button.clicked.connect(lambda: self.use_pin(False))
        self.pin_row = QWidget()
        prow = QHBoxLayout(self.pin_row)
        prow.setContentsMargins(0, 0, 0, 0)
        prow.addStretch(1)
        prow.addWidget(self.pin, 2)
        prow.addWidget(self.pin_button)
        prow.addWidget(self.use_passphrase_button)
        prow.addStretch(1)

        self.message = aloud_label("", "verdictRefused")  # said to a screen reader as it comes
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(icon)
        layout.addWidget(title)
        layout.addWidget(explain)
        layout.addSpacing(12)
        layout.addWidget(self.passphrase_row)
        layout.addWidget(self.pin_row)
        layout.addWidget(self.message, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.use_pin(False)

    def offer(self) -> None:
        """Shown again (locked, or another chart): the PIN when quick unlock may open it."""
        self.message.setText("")
        self.use_pin(self.controller.psychotherapy_quick_ready)

    def use_pin(self, on: bool) -> None:
        self.explain.setText(self.tr(
            "They are kept apart from the rest of the record. You opened them with your passphrase "
            "in this session, so your quick-unlock PIN opens them again; after three wrong PINs "
            "only the passphrase does.") if on else self.tr(
            "They are kept apart from the rest of the record and open only with your passphrase. "
            "They lock again after 2 minutes without activity."))
        self.pin_row.setVisible(on)
        self.passphrase_row.setVisible(not on)
        self.pin.clear()
        self.take_keyboard()

    def unlock(self) -> None:
        phrase = self.passphrase.text()
        if not phrase:  # Enter on an empty field: say what is missing rather than nothing
            self.message.setText(self.tr("Type your passphrase to unlock the psychotherapy notes."))
            return
        self.message.setText("")

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, WrongPassphrase):
                self.message.setText(self.tr("That passphrase is not right."))
                return True
            return False

        self.controller.unlock_psychotherapy(self, phrase, on_error=failed)
        self.passphrase.clear()

    def unlock_with_pin(self) -> None:
        pin = self.pin.text()
        if not pin:
            return
        self.message.setText("")
        self.pin.clear()
        self.controller.unlock_psychotherapy_with_pin(self, pin, on_error=self._pin_failed)

    def _pin_failed(self, exc: BaseException) -> bool:
        if not isinstance(exc, WrongPin | QuickUnlockUnavailable):
            return False
        if not self.controller.psychotherapy_quick_ready:
            self.use_pin(False)  # the third wrong PIN (or a seal dropped meanwhile): passphrase only
        else:
            self.pin.setFocus()
        self.message.setText(refusal_text(exc))
        return True

    def take_keyboard(self) -> None:
        """The therapist turned to this page: what they type next is the passphrase (or PIN),
        not keys for the button that had the keyboard before (Space on New note opened a note
        and the rest of the passphrase was typed and saved into it: found in the real app).
        Only while the page is on screen: offered for every chart shown and at the notes' own
        lock, a hidden page took the keyboard from the client search or the chart, and what the
        therapist typed next went into a passphrase field nobody saw, Enter unlocking with it
        (found walking the day by keyboard)."""
        if not self.isVisible():
            return
        field = self.pin if self.pin_row.isVisibleTo(self) else self.passphrase.edit
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear(self) -> None:
        self.passphrase.clear()
        self.pin.clear()
        self.message.setText("")


__all__ = ["NoteLockPage"]

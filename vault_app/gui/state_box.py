"""The license-state choice of the first-run wizard, picked by typing as a therapist types it."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox

from vault_app.domain.us_states import match_state
from vault_app.gui.state_words import state_names


class StateBox(QComboBox):
    """Typing "TX" or "Texas" picks Texas. Qt's own search went by each letter typed into the
    closed box: "Texas" chose TN (Tennessee, the first T), then found nothing for "Te" and kept
    it, a wrong state for the letters and certificates signed with it (found in the real app)."""

    def __init__(self, empty_text: str) -> None:
        super().__init__()
        self.addItem(empty_text, "")
        self._names = state_names()  # in the screen's language, as listed and as typed
        for code in sorted(self._names):
            self.addItem(f"{code} – {self._names[code]}", code)
        self._typed = ""
        self._since = QElapsedTimer()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        plain = not (event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier))
        # A space inside a name ("New York") goes on with the search; alone it opens the list.
        if not plain or not text or not (text.isalpha() or text in ".-" or (text == " " and self._typed)):
            super().keyPressEvent(event)
            return
        fresh = not self._since.isValid() or self._since.elapsed() > QApplication.keyboardInputInterval()
        self._typed = text if fresh else self._typed + text
        self._since.start()
        code = match_state(self._typed, self._names)
        if code is not None:
            self.setCurrentIndex(self.findData(code))
        event.accept()

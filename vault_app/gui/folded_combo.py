"""A drop-down found by typing any word of an item, accents and case ignored.

Qt's own drop-down finds an item by the start of its text, accent for accent: in New appointment,
"ang" never reached "Ángel Zúñiga", nor "zu" (walker wspanish, round 39: a keyboard-first therapist
with Spanish-speaking clients). Here what is typed is matched against the start of each word of each
item, both folded as the client list's search folds them (storage fold_for_search's rule: NFKD,
combining marks dropped, casefolded). The letters typed add up while they still find an item and come
without a pause (Qt's keyboard input interval, as Qt's own search); one that finds none starts a new
search with itself."""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import QElapsedTimer, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

_WORD_START = re.compile(r"(?:^|[\s\-'’(·,])(\w)")


def folded(text: str) -> str:
    """Text as typing compares it: accents and case ignored ("Ángel" -> "angel")."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in plain if not unicodedata.combining(c))


def word_starts(text: str) -> list[int]:
    """Where each word of a folded text starts."""
    return [m.start(1) for m in _WORD_START.finditer(text)]


class FoldedSearchCombo(QComboBox):
    """A QComboBox whose typed letters find an item by the start of any of its words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed = ""
        self._since = QElapsedTimer()  # since the last letter typed: a pause starts a new search

    def find_typed(self, typed: str) -> int:
        """The first item, from the current one on, with a word starting with `typed` (folded); -1 if none."""
        wanted = folded(typed)
        count = self.count()
        start = max(self.currentIndex(), 0)
        for step in range(count):
            row = (start + step) % count
            text = folded(self.itemText(row))
            if any(text.startswith(wanted, at) for at in word_starts(text)):
                return row
        return -1

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._typed = ""
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        plain = not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                                         | Qt.KeyboardModifier.MetaModifier)
        if plain and text and text.isprintable() and not text.isspace() and self.count():
            if not self._since.isValid() or self._since.elapsed() > QApplication.keyboardInputInterval():
                self._typed = ""
            self._since.restart()
            found = self.find_typed(self._typed + text)
            if found >= 0:
                self._typed += text
            else:  # a new search with this letter alone
                self._typed, found = text, self.find_typed(text)
            if found >= 0:
                self.setCurrentIndex(found)
            event.accept()
            return
        self._typed = ""
        super().keyPressEvent(event)


__all__ = ["FoldedSearchCombo", "folded", "word_starts"]

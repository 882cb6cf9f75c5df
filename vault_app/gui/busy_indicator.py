"""The "Please wait" window of an operation (gui/background.py), which gives back what was typed
into it.

It appears 400 ms after an operation began, while the therapist may be typing: a walker typed
"amberf" into the client search as a check began, and the "f" went to the window that had just
appeared and was lost. What it gets as typing (letters, digits, spaces, Backspace) goes back to
the text field that had the keyboard when it appeared, once it closes. Nothing else is given
back: Enter, Tab, shortcuts, and anything meant for a button (a space would press it) are
dropped as before, so the wait still stops a second operation from being started meanwhile.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QProgressDialog,
    QTextEdit,
    QWidget,
)

_EDITING_KEYS = (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)
_TYPING_MODIFIERS = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier


def takes_typing(widget: QWidget) -> bool:
    """A field that typed text goes into (never a button, a list or a box to tick)."""
    if isinstance(widget, QLineEdit | QAbstractSpinBox):
        return widget.isEnabled() and not (isinstance(widget, QLineEdit) and widget.isReadOnly())
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return widget.isEnabled() and not widget.isReadOnly()
    if isinstance(widget, QComboBox):
        return widget.isEnabled() and widget.isEditable()
    return False


def _typing(event: QKeyEvent) -> bool:
    if event.modifiers() & ~_TYPING_MODIFIERS:
        return False  # a shortcut, not typing
    if event.key() in _EDITING_KEYS:
        return True
    text = event.text()
    return bool(text) and text.isprintable()


class BusyIndicator(QProgressDialog):
    def __init__(self, label: str, parent: QWidget, typing_into: QWidget | None) -> None:
        super().__init__(label, "", 0, 0, parent)
        self._into = typing_into if typing_into is not None and takes_typing(typing_into) else None
        self._typed: list[tuple[int, Qt.KeyboardModifier, str]] = []

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._into is not None and _typing(event):
            self._typed.append((event.key(), event.modifiers(), event.text()))
            event.accept()
            return
        super().keyPressEvent(event)

    def give_back_typed(self) -> None:
        """What was typed into this window, into the field that had the keyboard (if it is
        still there and still takes typing); once."""
        typed, self._typed = self._typed, []
        into = self._into
        if not typed or into is None or not shiboken6.isValid(into) or not takes_typing(into):
            return
        for key, modifiers, text in typed:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QCoreApplication.sendEvent(into, QKeyEvent(kind, key, modifiers, text))


__all__ = ["BusyIndicator", "takes_typing"]

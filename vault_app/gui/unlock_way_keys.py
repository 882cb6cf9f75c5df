"""Typing on the unlock window's way forward goes into the passphrase field. A refusal that
only a backup (or the Emergency Kit) can answer puts the keyboard on that button, so Enter or
Space takes it (gui/unlock.py). Found walking the real app: after "records.db is older…" the
therapist typed the passphrase again, as one does; its first word went nowhere, its first
space pressed "Restore from a backup…", and the rest of the passphrase landed in the Restore
window's backup-path field, in clear text on the screen.

So a printable key on the button (not Space, not with Ctrl/Alt/Meta) moves the keyboard to the
passphrase field, the passphrase there selected, and types itself there: what follows,
spaces too, goes into the hidden field. Enter and Space alone on the button still take it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QLineEdit

_CHORD = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
          | Qt.KeyboardModifier.MetaModifier)
_NAME = "unlockWayKeys"


class _TypingGoesToPassphrase(QObject):
    def __init__(self, button: QAbstractButton, edit: QLineEdit) -> None:
        super().__init__(button)
        self.setObjectName(_NAME)
        self._edit = edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        text = event.text()
        if not text or not text.isprintable() or text.isspace() or event.modifiers() & _CHORD:
            return False
        edit = self._edit
        edit.setFocus(Qt.FocusReason.OtherFocusReason)
        edit.selectAll()  # typed again from its start: it replaces the one refused
        QCoreApplication.sendEvent(edit, QKeyEvent(event.type(), event.key(), event.modifiers(), text))
        return True


def typing_goes_to_passphrase(button: QAbstractButton, edit: QLineEdit) -> None:
    """Install (once) on `button`: printable keys typed on it go into `edit`."""
    if button.findChild(QObject, _NAME) is None:
        button.installEventFilter(_TypingGoesToPassphrase(button, edit))


__all__ = ["typing_goes_to_passphrase"]

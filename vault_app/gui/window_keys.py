"""The main window's shortcuts come before a text field's own keys.

Found in the real app: after a chart was found by typing its name into the client search,
Ctrl+E (Export or disclose…) did nothing. On Linux a text field takes Ctrl+E as "end of
line" and Ctrl+D as "delete" (Qt's X11 key bindings), and a widget that claims a key first
(its ShortcutOverride) keeps it from every shortcut. The app's menu shortcuts are the ones
a therapist learns; in this window they win.

A filter is put on each text field of the window as it takes the keyboard (one call per
focus change), not on the application (one call per event of every widget).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from vault_app.gui.focus_watch import follow_focus

_TEXT_FIELDS = (QLineEdit, QAbstractSpinBox, QPlainTextEdit, QTextEdit)


class WindowKeysFirst(QObject):
    """`keys()`: the window's shortcuts now (read at each key, so a changed one counts)."""

    def __init__(self, window: QWidget, keys: Callable[[], list[QKeySequence]]) -> None:
        super().__init__(window)
        self._window = window
        self._keys = keys
        follow_focus(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, _TEXT_FIELDS) and new.window() is self._window:
            new.installEventFilter(self)  # installed once: Qt keeps a filter a single time

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            if any(pressed == key for key in self._keys()):
                event.ignore()  # not claimed by the field: the window's shortcut runs
                return True
        return False


__all__ = ["WindowKeysFirst"]

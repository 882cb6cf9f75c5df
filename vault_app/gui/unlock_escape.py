"""Escape on the unlock window: it ends the app, as its close button and Ctrl+Q do, but never throws
away a typed passphrase or PIN at one key (found by a walker: Escape did nothing, and a second
start's "open in another window" needed Alt+F4).

KeePassXC closed the database on Escape in its unlock screen and its users lost what they had typed
(keepassxc#11199); it now asks for a second Escape. The same here: with nothing typed, Escape ends
the app at once; with something typed, the first Escape says that a second one ends it and forgets
what was typed, and typing again takes that back. While an unlock runs, Escape does nothing: the
app is never ended half way through opening the vault (the close button's path waits for it)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget


class EscapeToClose(QObject):
    """`edits`: the passphrase's and the PIN's fields; `message`: the window's problem line; `busy`:
    whether an unlock runs (the window's parts, not the window: no import circle with gui/unlock.py)."""

    def __init__(self, window: QWidget, message: QLabel, edits: Sequence[QLineEdit], busy: Callable[[], bool]) -> None:
        super().__init__(window)
        self.window, self.message, self.edits, self.busy = window, message, tuple(edits), busy
        self.armed = False
        self.shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), window)
        self.shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.shortcut.activated.connect(self.pressed)
        for edit in self.edits:
            edit.textChanged.connect(self.disarm)

    def pressed(self) -> None:
        if self.busy():
            return
        if self.armed or not any(edit.text() for edit in self.edits):
            self.window.close()
            return
        self.armed = True
        self.message.setText(self.tr("Press Escape again to quit the app: what you typed is not kept. "
                                            "Keep typing to stay."))

    def disarm(self) -> None:
        if self.armed:
            self.armed = False
            self.message.setText("")


__all__ = ["EscapeToClose"]

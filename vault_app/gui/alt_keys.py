"""Alt and a letter that no shortcut took does nothing, instead of reaching the field.

Found in the real app (Qt on X11): Alt and a letter that is no menu's, button's or label's
underlined letter went on to the field with the keyboard as the letter itself. A combo box took
it as a search and chose another item (a disclosure's legal basis changed by accident), and a
note got the letter typed into it.

Qt first offers the keys to the shortcuts (a ShortcutOverride to the field, then the mnemonics
and the menus' keys); only a key press that nothing claimed comes to the field. That key press
is the one stopped here, when Alt alone is held and it would type something. Everything else
goes on as before:
- Not on macOS, where Option is Alt to Qt and types characters (see `guard`).
- AltGr (the "@", "€" and "{" of a Spanish keyboard) is not Alt to Qt on X11 (its own modifier,
  or none); Ctrl+Alt (AltGr on Windows) is not Alt alone. A dead key and its letter ("´" then
  "a": "á") come without Alt.
- Alt with a key that types nothing (Alt+Down opens a combo box's list) is the widget's.
- An open menu, and the menu bar, choose their items by letter with Alt held too; a popup (an
  open menu or list) has the keys then.

The filter goes on each widget as it takes the keyboard (one call per focus change), as
window_keys.py does, not on the application (one Python call per event of every widget); the
key press goes to the widget with the keyboard, so that is where it is met.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QWidget

from vault_app.gui.focus_watch import follow_focus


class AltLettersStopped(QObject):
    """Installed once on the application (guard): it watches each widget that takes the keyboard."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        follow_focus(self._focus_changed)
        self._focus_changed(None, app.focusWidget())

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        # Only the widget with the keyboard is watched: a filter left on every widget that once
        # had focus would run a Python call for each of their events (paints, timers) all day.
        if old is not None:
            old.removeEventFilter(self)
        if new is not None and not isinstance(new, (QMenu, QMenuBar)):
            new.installEventFilter(self)  # installed once: Qt keeps a filter a single time

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not alt_letter(event) or isinstance(watched, (QMenu, QMenuBar)):
            return False
        if QApplication.activePopupWidget() is not None:
            return False
        event.accept()  # nothing claimed it: it is no one's, and the field does not take it as typed
        return True


def alt_letter(event: QKeyEvent) -> bool:
    """Alt alone held, and a key that would type something (a letter, a digit, a sign)."""
    # Lazy (start-up): the Qt namespace is built on its first read, after the first paint
    # (tests/gui/test_startup_imports.py); a key press comes after it.
    from PySide6.QtCore import Qt

    held = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    text = event.text()
    return held == Qt.KeyboardModifier.AltModifier and bool(text) and text.isprintable() and not text.isspace()


def guard(app: QCoreApplication) -> AltLettersStopped | None:
    """Alt and a letter that nothing claimed stop here, in every window of `app` (once: the
    tests start the app many times in one QApplication). Installed with the controller, after
    the unlock window's first paint; the widget with the keyboard then is watched at once."""
    if not isinstance(app, QApplication):
        return None  # no windows, no keys
    if sys.platform == "darwin":
        # Option is Alt to Qt on macOS, and Option with a key is how a Mac types "@", "#", "€",
        # brackets and accents (a Spanish Mac keyboard's "@" is Option+2): stopping it there
        # would stop typing. Option and a letter is not a menu key on a Mac either.
        return None
    found = app.findChild(AltLettersStopped)
    return found if isinstance(found, AltLettersStopped) else AltLettersStopped(app)


__all__ = ["AltLettersStopped", "alt_letter", "guard"]

"""Keys typed while the vault opens, kept for the main window's search (found by a walker on a big
vault: Ctrl+F and a client's name typed right after the passphrase's Enter were lost; the main
window came 2.7 s later with an empty search).

From the unlock's start (its Enter, or the PIN's) every key pressed in the app is held here, in
memory only, never logged, never typed anywhere else: the passphrase field is disabled meanwhile
and these keys never reach it. If the vault opens, the main window takes them once it is up
(gui/controller.py): when the first is Ctrl+F or a letter of a name, their text (Backspace
honoured) goes into the client list's search, which takes the keyboard. Not otherwise: a key
that acts (Enter, an arrow, a shortcut) is dropped with the rest, as are keys after it, rather
than replayed on a window the therapist has not seen yet. After a lock that put back an open
note, only Ctrl+F leads them to the search: letters typed then may have been meant for the note,
and are not put anywhere (KeePassXC-like: not lost into a wrong place). If the unlock is refused,
the keys held are dropped, and the next key is the passphrase field's as ever.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

# The main window is up within seconds of an unlock; past this, keys are no longer held (a main
# window that never came must not leave the app deaf).
GIVE_UP_MS = 30_000

_MODIFIERS = frozenset({Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Meta,
                        Qt.Key.Key_Super_L, Qt.Key.Key_Super_R, Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock})

_held: TypeAhead | None = None


class TypeAhead(QObject):
    """The application's event filter while an unlock runs and until the main window takes the keys."""

    def __init__(self, busy: Callable[[], bool]) -> None:
        super().__init__(QApplication.instance())
        self._busy = busy
        self.opened = False
        self.keys: list[tuple[int, Qt.KeyboardModifier, str]] = []
        self._give_up = QTimer(self)
        self._give_up.setSingleShot(True)
        self._give_up.timeout.connect(self.stop)
        self._give_up.start(GIVE_UP_MS)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not self.opened and not self._still_busy():
            self.stop()  # refused: the keys held go, this one is the window's as ever
            return False
        key = event.key()
        # The unlock's own Enter passes here too on its way up to the window (the filter is set as
        # it is handled): a leading Enter is not typing; a modifier alone types nothing.
        leading_enter = not self.keys and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if not event.isAutoRepeat() and not leading_enter and key not in _MODIFIERS:
            self.keys.append((key, event.modifiers(), event.text()))
        return True  # nothing acts on a key while the vault opens

    def _still_busy(self) -> bool:
        try:
            return bool(self._busy())
        except RuntimeError:  # the window is gone
            return False

    def unlocked(self) -> None:
        self.opened = True

    def stop(self) -> None:
        global _held
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.keys.clear()
        if _held is self:
            _held = None
        self.deleteLater()

    def search_text(self, *, letters_lead: bool) -> tuple[bool, str]:
        """Whether the keys held are for the search, and their text."""
        control = Qt.KeyboardModifier.ControlModifier
        text, first = "", True
        wanted = False
        for key, modifiers, typed in self.keys:
            ctrl_f = key == Qt.Key.Key_F and modifiers & control
            printable = bool(typed) and typed.isprintable() and not modifiers & control
            if first:
                wanted = bool(ctrl_f) or (printable and letters_lead)
                first = False
                if ctrl_f:
                    continue
            if not wanted:
                break
            if printable:
                text += typed
            elif key == Qt.Key.Key_Backspace:
                text = text[:-1]
            else:
                break  # a key that acts: it and the keys after it are not replayed
        return wanted, text


def hold(window: Any) -> None:
    """At an unlock's start (the unlock window's `unlock_started`): hold the keys from now."""
    global _held
    if _held is not None:
        _held.stop()
    _held = TypeAhead(lambda: window.busy)
    window.unlocked.connect(_held.unlocked)


def settle() -> None:
    """The unlock ended (the window no longer busy): unless it opened the vault (said at once after,
    by the window's `unlocked`), the keys held are dropped now, not at the next key."""
    held = _held
    if held is not None:
        QTimer.singleShot(0, held, lambda: None if held.opened else held.stop())


def hand_over(search: QLineEdit, *, place_restored: bool) -> None:
    """The main window is up: the keys held go to its search (`search`) if meant for it."""
    held = _held
    if held is None:
        return
    wanted, text = held.search_text(letters_lead=not place_restored)
    held.stop()
    if not wanted:
        return
    search.setFocus(Qt.FocusReason.ShortcutFocusReason)
    if text:
        search.setText(text)
    else:
        search.selectAll()


__all__ = ["GIVE_UP_MS", "TypeAhead", "hand_over", "hold", "settle"]

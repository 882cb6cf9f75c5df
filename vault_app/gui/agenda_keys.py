"""The agenda's single keys, as a table: N new, A attended, I attended as an intake, B account, F fees, S other
status, M move, Enter opens, Page Up/Down and T move through the days, Left/Right between
days in the day view (in the week view they move between the week's columns, the table's own).
They act only when the agenda's table has the keyboard and no modifier is held: a letter
typed in a field stays a letter.

One key acts at a time (found by a walker): after A was refused, the note editor never opened
and the note the therapist went on typing reached the agenda, where its "n" opened New
appointment and other letters reached S, M and A. So a letter, or Enter, acts only when it is
the first since the agenda took the keyboard or since an arrow, Page, Home, End or Esc key;
the letters after it are typing that went nowhere: they are swallowed (not searched for in the
table either), the line under the table says so, and a refusal shown above it stays in view.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QWidget


class KeyedPage(Protocol):
    """What the keys ask of the agenda (gui/agenda.AgendaPage is one; named here, not imported,
    so that the two modules do not import each other)."""

    mode: str

    def new_appointment(self) -> object: ...
    def mark_attended(self) -> object: ...
    def mark_intake(self) -> object: ...
    def open_account(self) -> object: ...
    def open_fees(self) -> object: ...
    def show_status_menu(self) -> object: ...
    def move_appointment(self) -> object: ...
    def open_selected(self) -> object: ...
    def shift(self, steps: int) -> object: ...
    def go_today(self) -> object: ...


Action = Callable[[KeyedPage], object]

KEYS: Mapping[int, Action] = {
    Qt.Key.Key_N: lambda page: page.new_appointment(),
    Qt.Key.Key_A: lambda page: page.mark_attended(),
    Qt.Key.Key_I: lambda page: page.mark_intake(),  # attended, an intake: coded 90791
    Qt.Key.Key_B: lambda page: page.open_account(),
    Qt.Key.Key_F: lambda page: page.open_fees(),
    Qt.Key.Key_S: lambda page: page.show_status_menu(),
    Qt.Key.Key_M: lambda page: page.move_appointment(),
    Qt.Key.Key_Return: lambda page: page.open_selected(),
    Qt.Key.Key_Enter: lambda page: page.open_selected(),
    Qt.Key.Key_PageDown: lambda page: page.shift(1),
    Qt.Key.Key_PageUp: lambda page: page.shift(-1),
    Qt.Key.Key_T: lambda page: page.go_today(),
}
# Only in the day view: in the week view the arrows go from one day's column to the next.
DAY_VIEW_KEYS: Mapping[int, Action] = {
    Qt.Key.Key_Left: lambda page: page.shift(-1),
    Qt.Key.Key_Right: lambda page: page.shift(1),
}
# Keys no one types in prose: after one of them the next letter is a command again.
READY_AGAIN = frozenset({Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_PageUp,
                         Qt.Key.Key_PageDown, Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_Escape})


def _is_typing(event: QKeyEvent) -> bool:
    """A key that writes something (a letter, a digit, a space, a mark) or ends a line."""
    text = event.text()
    return (bool(text) and text.isprintable()) or event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class KeyGate(QObject):
    """The agenda table's event filter: its keys (KEYS), one at a time (see the module's words).
    `hint` is the line saying that typed letters went nowhere; the page places it."""

    def __init__(self, page: KeyedPage, table: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.table = table
        self.ready = True
        self.hint = QLabel("")
        self.hint.setObjectName("calmNote")
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(self.tr("Agenda keys"))
        self.hint.setVisible(False)
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # getattr: cleared by the cycle collector (test_overrides_after_collection)
        if watched is not getattr(self, "table", None):
            return False
        if event.type() == QEvent.Type.FocusIn:
            self._be_ready()
            return False
        return act_on_key(self, event)

    def _be_ready(self) -> None:
        self.ready = True
        self.hint.setVisible(False)

    def typed_aside(self) -> None:
        self.hint.setText(self.tr("Typing here goes nowhere: the agenda's keys act one at a time. Press an arrow "
                                  "key (or Esc) before the next one; to write a note, open it first (Enter)."))
        self.hint.setVisible(True)


def act_on_key(gate: KeyGate, event: QEvent) -> bool:
    """Do what `event` (a key pressed in the agenda's table) asks of the gate's page; whether the
    key was the agenda's (acted on, or swallowed as typing)."""
    if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
        return False
    if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier != Qt.KeyboardModifier.NoModifier:
        return False
    key = event.key()  # an int: Qt.Key is an IntEnum, the tables' keys are found by it
    page = gate.page
    if key in READY_AGAIN:
        gate._be_ready()
    elif _is_typing(event):
        if not gate.ready:
            gate.typed_aside()
            return True
        gate.ready = False
        if key not in KEYS:
            return True  # a letter of no command: not a search of the table's cells either
    action = KEYS.get(key) or (DAY_VIEW_KEYS.get(key) if page.mode == "day" else None)
    if action is None:
        return False
    action(page)
    return True


__all__ = ["DAY_VIEW_KEYS", "KEYS", "READY_AGAIN", "KeyGate", "KeyedPage", "act_on_key"]

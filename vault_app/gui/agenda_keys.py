"""The agenda's single keys, as a table: N new, A attended, B account, F fees, S other
status, M move, Enter opens, Page Up/Down and T move through the days, Left/Right between
days in the day view (in the week view they move between the week's columns, the table's own).
They act only when the agenda's table has the keyboard and no modifier is held: a letter
typed in a field stays a letter.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Protocol

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent


class KeyedPage(Protocol):
    """What the keys ask of the agenda (gui/agenda.AgendaPage is one; named here, not imported,
    so that the two modules do not import each other)."""

    mode: str

    def new_appointment(self) -> object: ...
    def mark_attended(self) -> object: ...
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


def act_on_key(page: KeyedPage, event: QEvent) -> bool:
    """Do what `event` (a key pressed in the agenda's table) asks of `page`; whether it was one of its keys."""
    if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
        return False
    if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier != Qt.KeyboardModifier.NoModifier:
        return False
    key = event.key()  # an int: Qt.Key is an IntEnum, the tables' keys are found by it
    action = KEYS.get(key) or (DAY_VIEW_KEYS.get(key) if page.mode == "day" else None)
    if action is None:
        return False
    action(page)
    return True


__all__ = ["DAY_VIEW_KEYS", "KEYS", "KeyedPage", "act_on_key"]

"""The keys every date and time field handles alike (gui/date_field.py, gui/time_field.py):
Enter on a half-typed value, Tab and Shift+Tab, and where the keyboard lands on entering."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QDateTimeEdit, QLineEdit

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def held_enter(field: QDateTimeEdit, event: QKeyEvent, *, whole: bool | None = None) -> bool:
    """Enter on a half-typed date or time ("12/23/0000 PM") stays in the field: Qt would put
    back the last whole value and the form's Save would then store a day or hour nobody chose."""
    if event.key() not in _ENTER or (field.hasAcceptableInput() if whole is None else whole):
        return False
    event.accept()
    return True



_TABS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


def left_by_tab(field: QDateTimeEdit, event: QEvent) -> bool:
    """Tab or Shift+Tab pressed in the field: the keyboard goes on to the next or previous
    field. Taken before QWidget.event hands the key to QDateTimeEdit's focusNextPrevChild,
    which steps through the date's parts; that one stays for the separators and
    Ctrl+arrows, which Qt sends there too."""
    if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent) or event.key() not in _TABS:
        return False
    if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
        return False  # Ctrl+Tab belongs to the window (a tab widget's pages)
    backwards = event.key() == Qt.Key.Key_Backtab or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
    QAbstractSpinBox.focusNextPrevChild(field, not backwards)
    event.accept()
    return True


def start_at_first_part(field: QDateTimeEdit, event: QFocusEvent) -> None:
    """Entered by Shift+Tab, Qt selects the last part (the year, the AM/PM): typing a date
    there would overwrite the year. Entered from either side by the keyboard, the first."""
    if event.reason() == Qt.FocusReason.BacktabFocusReason:
        field.setCurrentSectionIndex(0)
        field.setSelectedSection(field.sectionAt(0))


__all__ = ["held_enter", "left_by_tab", "start_at_first_part"]


def cursor_of(line: QLineEdit) -> tuple[int, int, int]:
    """The cursor, the selection's start and its length: what a field that puts its own text over
    Qt's (a part typed that no date or time has) keeps across the swap."""
    return line.cursorPosition(), line.selectionStart(), len(line.selectedText())


def put_cursor(line: QLineEdit, at: int, start: int, length: int) -> None:
    """`cursor_of`'s cursor and selection back, the selection anchored on the side it was."""
    if length and at == start:
        line.setSelection(start + length, -length)
    elif length:
        line.setSelection(start, length)
    else:
        line.setCursorPosition(at)

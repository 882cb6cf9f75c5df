"""The agenda's "Go to day" field: a day typed (or picked from its calendar) and the agenda
shows it, in the day or week view. Earlier/Later and Page Up/Down move a week at a time: twelve
years of practice back was some 600 presses (found by a walker on a big vault).

Ctrl+G, or Alt and the label's letter, takes the keyboard to the field; Enter shows the day and
gives the keyboard back to the week (its appointments at once under the arrows); Esc gives it
back without moving. A date half typed goes nowhere: the field says so (gui/date_field.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from vault_app.gui.date_field import DateField, date_picker
from vault_app.gui.dates import picked_day

SHORTCUT = "Ctrl+G"
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _FieldKeys(QObject):
    """Enter and Esc in the field: the agenda's, not the field's (Qt would only keep the date)."""

    def __init__(self, field: DateField, go: Callable[[], None], back: Callable[[], None]) -> None:
        super().__init__(field)
        self._field, self._go, self._back = field, go, back
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not getattr(self, "_field", None) or event.type() != QEvent.Type.KeyPress \
                or not isinstance(event, QKeyEvent):
            return False
        if event.key() == Qt.Key.Key_Escape:
            self._back()
            return True
        if event.key() in _ENTER and not self._field.half_typed():
            self._go()
            return True
        return False  # a date half typed: the field holds Enter and says so


class GoToDay:
    """The label, the field and its button, for the agenda's top row; `go(day)` shows a day,
    `back()` gives the keyboard back to the week."""

    def __init__(self, parent: QWidget, go: Callable[[date], None], back: Callable[[], None]) -> None:
        self._go = go
        self.field = date_picker(QCoreApplication.translate("AgendaPage", "Go to day"), parent=parent)
        self.field.setObjectName("agendaGoToDay")
        self.field.setToolTip(QCoreApplication.translate(
            "AgendaPage", "Type a day or pick it from the calendar, then Enter (Ctrl+G comes here)"))
        self.label = QLabel(QCoreApplication.translate("AgendaPage", "&Go to day:"), parent)
        self.label.setBuddy(self.field)
        self.button = QPushButton(QCoreApplication.translate("AgendaPage", "Go"), parent)
        self.button.setAccessibleName(QCoreApplication.translate("AgendaPage", "Show the day typed"))
        self.button.clicked.connect(self.go)
        _FieldKeys(self.field, self.go, back)
        # Picked in the calendar: meant at once, as Enter on a typed one.
        self.field.calendarWidget().clicked.connect(lambda day: go(picked_day(day)))
        shortcut = QShortcut(QKeySequence(SHORTCUT), parent)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.take_keyboard)

    def box(self, parent: QWidget) -> QWidget:
        """The three side by side: in a narrow window they wrap to a line of their own together (the
        label apart from its field, at the end of the line above, read as a label of nothing; Xvfb)."""
        box = QWidget(parent)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for w in (self.label, self.field, self.button):
            row.addWidget(w)
        return box

    def take_keyboard(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.setCurrentSectionIndex(0)
        self.field.setSelectedSection(self.field.sectionAt(0))

    def go(self) -> None:
        if self.field.half_typed():
            self.field.say_unfinished()
            return
        self._go(picked_day(self.field.date()))

    def show(self, day: date) -> None:
        """The day the agenda shows, in the field (not while it is being typed in)."""
        if not self.field.hasFocus():
            self.field.setDate(QDate(day.year, day.month, day.day))


__all__ = ["SHORTCUT", "GoToDay"]

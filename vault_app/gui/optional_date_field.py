"""A date a form may leave empty ("not set"): the drop-in for the old "YYYY-MM-DD, blank if
none" line edits, with `text()`/`setText` in ISO so a form's save code stays as it is.

Apart from gui/date_field.py because it is a field of its own built on `DateField`: the "not
set" value and its calendar opened on this month, typing into "not set" starting a date, and
the parts typed since, which a required date has none of. The typing rules every date field
shares (a separator swallowed, a day the month does not have kept as typed, Tab leaving the
field) stay with `DateField`.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

from vault_app.gui.date_field import ISO, DateField

NOT_SET = QDate(1900, 1, 1)


class _CalendarOnToday(QObject):
    """Opens the calendar of an unset field on this month, not on January 1900."""

    def __init__(self, field: OptionalDateField) -> None:
        super().__init__(field)
        self.field = field

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.field.date() == NOT_SET:
            today = QDate.currentDate()
            self.field.calendarWidget().setCurrentPage(today.year(), today.month())
        return False


class OptionalDateField(DateField):
    """A date that may be left empty ("not set"), with a calendar popup."""

    def __init__(self, name: str, text: str = "", *, empty_text: str | None = None,
                 parent: QWidget | None = None, birth: bool = False) -> None:
        super().__init__(NOT_SET, parent, birth=birth)
        self.setAccessibleName(name)
        self.setMinimumDate(NOT_SET)
        self.setSpecialValueText(empty_text if empty_text is not None
                                 else QCoreApplication.translate("OptionalDateField", "not set"))
        self.calendarWidget().installEventFilter(_CalendarOnToday(self))
        # Typing into "not set" starts from today's date: the parts typed since, None when the
        # date was set, picked or typed whole. A part not typed is today's, not the therapist's:
        # "5" alone saved 05/05 of this year as a birth date (found typing careless input).
        self._typed_parts: set[QDateTimeEdit.Section] | None = None
        self.calendarWidget().clicked.connect(self._whole)
        self.calendarWidget().activated.connect(self._whole)
        self.setText(text)

    def _whole(self, *_args: object) -> None:
        self._typed_parts = None

    def half_typed(self) -> bool:
        return self._typed_parts is not None or super().half_typed()

    def say_unfinished(self) -> None:
        # Said once, as for any date not whole: Enter then keeps the date shown (DateField).
        self._typed_parts = None
        super().say_unfinished()

    def text(self) -> str:
        return "" if self.date() == NOT_SET else self.date().toString(ISO)

    def setText(self, text: str) -> None:
        day = QDate.fromString(text.strip(), ISO) if text else QDate()
        self._typed_parts = None
        self.setDate(day if day.isValid() else NOT_SET)

    def set_day(self, day: date | None) -> None:
        """A stored date (or None: not set), without going through text."""
        self._typed_parts = None
        self.setDate(NOT_SET if day is None else QDate(day.year, day.month, day.day))

    def clear(self) -> None:
        self._typed_parts = None
        self.setDate(NOT_SET)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        typed = event.text()
        if self.date() == NOT_SET and typed.isdigit():
            # Typing into "not set" starts a date (today's, overwritten part by part).
            self.setDate(QDate.currentDate())
            self.setCurrentSectionIndex(0)
            self.setSelectedSection(self.sectionAt(0))
            self._typed_parts = set()
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and \
                len(self.lineEdit().selectedText()) == len(QDateEdit.text(self)) and self.date() != NOT_SET:
            self.clear()  # all of it selected and erased: back to "not set"
            event.accept()
            return
        elif self._typed_parts is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.unfinished.emit()  # as DateField does for a date not whole
            self.say_unfinished()
            event.accept()
            return
        if self._typed_parts is not None and (typed.isdigit() or event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)):
            self._typed_parts.add(self.currentSection())
        super().keyPressEvent(event)
        if self._typed_parts is not None and \
                {self.sectionAt(i) for i in range(self.sectionCount())} <= self._typed_parts:
            self._typed_parts = None


__all__ = ["NOT_SET", "OptionalDateField"]

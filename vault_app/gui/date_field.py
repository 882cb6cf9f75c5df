"""Date fields with a calendar popup, for every date a form asks for (issue 17 item 9).

`date_picker` is a required date. `OptionalDateField` is a drop-in for the old "YYYY-MM-DD,
blank if none" line edits: its first value reads "not set", `text()` gives "" or an ISO
date and `setText` takes one, so a form's save code stays as it is.

Both show the date the way the practice writes it (`gui/dates.qt_date_format()`: 12/01/2026
in the US, 01/12/2026 in Mexico); only what is stored is ISO. Typing is made forgiving:
Qt's date edit moves to the next part by itself once a part is complete, so a separator
typed after it ("02/03/1980") would skip a part; here such a separator is swallowed, and
typing into a "not set" field starts a date instead of garbling the placeholder.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

from vault_app.gui import dates

ISO = "yyyy-MM-dd"
NOT_SET = QDate(1900, 1, 1)
_SEPARATORS = frozenset("/.-, ")


class DateField(QDateEdit):
    """A QDateEdit in the practice's date format that takes "02/03/1980" as typed."""

    def __init__(self, day: QDate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(dates.qt_date_format())
        self._advanced = False  # the last digit completed a part and Qt moved on by itself
        self.setDate(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        typed = event.text()
        if typed and typed in _SEPARATORS and self._advanced:
            self._advanced = False
            event.accept()  # Qt already moved to the next part; a second move would skip one
            return
        before = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._advanced = typed.isdigit() and self.currentSectionIndex() != before

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._advanced = False


def date_picker(name: str, day: QDate | None = None, parent: QWidget | None = None) -> DateField:
    """A required date: today unless given, picked from a calendar or typed."""
    edit = DateField(day or QDate.currentDate(), parent)
    edit.setAccessibleName(name)
    return edit


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
                 parent: QWidget | None = None) -> None:
        super().__init__(NOT_SET, parent)
        self.setAccessibleName(name)
        self.setMinimumDate(NOT_SET)
        self.setSpecialValueText(empty_text if empty_text is not None
                                 else QCoreApplication.translate("OptionalDateField", "not set"))
        self.calendarWidget().installEventFilter(_CalendarOnToday(self))
        self.setText(text)

    def text(self) -> str:
        return "" if self.date() == NOT_SET else self.date().toString(ISO)

    def setText(self, text: str) -> None:
        day = QDate.fromString(text.strip(), ISO) if text else QDate()
        self.setDate(day if day.isValid() else NOT_SET)

    def set_day(self, day: date | None) -> None:
        """A stored date (or None: not set), without going through text."""
        self.setDate(NOT_SET if day is None else QDate(day.year, day.month, day.day))

    def clear(self) -> None:
        self.setDate(NOT_SET)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        typed = event.text()
        if self.date() == NOT_SET and typed.isdigit():
            # Typing into "not set" starts a date (today's, overwritten part by part).
            self.setDate(QDate.currentDate())
            self.setCurrentSectionIndex(0)
            self.setSelectedSection(self.sectionAt(0))
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and \
                len(self.lineEdit().selectedText()) == len(QDateEdit.text(self)) and self.date() != NOT_SET:
            self.clear()  # all of it selected and erased: back to "not set"
            event.accept()
            return
        super().keyPressEvent(event)


__all__ = ["ISO", "NOT_SET", "DateField", "OptionalDateField", "date_picker"]

"""Date fields with a calendar popup, for every date a form asks for (issue 17 item 9).

`date_picker` is a required date. `OptionalDateField` is a drop-in for the "YYYY-MM-DD,
blank if none" line edits: its first value reads "not set", `text()` gives "" or an ISO
date and `setText` takes one, so a form's save code stays as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

ISO = "yyyy-MM-dd"
NOT_SET = QDate(1900, 1, 1)


def date_picker(name: str, day: QDate | None = None, parent: QWidget | None = None) -> QDateEdit:
    """A required date: today unless given, picked from a calendar or typed."""
    edit = QDateEdit(day or QDate.currentDate(), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(ISO)
    edit.setAccessibleName(name)
    return edit


class OptionalDateField(QDateEdit):
    """A date that may be left empty ("not set"), with a calendar popup."""

    def __init__(self, name: str, text: str = "", *, empty_text: str = "not set",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(ISO)
        self.setAccessibleName(name)
        self.setMinimumDate(NOT_SET)
        self.setSpecialValueText(empty_text)
        self.setText(text)

    def text(self) -> str:
        return "" if self.date() == NOT_SET else self.date().toString(ISO)

    def setText(self, text: str) -> None:
        day = QDate.fromString(text.strip(), ISO) if text else QDate()
        self.setDate(day if day.isValid() else NOT_SET)

    def clear(self) -> None:
        self.setDate(NOT_SET)


__all__ = ["ISO", "NOT_SET", "OptionalDateField", "date_picker"]

"""A time field in the practice's format: "2:30 PM" as a therapist types it (the space after
the minutes once garbled the field, and Enter then booked 2:30 in the night), and "14:30"
typed into a 12-hour field is 2:30 PM, not 1:30 AM. Tab and Shift+Tab leave it, as a date
field (gui/date_field.py, gui/field_keys.py)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QSignalBlocker, Qt, QTime, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit, QTimeEdit, QWidget

from vault_app.gui import dates
from vault_app.gui.field_keys import held_enter, left_by_tab, start_at_first_part

_TIME_SEPARATORS = frozenset(":. ")
_MODIFIERS = frozenset({Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr,
                        Qt.Key.Key_CapsLock})


class TimeField(QTimeEdit):
    """A time in the practice's format that takes "2:30 PM", "2:30pm" and "14:30" as typed."""

    unfinished = Signal()  # Enter was pressed on a half-typed time: the form says so

    def __init__(self, at: QTime, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # AM and PM as the practice writes them, whatever the screens' language: in the Spanish
        # app Qt's own words were "a. m."/"p. m.", the field showed "9:00 A. M." and a typed
        # "2:30 PM" was refused as half-typed ("the start time is not complete").
        self.setLocale(QLocale(dates.practice_locale()))
        self.setDisplayFormat(dates.qt_time_format())
        self.setAccessibleName(name)
        self._advanced = False
        # Left half-typed ("02:30 P" and Tab): Qt put back a whole time nobody chose (2:30 AM,
        # booked so in the real app); the form's Save is held until a time is typed again.
        self._put_back = False
        self._said_half = False  # the last keys were the A or P of AM/PM, and what followed it
        self._new_format = False  # Settings changed the practice's locale: taken once the time is whole
        self.setTime(at)
        self.timeChanged.connect(self._typed_again)
        dates.format_notice().changed.connect(self._practice_format_changed)

    def _practice_format_changed(self) -> None:
        """As a date field (date_field.py): "14:30" for a practice made Mexico's, at once for a
        whole time, once it is whole for one being typed (its parts stay where they were typed)."""
        self._new_format = True
        self._take_new_format()

    def _take_new_format(self) -> None:
        if not self._new_format or not self.hasAcceptableInput():
            return
        self._new_format = False
        with QSignalBlocker(self):  # the same time: nothing for the form to act on
            self.setLocale(QLocale(dates.practice_locale()))
            self.setDisplayFormat(dates.qt_time_format())

    def half_typed(self) -> bool:
        return self._put_back or not self.hasAcceptableInput()

    def keep_unfinished(self) -> None:
        """A form held across a lock with this time half-typed comes back with it so: Qt's last
        whole time is not booked as if typed (the form's Save says it is not complete)."""
        self._put_back = True

    def _typed_again(self, _at: QTime) -> None:
        if self.hasFocus():
            self._put_back = False

    def focusOutEvent(self, event: QFocusEvent) -> None:
        half_typed = not self.hasAcceptableInput()
        super().focusOutEvent(event)
        if half_typed:
            self._put_back = True
        self._take_new_format()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if held_enter(self, event):
            self.unfinished.emit()
            return
        if event.key() in _MODIFIERS:
            # The Shift pressed again for the "M" of "PM" is a key too: it forgot the "P", and the
            # "M" went to Qt, which left "2:30 M" (found in the real app, typing "2:30 PM").
            super().keyPressEvent(event)
            return
        typed = event.text()
        said_half, self._said_half = self._said_half, False
        if said_half and typed and typed in "mM. ":
            # The rest of the marker after the "P" that already said it: the "M" of "PM", and
            # the dots and space of "p.m." and "a. m." as a Spanish (US) practice writes them
            # ("3:15 p.m." showed "3:15 M." and was refused, found in the real app).
            self._said_half = True
            event.accept()
            return
        if typed and typed in "aApP" and self._half_day(typed.lower() == "p"):
            self._said_half = True
            event.accept()
            return
        if typed and typed in _TIME_SEPARATORS and self._advanced:
            # Qt moved to the next part by itself; a typed ":" or space would be taken as
            # text there ("2:30  P"), and the field would keep a time nobody typed.
            self._advanced = False
            event.accept()
            return
        if typed.isdigit() and self.lineEdit().selectedText() == self.text():
            # Ctrl+A, then a time typed over it: Qt put the digits into the AM/PM part's place
            # and "2:30 PM" became 9:30 PM (found in the real app). Typed fresh from the hour,
            # the old minutes gone with the rest: "7 PM" over "2:45 PM" booked 7:45 PM.
            self.setTime(QTime(self.time().hour(), 0))
            self.setSelectedSection(QDateTimeEdit.Section.HourSection)
        if typed.isdigit() and self._afternoon_hour(typed):
            event.accept()
            return
        before = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._advanced = typed.isdigit() and self.currentSectionIndex() != before

    def _half_day(self, afternoon: bool) -> bool:
        """"230p" or "2:30 P": the letter alone is the afternoon (or the morning). Qt waited for
        the "M", and a Tab then left "02:30 P" for 2:30 AM (found in the real app)."""
        if "AP" not in self.displayFormat().upper():
            return False
        hour, minute = (self.sectionText(s) for s in (QDateTimeEdit.Section.HourSection,
                                                       QDateTimeEdit.Section.MinuteSection))
        if not (hour.isdigit() and minute.isdigit()) or not (1 <= int(hour) <= 12 and 0 <= int(minute) <= 59):
            return False
        self.setTime(QTime(int(hour) % 12 + (12 if afternoon else 0), int(minute)))
        self.setSelectedSection(QDateTimeEdit.Section.AmPmSection)
        self._advanced = True
        return True

    def _afternoon_hour(self, digit: str) -> bool:
        """"14" typed into a 12-hour field is 2 PM (Qt would keep the "1" and drop the "4")."""
        hour = QDateTimeEdit.Section.HourSection
        if "AP" not in self.displayFormat().upper() or self.currentSection() != hour:
            return False
        if self.lineEdit().hasSelectedText() or self.sectionText(hour) != "1":
            return False
        if not 13 <= 10 + int(digit) <= 23:
            return False
        self.setTime(QTime(10 + int(digit), self.time().minute()))
        self.setSelectedSection(QDateTimeEdit.Section.MinuteSection)
        self._advanced = True
        return True

    def event(self, event: QEvent) -> bool:
        return left_by_tab(self, event) or super().event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        start_at_first_part(self, event)
        self._advanced = False


__all__ = ["TimeField"]

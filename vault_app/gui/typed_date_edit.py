"""A QDateEdit that keeps a date as typed where Qt would quietly make it another: the base of
`DateField` (gui/date_field.py), split from it, which adds the keys, the messages and the format.

A day the month does not have is not moved to the month's last day: Qt did so while it was
typed ("04/31/2001" read 04/30/2001, and Enter saved it, found in the real app), also when
the month or year came after the day ("02/29" and then 2023), and even to a real date
("02/29/2024" typed while the field showed 2026 read 02/28/2024). The field keeps the day
typed until the rest is: a real date is that date, one that does not exist is half-typed,
shown as typed and said so ("The date typed does not exist: 04/31/2001"), and no Save or
Enter takes it. Qt holds 04/30/2001 meanwhile; the text is put back to Qt's own before the
next key, as Qt reads the parts it types into from the text.

A month or day no date has (13, 32, 00) is kept the same way: Qt dropped the second digit
without a word and the separator moved on, so "13/12/2026" typed in a month-first practice
read 01/12/2026 and booked an appointment eleven months back (found in the real app). The
field says so at once, in the practice's order (gui/part_refused.py), shows the date as typed
once whole ("13/12/2026"), and holds it until that part is typed again or a day is picked.
A day of 40 and up or a month of 20 and up is one too, though Qt takes its first digit as the
whole part and moves on ("12/40/2026" read 12/04/0000/2026), and so is a third digit typed
into a part refused ("12/320/2026" was saved as 12/30/2026).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QSignalBlocker
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

from vault_app.gui.date_parts import date_parts, date_text
from vault_app.gui.field_keys import cursor_of, put_cursor
from vault_app.gui.part_refused import refused_number

LETTERS = {QDateTimeEdit.Section.MonthSection: "M", QDateTimeEdit.Section.DaySection: "d"}


class TypedDateEdit(QDateEdit):
    """The date typed, kept where Qt holds another: a day the month does not have (04/31), a
    month or day no date has (13, 32), shown as typed and held until fixed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typing = False  # first: Qt validates its text from setDisplayFormat on
        # A day the month does not have, typed ("04/31"): Qt holds the month's last day instead.
        # The day meant is kept while the rest is typed ("02/29" and then a leap year is that
        # day); a whole date that does not exist is half-typed, shown and said as typed, until
        # fixed. First too: Qt asks textFromDateTime from setDisplayFormat on.
        self._meant_day: int | None = None
        self._no_such: str | None = None
        # A month or day typed that no date has ("M", 13): Qt dropped its last digit
        self._too_big: tuple[str, int] | None = None
        self._showing = False  # the date typed being put back in the text (validate lets it be)
        self._raw: str | None = None  # the text as typed, before Qt moved its day

    def _say(self) -> None:
        """What is wrong, said next to the field (DateField says it)."""

    def no_such_date(self) -> str:
        """The date typed, when it does not exist ("04/31/2001"); "" otherwise."""
        return self._no_such or ""

    def meant_day(self) -> int | None:
        """The day typed when the date typed does not exist (31 of "04/31/2001"), for gui/held.py."""
        return self._meant_day if self._no_such is not None else None

    def keep_meant_day(self, day: int) -> None:
        """A form held across a lock with a date that does not exist: the day typed is back,
        when the date Qt holds (the month's last day) still does not have it."""
        shown = self.date()
        if shown.day() == shown.daysInMonth() < day <= 31:
            self._meant_day = day
            self._no_such = date_text(self.displayFormat(), shown.year(), shown.month(), day)
            self._show_typed()

    def textFromDateTime(self, moment: QDateTime) -> str:
        """What the field shows: a date that does not exist as typed (04/31/2001), not the
        month's last day Qt holds in its place (04/30/2001 showed while only the message named
        the date typed, found in the real app). Qt asks here whenever it redraws the text."""
        shown = super().textFromDateTime(moment)
        if not vars(self):  # cleared by the cycle collector (test_overrides_after_collection): asked on its focus out
            return shown
        if self._no_such is not None and self._too_big is not None:
            if self._as_typed(shown) == self._no_such:
                return self._no_such
        elif self._no_such is not None and self._meant_day is not None:
            day = moment.date()
            if date_text(self.displayFormat(), day.year(), day.month(), self._meant_day) == self._no_such:
                return self._no_such
        return shown

    def _show_typed(self) -> None:
        """The date typed back in the text, where Qt has just written the month's last day."""
        if self._no_such is not None:
            self._put_text(self._no_such)

    def _show_qt_text(self) -> None:
        """Qt's own text for its date back, before a key is typed into it or once no date typed
        is pending: Qt reads its parts from the text, and the typed day is not one it can hold."""
        self._put_text(super().textFromDateTime(self.dateTime()))

    def _forget_typed(self) -> None:
        shown = self._no_such is not None
        self._meant_day = self._no_such = self._too_big = None
        if shown:
            self._show_qt_text()

    def _put_text(self, text: str) -> None:
        # Both texts have the same parts in the same places (a day of two digits either way):
        # the cursor and the selected part stay where they were.
        line = self.lineEdit()
        if line.text() == text:
            return
        kept = cursor_of(line)
        self._showing = True
        try:
            with QSignalBlocker(line):  # the text changes, not the date: nothing to re-read
                line.setText(text)
        finally:
            self._showing = False
        put_cursor(line, *kept)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if not vars(self):  # cleared by the cycle collector (test_overrides_after_collection)
            return super().validate(text, pos)
        if self._typing and self._raw is None:
            self._raw = text  # the first one seen in a key press: as typed, before Qt's correction
        if self._no_such is not None and text == self._no_such and (self._showing or not self._typing):
            # Shown as typed: Qt would move its day back to the month's last (not whole, as it is)
            return QValidator.State.Intermediate, text, pos
        return super().validate(text, pos)

    def _keep_typed_day(self, before: str) -> None:
        """After a key: the day Qt shows is the one typed, the one typed put back once the
        month and year have it (02/29 typed before 2024), or the date is one that does not exist."""
        fmt = self.displayFormat()
        was, typed, shown = (date_parts(fmt, t) for t in (before, self._raw or self.lineEdit().text(),
                                                            self.lineEdit().text()))
        if was is None or typed is None or typed.day != was.day:  # the day itself typed now
            carried, meant = None, (int(typed.day) if typed is not None else None)
        else:  # the month or year typed: the day is the one Qt moved before, or the one shown
            carried = self._meant_day
            meant = carried if carried is not None else int(was.day)
        self._meant_day, self._no_such = carried, None
        if shown is None or not self.hasAcceptableInput():
            return  # still being typed: a day Qt moved waits for the rest
        year, month, day = int(shown.year), int(shown.month), int(shown.day)
        last = QDate(year, month, 1).daysInMonth()
        if meant is None or meant == day or (carried is None and not (day == last < meant <= 31)):
            self._meant_day = None  # the day shown is the one typed (or Qt refused the key)
        elif QDate.isValid(year, month, meant):
            self._meant_day = None
            self.setDate(QDate(year, month, meant))
        else:
            self._meant_day, self._no_such = meant, date_text(fmt, year, month, meant)
            self._show_typed()

    def _as_typed(self, text: str) -> str | None:
        """Qt's whole date with the part it refused as typed ("13/12/2026" for 01/12/2026)."""
        parts = date_parts(self.displayFormat(), text)
        if parts is None or self._too_big is None:
            return None
        values = {"d": int(parts.day), "M": int(parts.month), "y": int(parts.year)}
        values[self._too_big[0]] = self._too_big[1]
        return date_text(self.displayFormat(), values["y"], values["M"], values["d"])

    def _refused_part(self, typed: str, section: QDateTimeEdit.Section, part: str, before: str) -> None:
        """After a digit: one Qt refused in a month or day being typed ("1" and then "3") is
        kept aside and said; one Qt took in that part again is the part typed anew."""
        letter = LETTERS.get(section)
        if letter is None:
            return
        if self.lineEdit().text() != before:
            if self._too_big is not None and self._too_big[0] == letter:
                self._too_big = None  # the part typed anew (the text is Qt's again: put back before the key)
            return
        if len(part) == 1 and part.isdigit() and self.currentSection() == section and \
                refused_number(letter, int(part + typed)):
            self._refuse(letter, int(part + typed))

    def _refuse(self, letter: str, number: int) -> None:
        self._too_big = (letter, number)
        self._no_such = None
        self._say()

    def _show_too_big(self) -> None:
        """The whole date typed around a refused part: shown with that part as typed."""
        if self._too_big is None:
            return
        own = super().textFromDateTime(self.dateTime())
        # Qt may redraw the date as typed within the key (Home, the arrows): whole too
        if self.hasAcceptableInput() or self.lineEdit().text() == self._as_typed(own):
            self._no_such = self._as_typed(own)
            self._show_typed()
        self._say()

    def stepBy(self, steps: int) -> None:
        if self._too_big is not None:  # the arrow keys put a real month or day in that part
            self._show_qt_text()
            self._too_big = None
            self._no_such = None
        super().stepBy(steps)


__all__ = ["LETTERS", "TypedDateEdit"]

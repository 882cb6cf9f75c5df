"""Date fields with a calendar popup, for every date a form asks for (issue 17 item 9).

`date_picker` is a required date. `OptionalDateField` (gui/optional_date_field.py) is a
drop-in for the old "YYYY-MM-DD, blank if none" line edits: its first value reads "not set",
`text()` gives "" or an ISO date and `setText` takes one, so a form's save code stays as it is.

Both show the date the way the practice writes it (`gui/dates.qt_date_format()`: 12/01/2026
in the US, 01/12/2026 in Mexico); only what is stored is ISO. Typing is made forgiving:
Qt's date edit moves to the next part by itself once a part is complete, so a separator
typed after it ("02/03/1980") would skip a part; here such a separator is swallowed, and
typing into a "not set" field starts a date instead of garbling the placeholder.

`TimeField` (gui/time_field.py) does the same for a time.

A field already open follows a date format changed in Settings (gui/dates.format_notice): a
whole date is shown again in the new format, the same day; one half-typed, or typed but not
existing, stays as typed, in the order it is typed in, and takes the new format once whole.

Tab and Shift+Tab leave a date or time field for the next or previous field, as in every
other field: Qt's date edit spent them on its own parts, so a therapist tabbing through a
form landed in the year and typed into it (found walking the real app by keyboard). The
parts are reached as the date is typed (Qt moves on once a part is complete; a typed
separator moves on too) or with the arrow keys; a field entered from either side starts
at its first part, so a whole date typed in the practice's order goes where it belongs.

A day the month does not have, and a month or day no date has, are kept as typed until the rest
is (gui/typed_date_edit.py, the base of `DateField`).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QHideEvent, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

from vault_app.gui import dates
from vault_app.gui.date_parts import birth_year, date_parts, two_digits_typed
from vault_app.gui.field_keys import held_enter, left_by_tab, start_at_first_part
from vault_app.gui.field_problem import FieldProblem
from vault_app.gui.i18n import QT_TRANSLATE_NOOP
from vault_app.gui.part_refused import date_refusal, whole_at_first
from vault_app.gui.time_field import TimeField
from vault_app.gui.typed_date_edit import LETTERS, TypedDateEdit

ISO = "yyyy-MM-dd"
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_SEPARATORS = frozenset("/.-, ")
# Pressed alone they type nothing: Ctrl on its way to Ctrl+Q took a half-typed date's "not the
# one typed" away before the quit held the form (found on Xvfb), and Shift on its way to a
# separator ("/" is Shift+7 on a German keyboard) forgot that Qt had moved on by itself.
_MODIFIER_KEYS = frozenset({Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Meta,
                            Qt.Key.Key_Super_L, Qt.Key.Key_Super_R, Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock})
_SHORTCUT_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | \
    Qt.KeyboardModifier.MetaModifier


UNFINISHED_DATE = QT_TRANSLATE_NOOP("DateField", "The date typed is not complete or does not exist: type it "
                                                 "again or pick it from the calendar. Enter keeps the date shown.")
NO_SUCH_DATE = QT_TRANSLATE_NOOP("DateField", "The date typed does not exist: {typed}. Type it again or pick it "
                                              "from the calendar.")
TWO_DIGIT_YEAR = QT_TRANSLATE_NOOP("DateField", "Type the year with its four digits: {typed} could be 19{typed} or "
                                                "20{typed}.")
READ_AS = QT_TRANSLATE_NOOP("DateField", "{typed} read as {year}: a birth date is never in the future. Type the "
                                         "four digits for another year.")


class DateField(TypedDateEdit):
    """A QDateEdit in the practice's date format that takes "02/03/1980" as typed."""

    unfinished = Signal()  # Enter was pressed on a half-typed date: the form says so

    def __init__(self, day: QDate, parent: QWidget | None = None, *, birth: bool = False) -> None:
        super().__init__(parent)
        # A birth date takes a year of two digits ("5/3/85"), read as the latest such year not in
        # the future and said back in full; other dates refuse it (85 could be 1985 or 2085).
        self._birth = birth
        self._year_typed: str | None = None  # the digits typed into the year since it was begun
        self._short_year: str | None = None  # the two digits of a year refused on leaving
        self._read_as: FieldProblem | None = None
        # A day or month Qt took as whole at its first digit ("4" of a day, "2" of a month) and
        # moved on: a digit typed next is that part's second ("12/40" is day 40, not 12/04 and a
        # year starting "0"), as no date has such a day or month.
        self._single: tuple[str, str, int] | None = None  # and the part Qt is on after it
        # Settings changed the date format (gui/dates.py): the new one, taken once the date is whole
        self._new_format: str | None = None
        self.setCalendarPopup(True)
        self.setDisplayFormat(dates.qt_date_format())
        self._advanced = False  # the last digit completed a part and Qt moved on by itself
        self._problem: FieldProblem | None = None
        # Left half-typed: Qt put back the last whole date on leaving, so the next Save is held once
        self._put_back = False
        self.setDate(day)
        # Fixed by typing or by the calendar: the message about it goes.
        self.lineEdit().textChanged.connect(self._maybe_fixed)
        self.dateChanged.connect(self._chosen)
        self.calendarWidget().clicked.connect(self._chosen)  # the same day picked again is meant too
        dates.format_notice().changed.connect(self._practice_format_changed)

    def problem(self) -> str:
        """What the field says is wrong with its date now ("" when nothing is)."""
        return self._problem.text() if self._problem is not None and self._problem.isVisible() else ""

    def half_typed(self) -> bool:
        """Half-typed now, or half-typed when the keyboard left it (Qt then put back the last
        whole date, which a Save by click would have stored: a day nobody typed)."""
        return self._put_back or self._no_such is not None or self._too_big is not None or \
            not self.hasAcceptableInput()

    def read_as(self) -> str:
        """The year a birth date's two digits were read as, said under the field ("85 read as
        1985: ..."); "" when none is said."""
        return self._read_as.text() if self._read_as is not None and self._read_as.isVisible() else ""

    def complete_year(self) -> bool:
        """A birth date typed whole but with a year of two digits ("05/03/85"): the latest such
        year not in the future (gui/date_parts.birth_year), shown in full and said. On leaving
        the field, on Enter and before a form's Save; nothing for any other date or text.
        True when it did."""
        typed = self._two_digits()
        if not self._birth or typed is None or self._no_such is not None or self._too_big is not None:
            return False
        parts = date_parts(self.displayFormat(), self.lineEdit().text())
        if parts is None:
            return False
        year = birth_year(typed, int(parts.month), int(parts.day), date.today())
        if year is None:
            return False  # no such day in either century (02/29/27): said as any date that does not exist
        self.setDate(QDate(year, int(parts.month), int(parts.day)))
        if self._read_as is None:
            self._read_as = FieldProblem(self, "dateReadAs")
            self._read_as.setStyleSheet("QLabel#dateReadAs { background: #eef5ff; color: #123a63; "
                                        "border: 1px solid #7a9cc6; padding: 3px; }")
        self._read_as.say(QCoreApplication.translate("DateField", READ_AS).format(typed=typed, year=year))
        return True

    def _two_digits(self) -> str | None:
        """The year as typed, when two digits and still the year shown ("85" of 05/03/85)."""
        return two_digits_typed(self._year_typed, self.sectionText(QDateTimeEdit.Section.YearSection))

    def _unsay_year(self) -> None:
        self._short_year = None
        if self._read_as is not None:
            self._read_as.go()

    def say_unfinished(self) -> None:
        """Enter (or a form's Save) on a date that is not whole: said next to the field, the
        keyboard kept there at its first part, so the whole date typed again replaces it. The
        form's Enter went nowhere before, silently, in most forms; a Save by click kept the
        last whole date Qt remembered: a day the therapist never typed. Said again when a form
        held at a lock or quit with this date half-typed comes back (gui/held.py)."""
        self.setFocus()
        self.setSelectedSection(self.sectionAt(0))
        # Qt has put back the last whole date by now: held until a date is typed or picked
        self._put_back = True
        self._say()

    def _say(self) -> None:
        if self._problem is None:
            self._problem = FieldProblem(self, "dateProblem")
        if self._too_big is not None:
            parts = date_parts(self.displayFormat(), self._no_such) if self._no_such is not None else None
            whole = None if parts is None else {"d": int(parts.day), "M": int(parts.month), "y": int(parts.year)}
            said = date_refusal(self.displayFormat(), *self._too_big, whole)
        elif self._no_such is not None:
            said = QCoreApplication.translate("DateField", NO_SUCH_DATE).format(typed=self._no_such)
        elif (short := self._two_digits() or self._short_year) is not None:
            said = QCoreApplication.translate("DateField", TWO_DIGIT_YEAR).format(typed=short)
        else:
            said = QCoreApplication.translate("DateField", UNFINISHED_DATE)
        self._problem.say(said)

    def _chosen(self, _day: QDate) -> None:
        self._put_back = False  # a whole date typed or picked from the calendar: the one meant
        if not self._typing:  # picked from the calendar: no day typed is pending
            self._forget_typed()
            self._take_new_format()
        self._maybe_fixed()

    def _practice_format_changed(self) -> None:
        """Settings saved another date format while this field was open (found in the real app:
        a note's session date went on reading 12/04/2026 after the practice became Mexico's)."""
        self._new_format = dates.qt_date_format()
        self._take_new_format()

    def _take_new_format(self) -> None:
        """A whole date is shown again in the new format. A date being typed, or one typed that
        does not exist, stays as typed, in the format it is typed in (its parts read in another
        order would be another day): it takes the new format once it is whole, on leaving the
        field or when a day is picked or set."""
        fmt = self._new_format
        if fmt is None or self._typing or self._no_such is not None or self._too_big is not None or \
                not self.hasAcceptableInput():
            return
        self._new_format = None
        if fmt == self.displayFormat():
            return
        part = self.currentSectionIndex()
        with QSignalBlocker(self):  # the same day: no dateChanged for the forms to act on
            self.setDisplayFormat(fmt)
        if self.hasFocus() and 0 <= part < self.sectionCount():
            self.setCurrentSectionIndex(part)

    def _maybe_fixed(self, *_args: object) -> None:
        if self._problem is not None and not self._put_back and self._no_such is None and self._too_big is None \
                and self.hasAcceptableInput():
            self._problem.go()

    def setDate(self, day: QDate) -> None:
        if not self._typing:  # set by the form: no day typed is pending (the field's own, while typed, keeps it)
            self._forget_typed()
            self._year_typed = None
            self._unsay_year()
        super().setDate(day)
        if not self._typing:
            self._take_new_format()
        self._maybe_fixed()

    def hideEvent(self, event: QHideEvent) -> None:
        # getattr: a window Python's cycle collector frees while shown hides its children after
        # their attributes were cleared (seen at random in test_minor_consent_gui)
        for said in (getattr(self, "_problem", None), getattr(self, "_read_as", None)):
            if said is not None:
                said.go()
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        """Turned off by its form (a measure given a session takes the session's day), the
        field's "type it again" stayed under it, about a date nobody could type any more
        (found in the real app); turned on again, it is said again if still true."""
        super().changeEvent(event)
        if event.type() != QEvent.Type.EnabledChange or self._problem is None:
            return
        if not self.isEnabled():
            self._problem.go()
        elif self._put_back:
            self._problem.say(QCoreApplication.translate("DateField", UNFINISHED_DATE))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER and self.complete_year():
            # Only the year completed: the therapist sees 1985 in the field before anything is
            # saved (found in the real app: Enter on "5/3/85" created the chart at once, the
            # year said only under a field already gone). The next Enter is the form's.
            self._put_back = False
            event.accept()
            return
        if held_enter(self, event, whole=self.hasAcceptableInput() and self._no_such is None and self._too_big is None):
            self.unfinished.emit()  # first: the form reads the date as typed
            self.say_unfinished()
            return
        if event.key() in _MODIFIER_KEYS:
            super().keyPressEvent(event)
            return
        if not event.modifiers() & _SHORTCUT_MODIFIERS:  # a shortcut (Ctrl+L) chooses no date
            self._put_back = False  # typed in (or Enter on the whole date shown): the date is the one meant
            if event.key() not in _ENTER:  # Enter on the year just read: it stays said
                self._unsay_year()
        typed = event.text()
        single, self._single = self._single, None
        if typed and typed in _SEPARATORS and self._advanced:
            # Qt already moved to the next part; a second move would skip one. Kept for the rest
            # of a separator of two characters ("2024. 02. 29." in Hungary and Korea: the space
            # after the point skipped the month, and the date read 2024. 12. 02.)
            event.accept()
            return
        if self._no_such is not None:
            self._show_qt_text()  # typed into: Qt's text under the key, the day meant kept aside
        if typed.isdigit() and single is not None and single[2] == self.currentSectionIndex():
            # Qt's "12/04" and a year begun with the 0, said "not complete" once whole, or worse
            # (found in the real app: "12/40/2026" read 12/04/0000/2026, "25/12/2026" typed in a
            # month-first practice 02/05/1). Qt's advance stands: the separator typed next is
            # swallowed as after any part Qt completed, and the rest of the date goes on.
            self._refuse(single[0], int(single[1] + typed))
            self._show_too_big()  # the last part of the date: whole now
            event.accept()
            return
        if typed.isdigit():
            self._select_whole_part()
        before, text_before = self.currentSectionIndex(), self.lineEdit().text()
        section = self.currentSection()
        part = self.sectionText(section) if section != QDateTimeEdit.Section.NoSection else ""
        if self.lineEdit().selectedText():
            part = ""  # replaced by the key: the digit starts the part
        if typed.isdigit() and self._too_big is not None and LETTERS.get(section) == self._too_big[0] and \
                len(part) == 1:
            # A third digit of a day or month already refused ("32" of "320"): Qt would take
            # the "0" after the "3" it kept and hold 30, whole, without a word (found in the
            # real app: "12/320/2026" saved as 12/30/2026, "12/130/2026" in Mexico 12/10/2026).
            self._refuse(self._too_big[0], int(f"{self._too_big[1]}{typed}"))
            self._show_too_big()
            event.accept()
            return
        self._raw, self._typing = None, True
        try:
            super().keyPressEvent(event)
            if typed.isdigit() and section == QDateTimeEdit.Section.YearSection:
                # Qt writes a year begun with 0 as "0000", then "00005": the digits typed kept aside
                self._year_typed = typed if not part else (self._year_typed or part) + typed
            if typed.isdigit():
                self._refused_part(typed, section, part, text_before)
                letter = LETTERS.get(section)
                self._single = (letter, typed, self.currentSectionIndex()) if letter is not None and not part and \
                    whole_at_first(letter, typed) else None
            self._keep_typed_day(text_before)
            self._show_too_big()
        finally:
            self._typing = False
        self._advanced = bool(typed) and (typed.isdigit() or typed in _SEPARATORS) and \
            self.currentSectionIndex() != before
        self._maybe_fixed()

    def event(self, event: QEvent) -> bool:
        return left_by_tab(self, event) or super().event(event)

    def _select_whole_part(self) -> None:
        """A digit typed where Qt would insert it into a part already whole (the keyboard put
        there by a click, Home, or Ctrl+A selecting the whole date) was refused, silently:
        "11/20/2026" typed over 12/04/2026 gave 12/20/2026, the month lost and the rest kept
        (found in the real app, a request's received day). The part is selected first, as
        Tab does, so what is typed replaces it. A part being typed stays as it is, and so does a
        date already garbled ("02/30/2000": Qt took the 3 as the day and the 0 as a year shown
        "0000"), which must stay not whole, to be said, not become 02/03/2000."""
        section = self.currentSection()
        if section == QDateTimeEdit.Section.NoSection or not self.hasAcceptableInput():
            return
        part = self.sectionText(section)
        selected = self.lineEdit().selectedText()
        if selected and selected == part:
            return
        whole = 4 if section == QDateTimeEdit.Section.YearSection else 2
        if selected or len(part) >= whole:
            self.setSelectedSection(section)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        start_at_first_part(self, event)
        self._advanced = False
        self._single = None  # "12/4" and Tab: the 4 was the day; a digit on coming back starts anew

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if not vars(self):  # cleared by the cycle collector (test_overrides_after_collection)
            super().focusOutEvent(event)
            return
        self.complete_year()
        self._short_year = self._two_digits()  # Qt puts back the last whole year on leaving
        half_typed = self._no_such is None and not self.hasAcceptableInput()
        super().focusOutEvent(event)
        if half_typed:
            self._put_back = True
            self._say()
        elif self._no_such is not None:
            self._say()  # a whole date on screen, but not the one typed: said on leaving too
        elif self._problem is not None and not self._put_back:
            self._problem.go()
        self._take_new_format()


def date_picker(name: str, day: QDate | None = None, parent: QWidget | None = None) -> DateField:
    """A required date: today unless given, picked from a calendar or typed."""
    edit = DateField(day or QDate.currentDate(), parent)
    edit.setAccessibleName(name)
    return edit


def incomplete(field: QDateTimeEdit) -> bool:
    """The text typed is not a whole date or time ("12/23/0000 PM"): Qt would quietly keep the
    last whole one, so a form must say so rather than save a day or an hour nobody chose."""
    return field.half_typed() if isinstance(field, DateField | TimeField) else not field.hasAcceptableInput()


def unfinished_date(*fields: QDateEdit) -> bool:
    """For a form's Save: the first of `fields` holding a half-typed date says so and takes
    the keyboard; True when there was one (then nothing is saved)."""
    for field in fields:
        if isinstance(field, DateField) and field.isEnabled():
            field.complete_year()  # a birth date's year of two digits, saved by a shortcut before leaving
        if isinstance(field, DateField) and field.isEnabled() and field.half_typed():
            field.say_unfinished()
            return True
    return False


__all__ = ["ISO", "DateField", "TimeField", "date_picker", "incomplete", "unfinished_date"]

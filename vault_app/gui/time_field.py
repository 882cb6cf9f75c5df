"""A time field in the practice's format: "2:30 PM" as a therapist types it (the space after
the minutes once garbled the field, and Enter then booked 2:30 in the night), and "14:30"
typed into a 12-hour field is 2:30 PM, not 1:30 AM. Tab and Shift+Tab leave it, as a date
field (gui/date_field.py, gui/field_keys.py).

An hour or minute no time has ("24:00", "25:10", "2:60") is said under the field and held
(gui/part_refused.py): Qt dropped the digit without a word, "24:00" read 2:00 AM and "10:60"
10:06 (found in the real app). Once whole, the time is shown as typed ("24:00", "10:60"), not
as the one Qt holds in its place, until that part is typed again, stepped or set. "20" to "23"
typed into a 12-hour field are 8 to 11 PM.

AM and PM are written as the agenda writes them (dates.show_time): "9:00 a.m." in a Spanish
(es_US, es_MX) practice, where Qt's "AP" wrote "9:00 A.M." (found by a walker). Qt still
parses its own "AP" pattern, which reads the day's half in any case: only the case of its
words is changed on screen. Qt's "Ap" pattern, tried first, changed what typed times meant
("2:60 PM" typed over 10:30 in en_US was booked 22:30; reverted in 5e1dae7e)."""

from __future__ import annotations

import re
from datetime import time

from PySide6.QtCore import QDateTime, QEvent, QLocale, QSignalBlocker, Qt, QTime, Signal
from PySide6.QtGui import QFocusEvent, QHideEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import QDateTimeEdit, QTimeEdit, QWidget

from vault_app.gui import dates
from vault_app.gui.field_keys import cursor_of, held_enter, left_by_tab, put_cursor, start_at_first_part
from vault_app.gui.field_problem import FieldProblem
from vault_app.gui.part_refused import refused_number, time_refusal

_TIME_SEPARATORS = frozenset(":. ")
_NUMBER = re.compile(r"\d+")
_MODIFIERS = frozenset({Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr,
                        Qt.Key.Key_CapsLock})


class TimeField(QTimeEdit):
    """A time in the practice's format that takes "2:30 PM", "2:30pm" and "14:30" as typed."""

    unfinished = Signal()  # Enter was pressed on a half-typed time: the form says so

    def __init__(self, at: QTime, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # (Qt's text, the time as typed) once a time with a refused part is whole: shown as
        # typed, "24:00" and not the 2:00 AM Qt holds (found in the real app, the message
        # quoting 24:00 under a field reading 2:00 AM). Qt's text is put back before a key.
        # First: Qt asks textFromDateTime from setDisplayFormat on.
        self._shown_typed: tuple[str, str] | None = None
        self._qt_cursor = (0, 0, 0)  # Qt's cursor, selection start and length in its own text
        self._left = (0, 0, 0, 0)  # the part, cursor and selection as the text typed was put
        self._said = ""
        self._words: tuple[tuple[str, str], ...] = ()  # (Qt's AM or PM, the agenda's), where they differ
        # AM and PM as the practice writes them, whatever the screens' language: in the Spanish
        # app Qt's own words were "a. m."/"p. m.", the field showed "9:00 A. M." and a typed
        # "2:30 PM" was refused as half-typed ("the start time is not complete").
        self._take_format()
        self.setAccessibleName(name)
        self._advanced = False
        # Left half-typed ("02:30 P" and Tab): Qt put back a whole time nobody chose (2:30 AM,
        # booked so in the real app); the form's Save is held until a time is typed again.
        self._put_back = False
        self._said_half = False  # the last keys were the A or P of AM/PM, and what followed it
        self._new_format = False  # Settings changed the practice's locale: taken once the time is whole
        self._too_big: tuple[str, str] | None = None  # ("H", "24"): an hour or minute Qt refused
        self._minute_lead: str | None = None  # "6" of "2:6": Qt wrote 06 and moved on
        self._keying = False
        self._problem: FieldProblem | None = None
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
            self._take_format()

    def _take_format(self) -> None:
        locale, pattern = QLocale(dates.practice_locale()), dates.qt_time_format()
        self._words = _agenda_words(locale, pattern)  # first: setDisplayFormat redraws the text
        self.setLocale(locale)
        self.setDisplayFormat(pattern)

    def _as_agenda(self, text: str) -> str:
        """Qt's text with AM and PM as the agenda writes them ("P.M." -> "p.m.")."""
        for qt_word, word in self._words:
            text = text.replace(qt_word, word)
        return text

    def half_typed(self) -> bool:
        return self._put_back or self._too_big is not None or not self.hasAcceptableInput()

    def problem(self) -> str:
        """What the field says is wrong with its time now ("" when nothing is)."""
        return self._problem.text() if self._problem is not None and self._problem.isVisible() else ""

    def setTime(self, at: QTime) -> None:
        if not self._keying:  # set by the form: no refused part pending
            self._forget_refused()
        super().setTime(at)

    def stepBy(self, steps: int) -> None:
        self._forget_refused()  # the arrow keys put a real hour or minute there
        super().stepBy(steps)

    def _forget_refused(self) -> None:
        self._too_big = None
        self._show_qt_text()
        if self._problem is not None:
            self._problem.go()

    def _show_qt_text(self) -> None:
        shown, self._shown_typed = self._shown_typed, None
        if shown is None:
            return
        # The two texts differ in length ("24:00" for 2:00 AM): the cursor and selection go
        # back where Qt had them, or, moved meanwhile (focus, Tab, a part chosen), the part
        # Qt is on is selected in its own text.
        moved = (self.currentSectionIndex(), *cursor_of(self.lineEdit())) != self._left
        self._put_text(shown[0])
        part = self.currentSectionIndex()
        if moved and 0 <= part < self.sectionCount():
            self.setSelectedSection(self.sectionAt(part))
        else:
            put_cursor(self.lineEdit(), *self._qt_cursor)

    def _show_as_typed(self) -> None:
        """The whole time typed around a refused part, with that part as typed."""
        if self._too_big is None or self._shown_typed is not None or not self.hasAcceptableInput():
            return
        own = self.lineEdit().text()
        typed = self._as_typed(own)
        self._qt_cursor = cursor_of(self.lineEdit())
        self._shown_typed = (own, typed)
        self._put_text(typed)
        self._left = (self.currentSectionIndex(), *cursor_of(self.lineEdit()))

    def _as_typed(self, own: str) -> str:
        """Qt's text with the hour or minute refused as typed; a refused hour (24 and up)
        without the AM or PM Qt kept from before, which the hour typed never had."""
        assert self._too_big is not None
        letter, number = self._too_big
        fmt = self.displayFormat()
        hour_first = min(fmt.find(c) for c in "hH" if c in fmt) < fmt.find("m")
        spans = [m.span() for m in _NUMBER.finditer(own)][:2]
        if len(spans) < 2:
            return own
        hour, minute = spans if hour_first else spans[::-1]
        span, value = (hour, number) if letter == "H" else (minute, number)
        typed = own[:span[0]] + value + own[span[1]:]
        day_half = self.sectionText(QDateTimeEdit.Section.AmPmSection)
        if letter == "H" and day_half and "AP" in fmt.upper():
            typed = " ".join(typed.replace(day_half, "").replace(self._as_agenda(day_half), "").split())
        return typed

    def _put_text(self, text: str) -> None:
        line = self.lineEdit()
        if line.text() == text:
            return
        at = line.cursorPosition()
        with QSignalBlocker(line):  # the text changes, not the time: nothing to re-read
            line.setText(text)
        line.setCursorPosition(min(at, len(text)))

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if not vars(self):  # cleared by the cycle collector (test_overrides_after_collection)
            return super().validate(text, pos)
        if self._shown_typed is not None and text == self._shown_typed[1]:
            return QValidator.State.Intermediate, text, pos  # shown as typed: not whole, as it is not
        # Qt's parser puts its own "P.M." back into the text it read "p.m." from
        state, read, at = super().validate(text, pos)
        return state, self._as_agenda(read), at

    def textFromDateTime(self, moment: QDateTime) -> str:
        """What Qt redraws (on leaving the field): the time as typed while it is the one held."""
        if not vars(self):  # cleared by the cycle collector (test_overrides_after_collection)
            return super().textFromDateTime(moment)
        shown = self._as_agenda(super().textFromDateTime(moment))
        if self._shown_typed is not None and shown == self._shown_typed[0]:
            return self._shown_typed[1]
        return shown

    def _say_refused(self) -> None:
        if self._too_big is None:
            return
        if self._shown_typed is not None and self._problem is not None:
            self._problem.say(self._said)  # the parts are read from Qt's text, not the one shown
            return
        letter, number = self._too_big
        hour = number if letter == "H" else self.sectionText(QDateTimeEdit.Section.HourSection)
        minute = number if letter == "m" else self.sectionText(QDateTimeEdit.Section.MinuteSection)
        midnight = self._as_agenda(self.locale().toString(QTime(0, 0), self.displayFormat()))
        if self._problem is None:
            self._problem = FieldProblem(self, "timeProblem")
        self._said = time_refusal(midnight, letter, hour, minute)
        self._problem.say(self._said)

    def hideEvent(self, event: QHideEvent) -> None:
        # getattr: a window Python's cycle collector frees while shown hides its children after
        # their attributes were cleared (seen at random in test_minor_consent_gui)
        problem = getattr(self, "_problem", None)
        if problem is not None:
            problem.go()
        super().hideEvent(event)

    def keep_unfinished(self) -> None:
        """A form held across a lock with this time half-typed comes back with it so: Qt's last
        whole time is not booked as if typed (the form's Save says it is not complete)."""
        self._put_back = True

    def _typed_again(self, _at: QTime) -> None:
        if self.hasFocus():
            self._put_back = False

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if not vars(self):  # cleared by the cycle collector (test_overrides_after_collection)
            super().focusOutEvent(event)
            return
        # Shown as typed is not half-typed: said by its own message, held by _too_big
        half_typed = self._shown_typed is None and not self.hasAcceptableInput()
        super().focusOutEvent(event)
        if half_typed:
            self._put_back = True
        self._say_refused()
        self._take_new_format()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._keying = True
        try:
            if event.key() not in _MODIFIERS:
                self._show_qt_text()  # Qt reads its parts from its own text
            self._key(event)
        finally:
            self._keying = False
        self._say_refused()
        self._show_as_typed()

    def _key(self, event: QKeyEvent) -> None:
        if held_enter(self, event, whole=self.hasAcceptableInput() and self._too_big is None):
            self.unfinished.emit()
            return
        if event.key() in _MODIFIERS:
            # The Shift pressed again for the "M" of "PM" is a key too: it forgot the "P", and the
            # "M" went to Qt, which left "2:30 M" (found in the real app, typing "2:30 PM").
            super().keyPressEvent(event)
            return
        typed = event.text()
        lead, self._minute_lead = self._minute_lead, None
        if lead is not None and typed.isdigit():
            # "2:60": the 6 became 06 and Qt moved on; the 0 would be dropped, 2:06 kept
            self._too_big = ("m", lead + typed)
            event.accept()
            return
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
        before, text = self.currentSectionIndex(), self.lineEdit().text()
        section = self.currentSection()
        part = "" if self.lineEdit().hasSelectedText() else self.sectionText(section)
        super().keyPressEvent(event)
        self._advanced = typed.isdigit() and self.currentSectionIndex() != before
        if typed.isdigit():
            self._refused_part(typed, section, part, text)

    def _refused_part(self, typed: str, section: QDateTimeEdit.Section, part: str, before: str) -> None:
        """After a digit: an hour Qt refused ("2" and then "4") is kept aside and said; an hour
        or minute Qt took is that part typed anew."""
        letter = {QDateTimeEdit.Section.HourSection: "H", QDateTimeEdit.Section.MinuteSection: "m"}.get(section)
        if letter is None:
            return
        if self.lineEdit().text() != before:
            if self._too_big is not None and self._too_big[0] == letter:
                self._forget_refused()
            minute = self.sectionText(QDateTimeEdit.Section.MinuteSection)
            if letter == "m" and part == "" and typed in "6789" and minute == "0" + typed:
                self._minute_lead = typed
            return
        if len(part) == 1 and part.isdigit() and refused_number("H", int(part + typed)) and letter == "H":
            self._too_big = ("H", part + typed)

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
        """"14" typed into a 12-hour field is 2 PM, "20" 8 PM (Qt would keep the first digit and
        drop the second)."""
        hour = QDateTimeEdit.Section.HourSection
        if "AP" not in self.displayFormat().upper() or self.currentSection() != hour:
            return False
        if self.lineEdit().hasSelectedText() or self.sectionText(hour) not in ("1", "2"):
            return False
        typed = int(self.sectionText(hour) + digit)
        if not 13 <= typed <= 23:
            return False
        self.setTime(QTime(typed, self.time().minute()))
        self.setSelectedSection(QDateTimeEdit.Section.MinuteSection)
        self._advanced = True
        return True

    def event(self, event: QEvent) -> bool:
        return left_by_tab(self, event) or super().event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        start_at_first_part(self, event)
        self._advanced = False


def _agenda_words(locale: QLocale, pattern: str) -> tuple[tuple[str, str], ...]:
    """(Qt's word, the agenda's) for the morning and the afternoon where the agenda writes Qt's
    word in another case ("A.M." and "a.m." in es_US; "AM" and "am" in Australia): the text
    shown keeps Qt's letters, which its parser reads whatever their case, and its places.
    Qt's no-break space inside "p. m." (es_CO) is kept: drawn as the agenda's space, and read
    by Qt's parser where a plain one is not. A locale whose words differ beyond that (sq_AL)
    keeps Qt's, which Qt can read back."""
    if "AP" not in pattern:
        return ()
    words = []
    for hour in (1, 13):
        qt_word = locale.toString(QTime(hour, 0), "AP")
        qt_text, agenda = locale.toString(QTime(hour, 0), pattern), dates.show_time(time(hour, 0))
        at = qt_text.find(qt_word)
        if not qt_word or at < 0 or len(agenda) != len(qt_text):
            continue
        theirs = agenda[at:at + len(qt_word)]
        if _plain(theirs) != _plain(qt_word):
            continue
        word = "".join(q if q.isspace() else a for q, a in zip(qt_word, theirs, strict=True))
        if word != qt_word:
            words.append((qt_word, word))
    return tuple(words)


def _plain(word: str) -> str:
    return word.casefold().replace("\xa0", " ").replace("\u202f", " ")


__all__ = ["TimeField"]

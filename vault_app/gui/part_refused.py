"""A number typed into a part of a date or time that Qt refuses (month 13, day 32, hour 24,
minute 60), for gui/date_field.py and gui/time_field.py.

Qt's date and time edits drop such a digit without a word and the next separator moves on:
"13/12/2026" typed in a month-first practice read 01/12/2026 and booked an appointment eleven
months in the past, "24:00" read 2:00 AM (found in the real app). The fields keep the number
as typed and say it here, in the practice's own order, most often the other country's.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from vault_app.gui.i18n import QT_TRANSLATE_NOOP

_SECTION = re.compile(r"d+|M+|y+")
_WORDS = {"d": QT_TRANSLATE_NOOP("DateField", "day"), "M": QT_TRANSLATE_NOOP("DateField", "month"),
          "y": QT_TRANSLATE_NOOP("DateField", "year")}
NO_SUCH_MONTH = QT_TRANSLATE_NOOP("DateField", "There is no month {number}: dates here are written {order}.")
NO_SUCH_DAY = QT_TRANSLATE_NOOP("DateField", "There is no day {number}: dates here are written {order}.")
SWAPPED = QT_TRANSLATE_NOOP("DateField", "({swapped} would be {meant}.)")
MONTH_AND_DAY = QT_TRANSLATE_NOOP("DateField", "{month} {day}")
MIDNIGHT = QT_TRANSLATE_NOOP("TimeField", "{typed} is not a time: for midnight write {midnight}.")
NO_SUCH_HOUR = QT_TRANSLATE_NOOP("TimeField", "{typed} is not a time: the hours go from {low} to {high}.")
NO_SUCH_MINUTE = QT_TRANSLATE_NOOP("TimeField", "{typed} is not a time: the minutes go from 00 to 59.")


def refused_number(letter: str, number: int) -> bool:
    """A part's number no date or time has ("M", 13); hours "H" (0-23), minutes "m" (0-59)."""
    low, high = {"d": (1, 31), "M": (1, 12), "H": (0, 23), "m": (0, 59)}[letter]
    return not low <= number <= high


def whole_at_first(letter: str, typed: str) -> bool:
    """A digit that begins a day ("d") or month ("M") and is all of it for Qt: a day from 4, a
    month from 2 (Qt moves on by itself, or stays on the date's last part with it whole)."""
    return typed.isdigit() and int(typed) >= (4 if letter == "d" else 2)


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def date_order(display_format: str) -> str:
    """"month/day/year" for MM/dd/yyyy, "day/month/year" for dd/MM/yyyy, in the screens' language."""
    return _SECTION.sub(lambda m: _tr("DateField", _WORDS[m.group()[0]]), display_format)


def date_refusal(display_format: str, letter: str, number: int, parts: dict[str, int] | None) -> str:
    """What a date field says of a month or day typed that does not exist; with the whole date
    typed (`parts`), the date it would be in the other order, when there is one."""
    said = _tr("DateField", NO_SUCH_MONTH if letter == "M" else NO_SUCH_DAY)
    text = said.format(number=f"{number:02d}", order=date_order(display_format))
    if parts is None or letter != "M":
        return text
    day, year = parts["d"], parts["y"]
    if not (1 <= day <= 12 and QDate.isValid(year, day, number)):
        return text
    swapped = _SECTION.sub(lambda m: str({"d": number, "M": day, "y": year}[m.group()[0]]).zfill(len(m.group())),
                           display_format)
    meant = _tr("DateField", MONTH_AND_DAY).format(month=QLocale().monthName(day), day=number)
    return f"{text} {_tr('DateField', SWAPPED).format(swapped=swapped, meant=meant)}"


def time_refusal(midnight: str, letter: str, hour: str, minute: str) -> str:
    """What a time field says of an hour or minute typed that does not exist ("24:00");
    `midnight` as the field writes it (12:00 AM, 00:00)."""
    typed = f"{hour}:{minute.zfill(2)}"
    if letter == "m":
        return _tr("TimeField", NO_SUCH_MINUTE).format(typed=typed)
    if hour == "24":
        # "12:00 a.m." ends the sentence itself
        return _tr("TimeField", MIDNIGHT).format(typed=typed, midnight=midnight).replace("..", ".")
    return _tr("TimeField", NO_SUCH_HOUR).format(typed=typed, low="00", high="23")


__all__ = ["date_order", "date_refusal", "refused_number", "time_refusal", "whole_at_first"]

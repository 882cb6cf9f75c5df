"""The day, month and year of a date as a date field shows it, read by its display format.

For DateField: Qt's date edit moves a day the month does not have to the month's last day
while it is typed ("04/31" reads 04/30, "02/29" typed while the field's year is not a leap
year reads 02/28 even when the year then typed is one), so the field reads the parts of the
text itself to keep the day the therapist typed.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

_SECTION = re.compile(r"d+|M+|y+")
_NUMBER = re.compile(r"\d+")


class Parts(NamedTuple):
    day: str
    month: str
    year: str


def date_parts(display_format: str, text: str) -> Parts | None:
    """The three parts as typed ("3" for a day half-typed), or None when the text does not
    hold three numbers in the format's three places ("2:30 PM" typed into the day)."""
    sections = [s[0] for s in _SECTION.findall(display_format)]
    numbers = _NUMBER.findall(text)
    if sorted(sections) != ["M", "d", "y"] or len(numbers) != 3:
        return None
    found = dict(zip(sections, numbers, strict=True))
    return Parts(found["d"], found["M"], found["y"])


def date_text(display_format: str, year: int, month: int, day: int) -> str:
    """A date written in the field's format, whether or not it exists ("04/31/2001")."""
    values = {"d": day, "M": month, "y": year}
    return _SECTION.sub(lambda m: str(values[m.group()[0]]).zfill(len(m.group())), display_format)


def birth_year(two_digits: str, month: int, day: int, today: date) -> int | None:
    """The year of a birth date typed with two ("5/3/85"): this century's, unless that day is
    after today, then the century before's, so that a birth date is never in the future ("12/25/26"
    typed on 12/06/2026 is 1926). None when that day does not exist in that year (02/29/27)."""
    if len(two_digits) != 2 or not two_digits.isdigit():
        return None
    year = today.year - today.year % 100 + int(two_digits)
    for candidate in (year, year - 100):
        try:
            if date(candidate, month, day) <= today:
                return candidate
        except ValueError:
            continue  # no such day that year (02/29 of a year not leap)
    return None


def two_digits_typed(typed: str | None, shown: str) -> str | None:
    """The year typed, when it is two digits and still the year shown: Qt writes a year begun with
    0 as "0000", then "00005" for "05", and keeps a year typed over if the keyboard went back."""
    if typed is None or len(typed) != 2 or not shown.isdigit() or shown.lstrip("0") != typed.lstrip("0"):
        return None
    return typed


__all__ = ["Parts", "birth_year", "date_parts", "date_text", "two_digits_typed"]

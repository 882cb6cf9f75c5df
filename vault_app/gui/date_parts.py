"""The day, month and year of a date as a date field shows it, read by its display format.

For DateField: Qt's date edit moves a day the month does not have to the month's last day
while it is typed ("04/31" reads 04/30, "02/29" typed while the field's year is not a leap
year reads 02/28 even when the year then typed is one), so the field reads the parts of the
text itself to keep the day the therapist typed.
"""

from __future__ import annotations

import re
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


__all__ = ["Parts", "date_parts", "date_text"]

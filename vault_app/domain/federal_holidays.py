"""The United States' legal public holidays, computed by rule, with the days they are observed.

5 U.S.C. 6103(a) names eleven holidays, some on a fixed day of the year, some on the nth (or the
last) given weekday of a month. Where a fixed one falls on a weekend, the day off moves:
a Saturday's to the Friday before (5 U.S.C. 6103(b)(1)), a Sunday's to the Monday after
(Executive Order 11582, sec. 3(a)). Federal offices, banks and most practices' billing partners
are closed on the day observed; a solo practice is likely closed on both.

Used for advice only (domain/due_weekend): HIPAA counts calendar days (45 CFR 164.524(b)(2),
164.526(b)(2), 164.528(c)(1)) and does not move a deadline off a holiday. State holidays (Cesar
Chavez Day, Patriots' Day...) differ by state and are not known here.

Years before a holiday was made law do not have it: Martin Luther King Jr.'s Birthday from 1986
(Pub. L. 98-144), Juneteenth from 2021 (Pub. L. 117-17, signed June 17, 2021: June 18, 2021
was the first day observed). The Monday holidays are the Uniform Monday Holiday Act's (Pub. L.
90-363, from 1971); years before it are not used for deadlines and are given its rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum
from functools import cache

MONDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = 0, 3, 4, 5, 6


class Holiday(Enum):
    """Each holiday of 5 U.S.C. 6103(a), by its name in the statute."""

    NEW_YEARS_DAY = "New Year's Day"
    MLK_BIRTHDAY = "Birthday of Martin Luther King, Jr."
    WASHINGTONS_BIRTHDAY = "Washington's Birthday"
    MEMORIAL_DAY = "Memorial Day"
    JUNETEENTH = "Juneteenth National Independence Day"
    INDEPENDENCE_DAY = "Independence Day"
    LABOR_DAY = "Labor Day"
    COLUMBUS_DAY = "Columbus Day"
    VETERANS_DAY = "Veterans Day"
    THANKSGIVING_DAY = "Thanksgiving Day"
    CHRISTMAS_DAY = "Christmas Day"


@dataclass(frozen=True)
class _Fixed:
    month: int
    day: int


@dataclass(frozen=True)
class _NthWeekday:
    month: int
    weekday: int
    nth: int  # 1 = first ... ; -1 = the last of the month


# 5 U.S.C. 6103(a), in the statute's order, with the first year each is law (see the module's comment).
RULES: tuple[tuple[Holiday, _Fixed | _NthWeekday, int], ...] = (
    (Holiday.NEW_YEARS_DAY, _Fixed(1, 1), 1870),
    (Holiday.MLK_BIRTHDAY, _NthWeekday(1, MONDAY, 3), 1986),
    (Holiday.WASHINGTONS_BIRTHDAY, _NthWeekday(2, MONDAY, 3), 1879),
    (Holiday.MEMORIAL_DAY, _NthWeekday(5, MONDAY, -1), 1888),
    (Holiday.JUNETEENTH, _Fixed(6, 19), 2021),
    (Holiday.INDEPENDENCE_DAY, _Fixed(7, 4), 1870),
    (Holiday.LABOR_DAY, _NthWeekday(9, MONDAY, 1), 1894),
    (Holiday.COLUMBUS_DAY, _NthWeekday(10, MONDAY, 2), 1937),
    (Holiday.VETERANS_DAY, _Fixed(11, 11), 1938),
    (Holiday.THANKSGIVING_DAY, _NthWeekday(11, THURSDAY, 4), 1870),
    (Holiday.CHRISTMAS_DAY, _Fixed(12, 25), 1870),
)


@dataclass(frozen=True)
class HolidayDay:
    """A day off: the holiday, the day it falls on, and the day observed (the same when a weekday)."""

    holiday: Holiday
    falls_on: date
    observed_on: date


def _nth_weekday(year: int, rule: _NthWeekday) -> date:
    if rule.nth > 0:
        first = date(year, rule.month, 1)
        return first + timedelta(days=(rule.weekday - first.weekday()) % 7 + 7 * (rule.nth - 1))
    last = (date(year + rule.month // 12, rule.month % 12 + 1, 1)) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - rule.weekday) % 7)


def _observed(day: date) -> date:
    if day.weekday() == SATURDAY:
        return day - timedelta(days=1)  # 5 U.S.C. 6103(b)(1)
    if day.weekday() == SUNDAY:
        return day + timedelta(days=1)  # Executive Order 11582, sec. 3(a)
    return day


@cache
def holidays_of(year: int) -> tuple[HolidayDay, ...]:
    """The year's holidays, each with the day it falls on and the day observed (a New Year's Day on a
    Saturday is observed on December 31 of the year before, and listed with its own year)."""
    found = []
    for holiday, rule, since in RULES:
        if year < since:
            continue
        day = date(year, rule.month, rule.day) if isinstance(rule, _Fixed) else _nth_weekday(year, rule)
        found.append(HolidayDay(holiday, day, _observed(day)))
    return tuple(found)


def holidays_on(day: date) -> tuple[HolidayDay, ...]:
    """The holidays that fall on `day` or are observed on it (none on most days)."""
    near = holidays_of(day.year) + holidays_of(day.year + 1)  # December 31: next New Year's, observed
    return tuple(h for h in near if day in (h.falls_on, h.observed_on))


def is_holiday(day: date) -> bool:
    return bool(holidays_on(day))


__all__ = ["RULES", "Holiday", "HolidayDay", "holidays_of", "holidays_on", "is_holiday"]

"""A deadline that falls on a Saturday, a Sunday or a federal holiday, said as one.

HIPAA counts calendar days (45 CFR 164.524(b)(2), 164.526(b)(2), 164.528(c)(1)) and does not move a
deadline off a weekend or a holiday; neither do the state access deadlines counted in calendar days.
The date stays the law's; what changes is that the therapist is told the office is likely closed
that day, and the last working day before it (found by a walker: New York, "due 12/13/2026", a
Sunday, said as any day). Holidays are the federal ones (domain/federal_holidays, 5 U.S.C. 6103),
on the days they fall and are observed: a Sunday deadline of 01/03/2027 was told "act by Fri
01/01/2027", New Year's Day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from vault_app.domain.federal_holidays import HolidayDay, holidays_on

SATURDAY = 5


def on_weekend(day: date) -> bool:
    return day.weekday() >= SATURDAY


def closed_on(day: date) -> bool:
    """A Saturday, a Sunday, or a federal holiday (the day it falls on or the day it is observed)."""
    return on_weekend(day) or bool(holidays_on(day))


@dataclass(frozen=True)
class ActBy:
    """Advice for a deadline on a closed day: the last working day before it (`day`), whether the
    deadline is on a weekend, and the holidays on the deadline or between it and `day`, latest first."""

    day: date
    weekend: bool
    holidays: tuple[HolidayDay, ...]


def act_by(deadline: date) -> ActBy | None:
    """The last working day before a deadline on a weekend or a federal holiday, with why;
    None for a deadline on a working day. The deadline itself is not moved."""
    if not closed_on(deadline):
        return None
    found: list[HolidayDay] = []
    day = deadline
    while closed_on(day):
        found.extend(h for h in holidays_on(day) if h.holiday not in {f.holiday for f in found})
        day -= timedelta(days=1)
    return ActBy(day, on_weekend(deadline), tuple(found))


def closed_day(h: HolidayDay, deadline: date, before: date) -> date:
    """The day `h` closes the office between `before` (excluded) and `deadline`: the day observed
    when it is there, else the day it falls on."""
    return h.observed_on if before < h.observed_on <= deadline else h.falls_on


__all__ = ["ActBy", "act_by", "closed_day", "closed_on", "on_weekend"]

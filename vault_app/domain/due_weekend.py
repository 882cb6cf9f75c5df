"""A deadline that falls on a Saturday or Sunday, said as one.

HIPAA counts calendar days (45 CFR 164.524(b)(2), 164.526(b)(2), 164.528(c)(1)) and does not move a
deadline off a weekend; neither do the state access deadlines counted in calendar days. The date stays
the law's; what changes is that the therapist is told the office is likely closed that day, and the
last weekday before it (found by a walker: New York, "due 12/13/2026", a Sunday, said as any day)."""

from __future__ import annotations

from datetime import date, timedelta

SATURDAY = 5


def on_weekend(day: date) -> bool:
    return day.weekday() >= SATURDAY


def weekday_before(day: date) -> date | None:
    """The Friday before a deadline on a Saturday or Sunday; None for a weekday deadline."""
    if not on_weekend(day):
        return None
    return day - timedelta(days=day.weekday() - 4)


__all__ = ["on_weekend", "weekday_before"]

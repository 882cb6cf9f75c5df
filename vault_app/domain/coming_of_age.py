"""A client's coming of age: the day they reach the age of majority, and the window around it in
which the practice has something to do.

On that day a parent's authority as personal representative ends (45 CFR 164.502(g)(2)-(3); a
court order may keep a guardian's: domain/representatives.standing reads it), and from then the
client alone signs. An authorization the parent signed before stands until it expires or is
revoked (164.508(b)(5)), but the client now controls it: good practice is to ask them to sign
their own (found by a walker, round 33: nothing said so, neither before nor after the birthday).

The window (30 days either side) is the practice's reminder, not a legal period: long enough to
plan the conversation at a session or two before the birthday, and to catch the forms after it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from vault_app.domain.clinical import age_on

CITATION = "45 CFR 164.502(g)(2)-(3)"  # a parent's authority ends at the age of majority
FORM_CITATION = "45 CFR 164.508(b)(5)"  # a form stands until it expires or is revoked
WINDOW_DAYS = 30


def majority_day(date_of_birth: date | None, age_of_majority: int) -> date | None:
    """The day the client reaches the age of majority; born on 29 February, 1 March of a common
    year, as clinical.age_on counts it. None without a date of birth."""
    if date_of_birth is None:
        return None
    year = date_of_birth.year + age_of_majority
    try:
        return date(year, date_of_birth.month, date_of_birth.day)
    except ValueError:  # 29 February in a common year
        return date(year, 3, 1)


@dataclass(frozen=True)
class Age:
    years: int
    minor: bool
    majority_on: date  # the day they come (or came) of age


def age_of(date_of_birth: date | None, age_of_majority: int, today: date) -> Age | None:
    """The client's age today, whether a minor, and the day they come of age; None without a
    date of birth or for one in the future (a typing slip the form refuses elsewhere)."""
    day = majority_day(date_of_birth, age_of_majority)
    if date_of_birth is None or day is None or date_of_birth > today:
        return None
    return Age(age_on(date_of_birth, today), today < day, day)


def comes_of_age_soon(date_of_birth: date | None, age_of_majority: int, today: date,
                      window: int = WINDOW_DAYS) -> date | None:
    """The day, when the client comes of age after today and within `window` days, else None."""
    day = majority_day(date_of_birth, age_of_majority)
    return day if day is not None and today < day <= today + timedelta(days=window) else None


def came_of_age_lately(date_of_birth: date | None, age_of_majority: int, today: date,
                       window: int = WINDOW_DAYS) -> date | None:
    """The day, when the client came of age today or within the last `window` days, else None."""
    day = majority_day(date_of_birth, age_of_majority)
    return day if day is not None and today - timedelta(days=window) <= day <= today else None


def adult_since_signing(signed_on: date, date_of_birth: date | None, age_of_majority: int,
                        today: date) -> date | None:
    """For a form a representative signed: the day the client came of age, when that is after the
    signing and not after today (they are an adult now, and were a minor when it was signed)."""
    day = majority_day(date_of_birth, age_of_majority)
    return day if day is not None and signed_on < day <= today else None


__all__ = ["CITATION", "FORM_CITATION", "WINDOW_DAYS", "Age", "adult_since_signing", "age_of", "came_of_age_lately",
           "comes_of_age_soon", "majority_day"]

"""Whether the day a client's request was received is a day it could have been: a typing slip
is refused before the request is recorded, with words that say what to check.

A request received before the client was born, or longer ago than any record of it must be
kept, is a slip of the year ("1900-01-01", "2002" for "2026"): recorded, it was due decades
ago and the request stood overdue on the dashboard from the day it was typed (found by a
helper, round 46: `request add --received-on 1900-01-01` said "due January 31, 1900").

How far back a request may be recorded: the longer of
- six years, the law's period for keeping a request and its answer on file (45 CFR
  164.530(j)(2), for the documentation 164.524(e), 164.526(f) and 164.528(d) require), and
- the practice's retention period for adult charts (Jurisdiction settings), within which its
  requests still stand in a chart kept.

Pure: the service gives today, the client's date of birth and the practice's retention years.
"""

from __future__ import annotations

from datetime import date

from vault_app.domain.deadlines import years_before
from vault_app.domain.errors import InvalidInput
from vault_app.domain.locale_format import DEFAULT_LOCALE, date_text

DOCUMENTATION_CITATION = "45 CFR 164.530(j)(2)"
DOCUMENTATION_YEARS = 6  # a request and its answer kept on file (164.530(j)(2))
FIELD = "request_received_on"  # the refusals below name it literally: tests/gui/test_refusal_words reads them


def earliest_received(today: date, retention_years: int) -> date:
    """The first day a request may have been received and still be recorded."""
    return years_before(today, max(DOCUMENTATION_YEARS, retention_years))


def check_received_on(received: date, *, today: date, born: date | None, retention_years: int,
                      locale: str = DEFAULT_LOCALE) -> None:
    """Refuses a received day before the client's birth, or before the earliest day a request
    may be recorded (earliest_received); a day in the future is parse_date's to refuse."""
    day = date_text(received, locale)
    if born is not None and received < born:
        birth = date_text(born, locale)
        raise InvalidInput(
            f"The request is dated {day}, before the client was born ({birth}): check the year of the day "
            "it was received.", code="request.received_before_birth", field="request_received_on",
            params={"received": day, "born": birth})
    earliest = earliest_received(today, retention_years)
    if received < earliest:
        first = date_text(earliest, locale)
        raise InvalidInput(
            f"The request is dated {day}, longer ago than any request is kept on file (from {first}; "
            f"{DOCUMENTATION_CITATION} and the practice's retention period): check the year of the day it "
            "was received.", code="request.received_too_long_ago", field="request_received_on",
            params={"received": day, "earliest": first, "citation": DOCUMENTATION_CITATION})


__all__ = ["DOCUMENTATION_CITATION", "DOCUMENTATION_YEARS", "check_received_on", "earliest_received"]

"""What the client asked the accounting to cover, and what it may cost (45 CFR 164.528(a)(3), (c)(2)).

- Period: six years before the request, or a shorter period the client asks for
  (164.528(a)(3)); never longer, never starting after the request.
- Fee: the first accounting in any 12 months is free. A reasonable, cost-based fee for
  another one within 12 months needs the client told of it in advance, and a chance to
  withdraw or modify the request to avoid or reduce it (164.528(c)(2)): the app needs the
  date of that notice and the client's choice before it produces a charged accounting.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Literal

from vault_app.domain.deadlines import lookback_start, years_before
from vault_app.domain.errors import InvalidInput, Problem
from vault_app.domain.locale_format import DEFAULT_LOCALE, date_text

FEE_CITATION = "45 CFR 164.528(c)(2)"
ClientChoice = Literal["proceed", "modified"]
CLIENT_CHOICES: tuple[ClientChoice, ...] = ("proceed", "modified")
# The command line's words for the choice not recorded (its --client-choice values); the window
# names its own list's (gui/refusal_words_records.py, gui/accounting_terms_fields.py).
CHOICE_MISSING = ("After the fee notice the client may withdraw or modify the request (45 CFR 164.528(c)(2)): record "
                  "their choice (proceed or modified); if they withdrew, withdraw the request instead.")


def period_start(as_of: date, since: date | None, locale: str = DEFAULT_LOCALE) -> date:
    """The first day covered: six years back, or the later day the client asked for (a refusal
    names the earliest day as the practice writes it)."""
    earliest = lookback_start(as_of)
    if since is None:
        return earliest
    if since > as_of:
        raise InvalidInput("The period asked for starts after the date of the request.",
                           code="accounting.period_after_request", field="period_start")
    if since < earliest:
        raise InvalidInput(
            f"An accounting covers at most the six years before the request (from {date_text(earliest, locale)}); "
            "the client may ask for a shorter period, not a longer one (45 CFR 164.528(a)(1), (a)(3)).",
            code="accounting.period_over_six_years", field="period_start",
            params={"earliest": date_text(earliest, locale)})
    return since


@dataclass(frozen=True)
class FeeTerms:
    charge: bool = False
    notice_on: date | None = None  # the advance notice of the fee
    client_choice: str = ""  # after the notice: go ahead as asked, or a modified request

    def as_dict(self) -> dict[str, object]:
        if not self.charge:
            return {"charge": False}
        return {"charge": True, "notice_on": self.notice_on.isoformat() if self.notice_on else None,
                "client_choice": self.client_choice}


def first_in_twelve_months(as_of: date, earlier: Iterable[date]) -> bool:
    """Whether an accounting requested on `as_of` is the client's first "in any 12 month period"
    (164.528(c)(2)): no earlier accounting (`earlier`: the days they were requested) after the same
    calendar day a year before (29 February's is 28 February). Twelve calendar months, not 365 days
    (found by a walker: one requested on 2027-03-01 made the next, on 2028-02-29, "the first in 12
    months" again, and its fee, told in advance, was refused)."""
    start = years_before(as_of, 1)
    return not any(day > start for day in earlier)


def fee_problems(terms: FeeTerms, *, first_in_year: bool, produced_on: date) -> list[str]:
    """Why a fee may not be charged as recorded (empty: it may, or there is none)."""
    if not terms.charge:
        return []
    if first_in_year:
        return [Problem("The first accounting in any 12-month period is free (45 CFR 164.528(c)(2)); do not charge a "
                        "fee.", code="accounting.fee.first_free")]
    out: list[str] = []
    if terms.notice_on is None:
        out.append(Problem("A fee for a second accounting within 12 months needs the client told of it in advance "
                           "(45 CFR 164.528(c)(2)): record the date of that notice.",
                           code="accounting.fee.notice_missing"))
    elif terms.notice_on > produced_on:
        out.append(Problem("The fee notice is dated after the accounting; it must come first (45 CFR 164.528(c)(2)).",
                           code="accounting.fee.notice_after"))
    if terms.client_choice not in CLIENT_CHOICES:
        out.append(Problem(CHOICE_MISSING, code="accounting.fee.choice_missing"))
    return out


def fee_statement(terms: FeeTerms, first_in_year: bool, locale: str = DEFAULT_LOCALE,
                  written: Callable[[date], str] | None = None) -> str:
    """The sentence the accounting prints: only what is true of this one (its date as `written`
    writes it, the PDF's sent_day; else as the practice writes it)."""
    if not terms.charge:
        return ("The first accounting in any 12-month period is free of charge." if first_in_year else
                "No fee is charged for this accounting.")
    shown = written or (lambda day: date_text(day, locale))
    notice = shown(terms.notice_on) if terms.notice_on else "?"
    return (f"This is not your first accounting in the past 12 months. We told you of a reasonable, cost-based fee "
            f"on {notice}, before preparing it, and you chose to "
            + ("go ahead with your request." if terms.client_choice == "proceed" else "modify your request.")
            + " (45 CFR 164.528(c)(2))")


__all__ = ["CHOICE_MISSING", "CLIENT_CHOICES", "FEE_CITATION", "ClientChoice", "FeeTerms", "fee_problems",
           "fee_statement", "first_in_twelve_months", "period_start"]

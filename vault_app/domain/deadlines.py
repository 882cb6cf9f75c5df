"""Deadline arithmetic for the client's rights (45 CFR 164.524, 164.526, 164.528).

All periods are calendar days counted from the day the request was received, so
plain date arithmetic is exact across month ends and leap years. The only place
calendar years matter is the accounting lookback ("six years prior to the date on
which the accounting is requested"); there a 29 February start falls back to
28 February, which keeps the window at least six full years long.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from vault_app.domain.errors import InvalidInput, RefusedByPolicy
from vault_app.domain.locale_format import DEFAULT_LOCALE, date_text

RequestKind = Literal["access", "amendment", "accounting"]


@dataclass(frozen=True)
class DeadlineRule:
    kind: RequestKind
    days: int
    extension_days: int
    citation: str
    what: str


RULES: dict[str, DeadlineRule] = {
    "access": DeadlineRule("access", 30, 30, "45 CFR 164.524(b)(2)", "act on a request for access"),
    "amendment": DeadlineRule("amendment", 60, 30, "45 CFR 164.526(b)(2)", "act on a request for amendment"),
    "accounting": DeadlineRule("accounting", 60, 30, "45 CFR 164.528(c)(1)", "provide an accounting of disclosures"),
}

ACCOUNTING_LOOKBACK_YEARS = 6


def rule_for(kind: str) -> DeadlineRule:
    try:
        return RULES[kind]
    except KeyError:
        raise InvalidInput(f"Unknown request kind '{kind}'. Choose access, amendment or accounting.",
                           code="request.kind_unknown", field="request_kind") from None


def due_date(kind: str, received_on: date) -> date:
    """The last calendar day on which the practice may act without an extension."""
    return received_on + timedelta(days=rule_for(kind).days)


def years_before(day: date, years: int) -> date:
    """The same calendar day `years` earlier; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def lookback_start(requested_on: date, years: int = ACCOUNTING_LOOKBACK_YEARS) -> date:
    """First day covered by an accounting requested on `requested_on` (inclusive)."""
    return years_before(requested_on, years)


@dataclass(frozen=True)
class Extension:
    notice_on: date
    new_due: date
    reason: str


def check_notice_given(kind: str, notice_on: date, *, today: date, locale: str = DEFAULT_LOCALE) -> None:
    """The extension is made by its written notice to the client (45 CFR 164.524(b)(2),
    164.526(b)(2), 164.528(c)(1)): a notice dated after today is not given yet, and a request
    recorded as extended by it would stand extended though nobody told the client. Refused;
    the extension is recorded on or after the day the notice goes out (found by a walker:
    a notice dated four weeks ahead was taken)."""
    if notice_on <= today:
        return
    citation = rule_for(kind).citation
    notice, now = date_text(notice_on, locale), date_text(today, locale)
    raise RefusedByPolicy(
        f"The extension notice is dated {notice}, after today ({now}): a request is extended by a written notice "
        f"already given to the client ({citation}).",
        hint="Give the notice first, then record the extension with the day it was given.",
        code="request.notice_after_today", params={"notice": notice, "today": now, "citation": citation},
    )


def extend(
    kind: str,
    received_on: date,
    *,
    notice_on: date,
    reason: str,
    days: int | None = None,
    already_extended: bool = False,
    locale: str = DEFAULT_LOCALE,
    today: date | None = None,
) -> Extension:
    """The single extension each rule allows, with the written notice inside the first period.

    Raises RefusedByPolicy for a second extension, a notice sent too late, a notice dated
    after `today` (not given yet; the services always pass today), or more days than the rule
    allows; InvalidInput for a missing reason or an impossible date.
    """
    rule = rule_for(kind)
    original = due_date(kind, received_on)
    if already_extended:
        raise RefusedByPolicy(
            f"This request was already extended once; {rule.citation} allows only one extension.",
            hint="Act on the request by the extended due date.",
            code="request.already_extended", params={"citation": rule.citation},
        )
    if not reason.strip():
        raise InvalidInput("Give the reason for the delay: the written notice must state it.",
                           code="request.extension_reason_missing", field="extension_reason")
    notice, received, by = date_text(notice_on, locale), date_text(received_on, locale), date_text(original, locale)
    if notice_on < received_on:
        raise InvalidInput(f"The notice date {notice} is before the request was received ({received}).",
                           code="request.notice_before_received", field="notice_on",
                           params={"notice": notice, "received": received})
    if today is not None:
        # Before "too late": a notice dated past the first period but not yet given can still
        # be given today, inside it.
        check_notice_given(kind, notice_on, today=today, locale=locale)
    if notice_on > original:
        raise RefusedByPolicy(
            f"The extension notice must be given within the first {rule.days} days, by "
            f"{by}; {notice} is too late ({rule.citation}).",
            hint="The request is now overdue: act on it as soon as possible.",
            code="request.extension_too_late",
            params={"days": rule.days, "by": by, "notice": notice, "citation": rule.citation},
        )
    extra = rule.extension_days if days is None else days
    if not 1 <= extra <= rule.extension_days:
        raise RefusedByPolicy(f"An extension may add 1 to {rule.extension_days} days ({rule.citation}).",
                              code="request.extension_days",
                              params={"max": rule.extension_days, "citation": rule.citation})
    return Extension(notice_on, original + timedelta(days=extra), reason.strip())


DueState = Literal["closed", "overdue", "due_soon", "open"]


def due_state(due: date, today: date, *, closed: bool, soon_days: int = 7) -> DueState:
    if closed:
        return "closed"
    if today > due:
        return "overdue"
    if (due - today).days <= soon_days:
        return "due_soon"
    return "open"


__all__ = [
    "ACCOUNTING_LOOKBACK_YEARS",
    "RULES",
    "DeadlineRule",
    "DueState",
    "Extension",
    "RequestKind",
    "check_notice_given",
    "due_date",
    "due_state",
    "extend",
    "lookback_start",
    "rule_for",
    "years_before",
]

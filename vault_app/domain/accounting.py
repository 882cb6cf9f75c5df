"""The accounting of disclosures (45 CFR 164.528) built from disclosure records.

- Window: the six years before the date the accounting is requested, or the shorter
  period the client asks for (164.528(a)(3); accounting_terms.py).
- Each entry: date, recipient and address if known, a brief description of what was
  disclosed, a brief statement of purpose (and the basis).
- Disclosures the rule excludes (treatment, payment, to the client, under an
  authorization) are listed in a separate section or omitted, as the user chooses.
- Repeated disclosures to the same recipient for the same purpose, on the same basis (under
  164.512, or one and the same authorization) are summarized: the first in full, how many, and
  the date of the last (164.528(b)(3); accounting_merge.py).
- Disclosures for national security or intelligence (164.528(a)(1)(vi), 164.512(k))
  never appear, not even among the exclusions: the client must not learn of them.
- A suspension requested by a health oversight agency or law enforcement
  (164.528(a)(2)) hides disclosures to that agency from an accounting given while it
  lasts (the day given, not the day asked); an oral request lasts at most 30 days.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from vault_app.domain.accounting_merge import MergedLine, merge
from vault_app.domain.accounting_reliance import NO_ORDERS, LetterOrders, as_accounted
from vault_app.domain.accounting_terms import period_start
from vault_app.domain.disclosure import DisclosureRecord
from vault_app.domain.errors import InvalidInput
from vault_app.domain.locale_format import DEFAULT_LOCALE
from vault_app.domain.named_party import same_party

ExclusionMode = Literal["list", "omit"]
ORAL_SUSPENSION_MAX_DAYS = 30


@dataclass(frozen=True)
class Suspension:
    id: str
    client_id: str
    agency: str
    starts_on: date
    ends_on: date
    written: bool
    reference: str = ""

    def active_on(self, day: date) -> bool:
        return self.starts_on <= day <= self.ends_on

    def hides(self, record: DisclosureRecord, given_on: date) -> bool:
        """Whether `record` is withheld from an accounting given on `given_on`: the right suspended
        is the right to RECEIVE the accounting "for the time specified" (164.528(a)(2)(i)), so the day
        it is given counts, not the day it was asked (found by a walker: a request made the week
        before the Board's suspension, answered during it, printed the Board's investigation)."""
        return (
            self.active_on(given_on)
            and record.client_id == self.client_id
            and withholds_from(self.agency, record.recipient.name)
        )


def withholds_from(agency: str, recipient: str) -> bool:
    """Whether a suspension asked by `agency` covers a disclosure recorded to `recipient`: the same
    agency however written (named_party.same_party), towards withholding for the suspension's time
    (found by a walker: "State Board of Behavioral Sciences, Enforcement Unit" escaped the Board's)."""
    return same_party(agency, recipient)


def new_suspension(
    *, id: str, client_id: str, agency: str, starts_on: date, ends_on: date | None, written: bool, reference: str = ""
) -> Suspension:
    if not agency.strip():
        raise InvalidInput("Name the agency or official that asked for the suspension.",
                           code="accounting.suspension_agency_missing", field="agency")
    if not written:
        # 164.528(a)(2)(ii): an oral statement suspends for no longer than 30 days.
        limit = starts_on + timedelta(days=ORAL_SUSPENSION_MAX_DAYS)
        ends_on = limit if ends_on is None else min(ends_on, limit)
    elif ends_on is None:
        raise InvalidInput("A written suspension request must state the time period; give its end date.",
                           code="accounting.suspension_written_needs_end", field="suspension_end")
    if ends_on < starts_on:
        raise InvalidInput("The suspension ends before it starts.", code="accounting.suspension_ends_before_start",
                           field="suspension_end")
    return Suspension(id, client_id, agency.strip(), starts_on, ends_on, written, reference.strip())


# One line: the first disclosure in full, how many, the last one's day (accounting_merge.py).
AccountingLine = MergedLine


@dataclass(frozen=True)
class Accounting:
    client_id: str
    as_of: date
    period_start: date
    lines: tuple[AccountingLine, ...]
    excluded: tuple[AccountingLine, ...]
    exclusions: ExclusionMode
    # Kept for the ledger only; never printed (the client must not learn of a suspension's scope).
    hidden_by_suspension: int = 0
    withheld: int = 0  # national-security disclosures, never shown to the client

    @property
    def disclosure_ids(self) -> tuple[str, ...]:
        return tuple(line.first.disclosure_id for line in (*self.lines, *self.excluded))


def _group(records: list[DisclosureRecord], summarize: bool) -> tuple[AccountingLine, ...]:
    if not summarize:
        return tuple(AccountingLine(r, 1, r.day) for r in sorted(records, key=lambda r: (r.day, r.seq)))
    return merge(records)


def build(
    records: list[DisclosureRecord],
    *,
    client_id: str,
    as_of: date,
    suspensions: list[Suspension] = (),  # type: ignore[assignment]
    exclusions: ExclusionMode = "list",
    summarize: bool = True,
    since: date | None = None,
    locale: str = DEFAULT_LOCALE,
    ended_on: Mapping[str, date] | None = None,
    orders: LetterOrders = NO_ORDERS,
    given_on: date | None = None,
) -> Accounting:
    """`given_on`: the day the accounting is given, on which suspensions are judged (default
    `as_of`, the request's day, for an accounting given the day it is asked). `ended_on`:
    authorization id -> the first day it no longer counted (revocation received, expiration event
    occurred); a disclosure made under it from that day on is accounted for
    unless `orders` says it went out before the revocation's letter that day
    (accounting_reliance.py)."""
    if exclusions not in ("list", "omit"):
        raise InvalidInput("Exclusions are either listed separately ('list') or omitted ('omit').")
    start = period_start(as_of, since, locale)
    in_window = [
        as_accounted(r, ended_on or {}, orders) for r in records
        if r.client_id == client_id and r.delivered and start <= r.day <= as_of
    ]
    withheld = [r for r in in_window if r.hidden_from_client]
    in_window = [r for r in in_window if not r.hidden_from_client]
    given = given_on or as_of
    hidden = [r for r in in_window if any(s.hides(r, given) for s in suspensions)]
    shown = [r for r in in_window if r not in hidden]
    accountable = [r for r in shown if r.accountable]
    excluded = [r for r in shown if not r.accountable] if exclusions == "list" else []
    return Accounting(
        client_id=client_id,
        as_of=as_of,
        period_start=start,
        lines=_group(accountable, summarize),
        excluded=_group(excluded, summarize),
        exclusions=exclusions,
        hidden_by_suspension=len(hidden),
        withheld=len(withheld),
    )


__all__ = [
    "ORAL_SUSPENSION_MAX_DAYS",
    "Accounting",
    "AccountingLine",
    "ExclusionMode",
    "Suspension",
    "build",
    "new_suspension",
    "withholds_from",
]

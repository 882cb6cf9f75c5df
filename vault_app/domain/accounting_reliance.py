"""When a disclosure "under an authorization" is still excluded from the accounting (45 CFR 164.528).

164.528(a)(1)(iv) excludes disclosures "pursuant to an authorization as provided in 164.508".
The ledger records the exclusion the basis claimed when the disclosure was made; two facts
known only later, or known then and overridden, take the claim away:

- the authorization had ended on the day of the disclosure: its written revocation had been
  received (a revocation takes effect when received, 164.508(b)(5)), or its expiration event
  had occurred (an authorization is not valid once the event is known to have occurred,
  164.508(b)(2)(i)). A practice often records either days later (the letter on the desk, a
  discharge entered at the end of the month), so disclosures made meanwhile relied on nothing;
- the disclosure was recorded by hand although the gate refused the authorization for it
  (expired, another recipient or purpose, not covering that information): recorded, never
  blocked (services/export.record_manual), but not "as provided in 164.508".

A revocation received on the day of a disclosure may have arrived before or after it: the day
alone cannot tell (found by a walker: an export at 04:10 and a letter received at 04:15 were
written as "revoked ..., before this disclosure", with a breach to assess). The therapist may
say which came first (LetterOrder, recorded in the ledger); one said to have gone out first was
made in reliance (164.508(b)(5)(i)) and keeps its exclusion; where nothing is said it is listed,
in words that say only that it was the same day (TIMINGS).

Such a disclosure is accounted for like any other; listing one too many is harmless,
leaving one out withholds it from the client. Decided when the accounting is built, so it
also holds for disclosures logged before this rule existed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Literal

from vault_app.domain.disclosure import DisclosureRecord
from vault_app.domain.locale_format import DEFAULT_LOCALE, date_text

# The bases whose exclusion rests on an authorization being valid for the disclosure.
AUTHORIZATION_BASES = frozenset({"authorization"})
# What the ledger keeps beside a manual disclosure the gate objected to (services/export.record_manual).
GATE_CONCERNS = "gate_concerns"


# What the therapist said of a disclosure made on the day a revocation arrived: the letter came
# first ("letter_first") or the disclosure did ("disclosure_first").
LetterOrder = Literal["letter_first", "disclosure_first"]
LETTER_ORDERS: tuple[LetterOrder, ...] = ("letter_first", "disclosure_first")
# (authorization id, disclosure id) -> the order said; none said: not known.
LetterOrders = Mapping[tuple[str, str], LetterOrder]
NO_ORDERS: LetterOrders = {}


@dataclass(frozen=True)
class Timing:
    """Where a disclosure stood against the day its authorization ended."""

    code: str
    relied: bool  # made in reliance before the end: its exclusion stands
    known_after: bool  # known to have gone out after the end: what went out is to be reviewed
    citation: str


TIMINGS: dict[str, Timing] = {t.code: t for t in (
    Timing("before_end", True, False, "45 CFR 164.508(b)(5)(i)"),
    Timing("same_day.disclosure_first", True, False, "45 CFR 164.508(b)(5)(i)"),
    # Not known which came first: listed (one too many is harmless), never said to be after.
    Timing("same_day.unknown", False, False, "45 CFR 164.508(b)(5); 164.528(a)(1)(iv)"),
    Timing("same_day.letter_first", False, True, "45 CFR 164.508(b)(5)"),
    Timing("after_end", False, True, "45 CFR 164.508(b)(5)"),
)}


def timing(ended_on: date, made_on: date, order: LetterOrder | None = None) -> Timing:
    """A disclosure made on `made_on` against an end on `ended_on`; `order`: what the therapist
    said of the two on the same day (only a revocation's letter has an order to say)."""
    if made_on != ended_on:
        return TIMINGS["before_end" if made_on < ended_on else "after_end"]
    return TIMINGS[f"same_day.{order}" if order in LETTER_ORDERS else "same_day.unknown"]


@dataclass(frozen=True)
class RelianceRule:
    code: str
    citation: str
    applies: Callable[[DisclosureRecord, Mapping[str, date], LetterOrders], bool]


def authorization_ids(record: DisclosureRecord) -> tuple[str, ...]:
    """The authorizations `record` relied on: a joint record's on every member's (extra
    "authorization_ids"), its own first; each once."""
    joint = record.extra.get("authorization_ids") or ()
    own = (record.authorization_id,) if record.authorization_id else ()
    return tuple(dict.fromkeys((*own, *(str(i) for i in joint))))


def _after_end(record: DisclosureRecord, ended_on: Mapping[str, date], orders: LetterOrders) -> bool:
    return any(a in ended_on and not timing(ended_on[a], record.day, orders.get((a, record.disclosure_id))).relied
               for a in authorization_ids(record))


def _gate_refused(record: DisclosureRecord, ended_on: Mapping[str, date], orders: LetterOrders) -> bool:
    return bool(record.manual and record.extra.get(GATE_CONCERNS))


RELIANCE_RULES: tuple[RelianceRule, ...] = (
    RelianceRule("accounting.after_end", "45 CFR 164.508(b)(2)(i), (b)(5); 164.528(a)(1)(iv)", _after_end),
    RelianceRule("accounting.gate_refused", "45 CFR 164.508(a)(1); 164.528(a)(1)(iv)", _gate_refused),
)


def lost_exclusion(record: DisclosureRecord, ended_on: Mapping[str, date],
                   orders: LetterOrders = NO_ORDERS) -> RelianceRule | None:
    """The rule that takes the authorization exclusion from `record`, or None when it stands
    (or the record claims none). `ended_on`: authorization id -> the first day it no longer counted
    (its revocation received, its expiration event occurred); `orders`: what was said of a
    disclosure made on the day a revocation arrived (only revocations' authorizations)."""
    if record.accountable or record.basis_kind not in AUTHORIZATION_BASES:
        return None
    return next((rule for rule in RELIANCE_RULES if rule.applies(record, ended_on, orders)), None)


def made_after_end(record: DisclosureRecord, ended_on: Mapping[str, date], orders: LetterOrders = NO_ORDERS) -> bool:
    """Made under an authorization on or after the day it ended and not said to have gone out
    before it that day (`ended_on`, `orders` as in lost_exclusion)."""
    return record.basis_kind in AUTHORIZATION_BASES and _after_end(record, ended_on, orders)


def as_accounted(record: DisclosureRecord, ended_on: Mapping[str, date],
                 orders: LetterOrders = NO_ORDERS) -> DisclosureRecord:
    """The record as the accounting must treat it: accountable when its exclusion does not hold."""
    if lost_exclusion(record, ended_on, orders) is None:
        return record
    return replace(record, accountable=True, exclusion="")


@dataclass(frozen=True)
class EndedAuthorization:
    """What the client can recognise of an authorization that had ended: the form's date, the
    recipient and purposes it named, and the day and way it ended. Its internal id ("A-39512004")
    means nothing on the client's accounting."""

    authorization_id: str
    signed_on: date | None
    recipient: str
    purposes: tuple[str, ...]
    ended_on: date
    how: Literal["revoked", "expired"]
    event: str = ""  # the expiration event, when it expired at one


# The rule each way of ending rests on: a revocation takes effect when received; an authorization
# is not valid once its expiration event is known to have occurred.
ENDED_CITATION = {"revoked": "45 CFR 164.508(b)(5)", "expired": "45 CFR 164.508(b)(2)(i)"}


def ended_timing(record: DisclosureRecord, e: EndedAuthorization, orders: LetterOrders = NO_ORDERS) -> Timing:
    """Where `record` stood against `e`'s end; an order is said only of a revocation's letter."""
    order = orders.get((e.authorization_id, record.disclosure_id)) if e.how == "revoked" else None
    return timing(e.ended_on, record.day, order)


def ended_before(record: DisclosureRecord, ended: Mapping[str, EndedAuthorization],
                 orders: LetterOrders = NO_ORDERS) -> EndedAuthorization | None:
    """The authorization `record` claimed that had ended on or before the day it was made, and
    not said to have ended after it that day (the earliest to end, for a joint record's several),
    or None when every one still held."""
    found = [ended[a] for a in authorization_ids(record)
             if a in ended and not ended_timing(record, ended[a], orders).relied]
    return min(found, key=lambda e: e.ended_on) if found else None


def ended_basis_text(e: EndedAuthorization, locale: str = DEFAULT_LOCALE,
                     written: Callable[[date], str] | None = None, *, same_day: bool = False) -> str:
    """The accounting's basis for a disclosure made after its authorization ended, in the client's
    terms: which authorization (signed when, to whom, for what) and when and how it had ended;
    its days as `written` writes them (the PDF's sent_day), else the practice's way. `same_day`:
    it ended on the disclosure's day and which came first is not known: said as that, never
    "before"."""
    def shown(value: date) -> str:
        return written(value) if written is not None else date_text(value, locale)

    what = "the authorization" + (f" signed {shown(e.signed_on)}" if e.signed_on else "")
    if e.recipient:
        what += f" for disclosure to {e.recipient}"
    if e.purposes:
        what += " for " + "; ".join(e.purposes)
    day = shown(e.ended_on)
    if same_day:
        how = (f"it was revoked on {day}, the day of this disclosure" if e.how == "revoked" else
               f"it expired on {day}, the day of this disclosure, when its expiration event occurred "
               f"({e.event or 'event'})")
        return (f"Basis claimed: {what}; {how}; which came first is not recorded, so it is listed here "
                f"({ENDED_CITATION[e.how]})")
    how = (f"it had been revoked on {day}" if e.how == "revoked" else
           f"it had expired on {day} when its expiration event occurred ({e.event or 'event'})")
    return f"Basis claimed: {what}; {how}, before this disclosure, so it did not cover it ({ENDED_CITATION[e.how]})"


__all__ = [
    "AUTHORIZATION_BASES",
    "ENDED_CITATION",
    "GATE_CONCERNS",
    "LETTER_ORDERS",
    "NO_ORDERS",
    "RELIANCE_RULES",
    "TIMINGS",
    "EndedAuthorization",
    "LetterOrder",
    "LetterOrders",
    "RelianceRule",
    "Timing",
    "as_accounted",
    "authorization_ids",
    "ended_basis_text",
    "ended_before",
    "ended_timing",
    "lost_exclusion",
    "made_after_end",
    "timing",
]

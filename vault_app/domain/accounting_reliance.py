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


@dataclass(frozen=True)
class RelianceRule:
    code: str
    citation: str
    applies: Callable[[DisclosureRecord, Mapping[str, date]], bool]


def authorization_ids(record: DisclosureRecord) -> tuple[str, ...]:
    """The authorizations `record` relied on: a joint record's on every member's (extra
    "authorization_ids"), its own first; each once."""
    joint = record.extra.get("authorization_ids") or ()
    own = (record.authorization_id,) if record.authorization_id else ()
    return tuple(dict.fromkeys((*own, *(str(i) for i in joint))))


def _after_end(record: DisclosureRecord, ended_on: Mapping[str, date]) -> bool:
    return any(a in ended_on and ended_on[a] <= record.day for a in authorization_ids(record))


def _gate_refused(record: DisclosureRecord, ended_on: Mapping[str, date]) -> bool:
    return bool(record.manual and record.extra.get(GATE_CONCERNS))


RELIANCE_RULES: tuple[RelianceRule, ...] = (
    RelianceRule("accounting.after_end", "45 CFR 164.508(b)(2)(i), (b)(5); 164.528(a)(1)(iv)", _after_end),
    RelianceRule("accounting.gate_refused", "45 CFR 164.508(a)(1); 164.528(a)(1)(iv)", _gate_refused),
)


def lost_exclusion(record: DisclosureRecord, ended_on: Mapping[str, date]) -> RelianceRule | None:
    """The rule that takes the authorization exclusion from `record`, or None when it stands
    (or the record claims none). `ended_on`: authorization id -> the first day it no longer counted
    (its revocation received, its expiration event occurred)."""
    if record.accountable or record.basis_kind not in AUTHORIZATION_BASES:
        return None
    return next((rule for rule in RELIANCE_RULES if rule.applies(record, ended_on)), None)


def made_after_end(record: DisclosureRecord, ended_on: Mapping[str, date]) -> bool:
    """Made under an authorization on or after the day it ended (`ended_on`, as in lost_exclusion)."""
    return record.basis_kind in AUTHORIZATION_BASES and _after_end(record, ended_on)


def as_accounted(record: DisclosureRecord, ended_on: Mapping[str, date]) -> DisclosureRecord:
    """The record as the accounting must treat it: accountable when its exclusion does not hold."""
    if lost_exclusion(record, ended_on) is None:
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


def ended_before(record: DisclosureRecord, ended: Mapping[str, EndedAuthorization]) -> EndedAuthorization | None:
    """The authorization `record` claimed that had ended on or before the day it was made (the
    earliest to end, for a joint record's several), or None when every one still held."""
    found = [ended[a] for a in authorization_ids(record) if a in ended and ended[a].ended_on <= record.day]
    return min(found, key=lambda e: e.ended_on) if found else None


def ended_basis_text(e: EndedAuthorization, locale: str = DEFAULT_LOCALE,
                     written: Callable[[date], str] | None = None) -> str:
    """The accounting's basis for a disclosure made after its authorization ended, in the client's
    terms: which authorization (signed when, to whom, for what) and when and how it had ended;
    its days as `written` writes them (the PDF's sent_day), else the practice's way."""
    def shown(value: date) -> str:
        return written(value) if written is not None else date_text(value, locale)

    what = "the authorization" + (f" signed {shown(e.signed_on)}" if e.signed_on else "")
    if e.recipient:
        what += f" for disclosure to {e.recipient}"
    if e.purposes:
        what += " for " + "; ".join(e.purposes)
    day = shown(e.ended_on)
    how = (f"it had been revoked on {day}" if e.how == "revoked" else
           f"it had expired on {day} when its expiration event occurred ({e.event or 'event'})")
    return f"Basis claimed: {what}; {how}, before this disclosure, so it did not cover it ({ENDED_CITATION[e.how]})"


__all__ = [
    "AUTHORIZATION_BASES",
    "ENDED_CITATION",
    "GATE_CONCERNS",
    "RELIANCE_RULES",
    "EndedAuthorization",
    "RelianceRule",
    "as_accounted",
    "authorization_ids",
    "ended_basis_text",
    "ended_before",
    "lost_exclusion",
    "made_after_end",
]

"""A subpoena without a court order (45 CFR 164.512(e)(1)(ii)-(v)), and a Part 2 court order (42 CFR 2.64).

Without an order signed by a judge, a subpoena or discovery request permits a
disclosure only with satisfactory assurance, from the party seeking the records,
of one of two things:
- notice to the client (164.512(e)(1)(ii)(A), (iii)): a good-faith attempt at written
  notice, with enough about the litigation to let the client object, and the time to
  object has passed with no objection, or every objection resolved;
- a qualified protective order (164.512(e)(1)(ii)(B), (iv), (v)): agreed by the parties
  and presented to the court, or requested by the party; it forbids use outside the
  litigation and requires return or destruction at its end.
Never psychotherapy notes (164.508(a)(2) does not list 164.512(e)(1)(ii)) and never
Part 2 records, which need a court order making the findings of 42 CFR 2.64.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from vault_app.domain.errors import Problem, said
from vault_app.domain.locale_format import DEFAULT_LOCALE, date_text

ASSURANCES = ("notice_to_client", "protective_order")
QPO_STATUSES = ("agreed_and_presented", "requested")


def _day(value: Any) -> date | None:
    if value in (None, ""):
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value))


# The day a subpoena or a court order was received (its evidence "received_on"): the legal hold it
# calls for is dated from it (services/holds.HOLD_AFTER), and the ledger, the accounting and the
# export's cover page say it (LegalBasis.summary). It was the export's day, whenever the subpoena
# came (found by a walker). Never after the disclosure's day, never before the chart was opened
# (when known): either is a slip of the keyboard, not a fact. Nor before the paper's own date where
# it is recorded (a court order's order_date): an order cannot reach the practice before a judge
# signed it (found by a walker: an order of 12/03 recorded as received 12/01 was Allowed, and the
# hold was dated 12/01). The subpoena's form records no date of issue, so it has no such side.
RECEIVED_FIELD = "received_on"
RECEIVED_BASES = ("subpoena", "court_order")
ISSUED_FIELDS: Mapping[str, str] = {"court_order": "order_date"}


def received_day(ev: Mapping[str, Any], fallback: date) -> date:
    """The day recorded as received, or `fallback` (a disclosure recorded before the day was asked)."""
    return _day(ev.get(RECEIVED_FIELD)) or fallback


def received_problems(kind: str, ev: Mapping[str, Any], on: date, opened: date | None,
                      locale: str = DEFAULT_LOCALE) -> list[Problem]:
    """What is wrong with the recorded day of receipt: later than the disclosure's day `on`, earlier
    than the day the chart was opened (`opened`, None when not known), or earlier than the paper's
    own date (ISSUED_FIELDS, when recorded)."""
    received = _day(ev.get(RECEIVED_FIELD)) if kind in RECEIVED_BASES else None
    if received is None:
        return []
    what = "subpoena" if kind == "subpoena" else "court order"
    day = date_text(received, locale)
    if received > on:
        return [said(f"{kind}.received_later",
                     f"The {what} is recorded as received on {day}, after the day of the disclosure "
                     f"({date_text(on, locale)}).", received=day, on=date_text(on, locale))]
    if opened is not None and received < opened:
        return [said(f"{kind}.received_before_chart",
                     f"The {what} is recorded as received on {day}, before this chart was opened "
                     f"({date_text(opened, locale)}).", received=day, opened=date_text(opened, locale))]
    issued = _issued_day(kind, ev)
    if issued is not None and received < issued:
        return [said(f"{kind}.received_before_issued",
                     f"The {what} is recorded as received on {day}, before its own date "
                     f"({date_text(issued, locale)}): it cannot have reached you before it was issued. "
                     f"Correct the day received or the {what}'s date.", received=day,
                     issued=date_text(issued, locale))]
    return []


def _issued_day(kind: str, ev: Mapping[str, Any]) -> date | None:
    """The paper's own date when recorded and readable (a malformed one is the form's to refuse)."""
    field = ISSUED_FIELDS.get(kind)
    if field is None:
        return None
    try:
        return _day(ev.get(field))
    except ValueError:
        return None


def subpoena_problems(ev: Mapping[str, Any], on: date) -> list[str]:
    """What the recorded assurance lacks, each with its citation (empty: complete)."""
    return [text for _key, text in subpoena_lacking(ev, on)]


def subpoena_lacking(ev: Mapping[str, Any], on: date) -> list[tuple[str, str]]:
    """subpoena_problems as (key, words): the key lets a screen say it in its own language."""
    kind = ev.get("assurance") or ""
    if kind not in ASSURANCES:
        return []  # no assurance at all: the gate gives the subpoena advice instead
    out: list[tuple[str, str]] = []
    if not ev.get("assurance_attachment_id"):
        out.append(("subpoena.statement",
                    "the requesting party's written statement of assurance, attached (45 CFR 164.512(e)(1)(iii), "
                    "(iv))"))
    if kind == "notice_to_client":
        notice = _day(ev.get("notice_sent_on"))
        deadline = _day(ev.get("objection_deadline"))
        if notice is None:
            out.append(("subpoena.notice_date",
                        "the date written notice was sent to the client (45 CFR 164.512(e)(1)(iii)(A))"))
        if ev.get("notice_sufficient") is not True:
            out.append(("subpoena.notice_sufficient",
                        "confirmation that the notice told the client enough about the litigation to object "
                        "(45 CFR 164.512(e)(1)(iii)(B))"))
        if deadline is None or deadline >= on:
            out.append(("subpoena.time_to_object",
                        "the time to object has passed (45 CFR 164.512(e)(1)(iii)(C)): record the deadline, and "
                        "wait until it is over"))
        if ev.get("objections_resolved") is not True:
            out.append(("subpoena.objections_resolved",
                        "confirmation that no objection was filed, or all were resolved by the court "
                        "(45 CFR 164.512(e)(1)(iii)(C))"))
    else:
        if ev.get("qpo_status") not in QPO_STATUSES:
            out.append(("subpoena.qpo_status",
                        "whether the parties agreed to a qualified protective order and presented it to the court, "
                        "or the party requested one (45 CFR 164.512(e)(1)(iv))"))
        if ev.get("qpo_limits_use") is not True or ev.get("qpo_return_or_destroy") is not True:
            out.append(("subpoena.qpo_terms",
                        "a qualified protective order that forbids use outside the litigation and requires the "
                        "records' return or destruction at its end (45 CFR 164.512(e)(1)(v))"))
    return out


def part2_order_problems(ev: Mapping[str, Any]) -> list[str]:
    """What a court order lacks to authorize disclosing Part 2 records (42 CFR 2.64)."""
    return [text for _key, text in part2_order_lacking(ev)]


def part2_order_lacking(ev: Mapping[str, Any]) -> list[tuple[str, str]]:
    """part2_order_problems as (key, words)."""
    out: list[tuple[str, str]] = []
    if ev.get("part2_findings") is not True:
        out.append(("part2.findings",
                    "the findings of 42 CFR 2.64(d) (good cause: other ways to get the information are unavailable "
                    "or ineffective, and the public interest outweighs the harm)"))
    if _day(ev.get("part2_notice_on")) is None:
        out.append(("part2.notice", "the date the patient and the program were given notice and a chance to respond "
                   "(42 CFR 2.64(b))"))
    if not str(ev.get("part2_limits") or "").strip():
        out.append(("part2.limits",
                    "the order's limits: only what is essential, to whom, and how the patient's identity is "
                    "protected (42 CFR 2.64(e))"))
    return out


__all__ = ["ASSURANCES", "ISSUED_FIELDS", "QPO_STATUSES", "RECEIVED_BASES", "RECEIVED_FIELD", "part2_order_lacking",
           "part2_order_problems", "received_day", "received_problems", "subpoena_lacking", "subpoena_problems"]

"""The export gate's checks of the other bases (domain/disclosure_gate.py asks them): a court
order's scope, a serious threat's warning, the client's access request, and what 42 CFR Part 2
records need. Pure, as the gate is; split from it by what they hold.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from vault_app.domain.authorization import INFO_LABELS
from vault_app.domain.disclosure import DisclosureRequest, GateContext, ItemFacts
from vault_app.domain.errors import Problem, keys, said
from vault_app.domain.locale_format import DEFAULT_LOCALE, date_text
from vault_app.domain.plurals import counted, one_code
from vault_app.domain.subpoena import part2_order_lacking

PART2_NEEDS = "a Part 2 consent (42 CFR 2.31) or a court order making the findings of 42 CFR 2.64"


def check_court_order(request: DisclosureRequest, items: tuple[ItemFacts, ...],
                      locale: str = DEFAULT_LOCALE) -> list[Problem]:
    ev = request.basis.evidence
    reasons = []
    covers = ev.get("covers") or []
    if covers and request.kind not in covers:
        reasons.append(said(
            "court_order.kind_not_required",
            f"The court order does not require {INFO_LABELS[request.kind]}; disclose only what the order requires.",
            kind=request.kind))
    reasons += _date_scope(
        "The court order", "records", _opt_date(ev.get("records_from")), _opt_date(ev.get("records_to")), items,
        locale,
    )
    return reasons


def threat_warnings(context: GateContext) -> list[Problem]:
    if context.duty_to_warn == "none":
        return [said(
            "threat.no_duty_to_warn",
            "Your jurisdiction settings say there is no statutory duty to warn. HIPAA still permits a disclosure "
            "to prevent a serious and imminent threat (45 CFR 164.512(j)); consult counsel and disclose the minimum."
        )]
    return []


def check_access(request: DisclosureRequest, context: GateContext) -> list[Problem]:
    facts = context.access_request
    if facts is None:
        return [said("access.not_on_file", "The access request named as the basis is not on file.")]
    if facts.client_id != request.client_id:
        return [said("access.other_client", f"Request {facts.id} belongs to a different client.", id=facts.id)]
    if facts.kind != "access":
        return [said("access.not_access", f"Request {facts.id} is not an access request.", id=facts.id)]
    if facts.status in ("denied", "withdrawn"):
        return [said("access.closed." + facts.status,
                     f"Access request {facts.id} is {facts.status}; nothing can be released under it.", id=facts.id)]
    return []


def check_part2(request: DisclosureRequest, context: GateContext) -> tuple[list[Problem], list[Problem]]:
    kind = request.basis.kind
    ev = request.basis.evidence
    protected = "These records are protected by 42 CFR Part 2"
    if kind == "authorization":
        auth = context.authorization
        if auth is not None and not auth.part2:
            return [said("part2.not_consent",
                         f"{protected} and need a Part 2 consent (42 CFR 2.31); {auth.label} is not one.",
                         id=auth.id)], []
        return [], []
    if kind == "court_order":
        lacking = part2_order_lacking(ev)
        if lacking:
            return [said(
                "part2.order_lacking",
                f"{protected}: a court order authorizes their disclosure only under 42 CFR 2.64; this order is not "
                "recorded with " + "; ".join(t for _k, t in lacking) + ".", lacking=keys(k for k, _t in lacking)
            )], []
        return [], []
    if kind in ("client_access", "coroner"):
        return [], []
    if kind == "health_oversight":
        return [], [said("part2.oversight",
                         "Part 2 records disclosed for audit or evaluation may be used only as 42 CFR 2.53 allows.")]
    if kind == "required_by_law" and ev.get("law_kind") == "child_abuse_report":
        if request.manual:
            return [], [said("part2.child_abuse_report",
                             "42 CFR 2.12(c)(6) allows the initial report of suspected child abuse, not the records.")]
        return [said(
            "part2.child_abuse_records",
            f"{protected}: 42 CFR 2.12(c)(6) allows the initial report of suspected child abuse, not sending the "
            f"records themselves; that needs {PART2_NEEDS}."
        )], []
    return [said("part2.basis", f"{protected}; disclosing them on this basis needs {PART2_NEEDS}.")], []


def _date_scope(
    label: str, noun: str, start: date | None, end: date | None, items: tuple[ItemFacts, ...],
    locale: str = DEFAULT_LOCALE,
) -> list[Problem]:
    """Items outside a court order's dates (an authorization's period: domain/disclosure_scope.py)."""
    reasons = []
    whose = "scope.order"
    if end is not None:
        later = sorted(i.day for i in items if i.day > end)
        if later:
            reasons.append(said(
                one_code(whose + ".later", len(later)),
                f"{label} covers {noun} up to {date_text(end, locale)} only; {counted(len(later), 'selected item')} "
                f"{'is' if len(later) == 1 else 'are'} later "
                f"(from {date_text(later[0], locale)}).",
                end=date_text(end, locale), count=len(later), first=date_text(later[0], locale)))
    if start is not None:
        earlier = sorted(i.day for i in items if i.day < start)
        if earlier:
            reasons.append(said(
                one_code(whose + ".earlier", len(earlier)),
                f"{label} covers {noun} from {date_text(start, locale)} only; "
                f"{counted(len(earlier), 'selected item')} "
                f"{'is' if len(earlier) == 1 else 'are'} earlier "
                f"(from {date_text(earlier[0], locale)}).",
                start=date_text(start, locale), count=len(earlier), first=date_text(earlier[0], locale)))
    return reasons


def _opt_date(value: Any) -> date | None:
    if value in (None, ""):
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value))


__all__ = ["PART2_NEEDS", "check_access", "check_court_order", "check_part2", "threat_warnings"]

"""Reading a confidentiality decision from user input: forms, JSON files, CLI flags.

Each step arrives as a mapping (as `Decision.body()` writes it) and is checked field
by field. Error messages name the field, never what was typed (it may be clinical text).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields, replace
from datetime import date
from typing import Any

from vault_app.domain.clinical import clean_text, parse_date, require_date
from vault_app.domain.decisions import (
    EXCEPTION_KINDS,
    INFO_KINDS,
    MAX_LIST,
    MAX_SHORT,
    MAX_TEXT,
    METHODS,
    NOT_INFORMED_REASONS,
    OUTCOMES,
    RISK_FACTORS,
    ClientInformed,
    Consultation,
    CourtOrder,
    Decision,
    DisclosureDetails,
    Duty,
    ExceptionStep,
    LawStep,
    RiskFactors,
)
from vault_app.domain.errors import InvalidInput
from vault_app.domain.plurals import noun


def _bare(what: str) -> str:
    return what.removeprefix("the ")


def text(value: Any, what: str, *, max_len: int = MAX_SHORT, field: str = "") -> str:
    if value is not None and not isinstance(value, str):  # a number or a list from a JSON file
        raise InvalidInput(f"{_cap(what)} must be text.")
    return clean_text(value, _bare(what), max_len=max_len, field=field)


# `field`: the step's input a refusal is about, named by the screens in their language
# (gui/refusal_words_legal.py); the steps a JSON file alone gives need none.
def opt_date(value: Any, what: str, *, field: str = "") -> date | None:
    return parse_date(value, _bare(what), field=field)


def req_date(value: Any, what: str, *, field: str = "") -> date:
    return require_date(value, _bare(what), field=field)


def opt_bool(value: Any, what: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("yes", "true", "y", "1", "no", "false", "n", "0", ""):
        v = value.strip().lower()
        return None if v == "" else v in ("yes", "true", "y", "1")
    raise InvalidInput(f"{_cap(what)} must be yes or no.")


def choice(value: Any, allowed: tuple[str, ...], what: str, *, optional: bool = True) -> Any:
    if value in (None, "") and optional:
        return None
    if value not in allowed:
        raise InvalidInput(f"Unknown {what}. Choose one of: {', '.join(allowed)}.")
    return value


def _cap(what: str) -> str:
    return what[:1].upper() + what[1:]


def _mapping(value: Any, what: str) -> Mapping[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise InvalidInput(f"{_cap(what)} must be an object with named fields.")
    return value


def _known(data: Mapping[str, Any], cls: type, what: str) -> None:
    names = {f.name for f in fields(cls)}
    unknown = sorted(str(k) for k in data if k not in names)
    if unknown:
        raise InvalidInput(f"Unknown {noun(len(unknown), 'field')} in {what}: {', '.join(unknown)}. "
                           f"Known: {', '.join(sorted(names))}.")


def _ids(value: Any, what: str) -> tuple[str, ...]:
    if value in (None, ""):
        return ()
    items = [value] if isinstance(value, str) else list(value)
    out = tuple(text(v, what, max_len=64) for v in items)
    if len(out) > 10_000:
        raise InvalidInput(f"Too many {what}.")
    return tuple(dict.fromkeys(v for v in out if v))


def parse_duty(data: Any) -> Duty:
    data = _mapping(data, "the duty step")
    _known(data, Duty, "the duty step")
    return Duty(
        opt_bool(data.get("confidential"), "the duty of confidentiality"),
        text(data.get("notes"), "the duty notes", field="decision_duty_notes"),
    )


def parse_exception(data: Any) -> ExceptionStep:
    data = _mapping(data, "the exception step")
    _known(data, ExceptionStep, "the exception step")
    return ExceptionStep(
        text(data.get("name"), "the exception", field="decision_exception"),
        choice(data.get("kind"), EXCEPTION_KINDS, "exception type (mandatory, permissive or none)"),
        text(data.get("setting"), "the jurisdiction setting", field="decision_exception_setting"),
    )


def parse_consultation(data: Any) -> Consultation:
    data = _mapping(data, "a consultation")
    _known(data, Consultation, "a consultation")
    who = text(data.get("with_whom"), "who you consulted", field="decision_consulted")
    advice = text(data.get("advice"), "what was advised", max_len=MAX_TEXT, field="decision_advice")
    if not who:
        raise InvalidInput("A consultation needs the person or service consulted.",
                           code="decision.consultation_needs_who", field="decision_consulted")
    if not advice:
        raise InvalidInput("A consultation needs what was advised.", code="decision.consultation_needs_advice",
                           field="decision_advice")
    return Consultation(who, req_date(data.get("on"), "the consultation date", field="decision_consulted_on"), advice,
                        text(data.get("role"), "role"))


def parse_law(data: Any, jurisdiction: Mapping[str, Any] | None = None) -> LawStep:
    data = _mapping(data, "the law step")
    _known(data, LawStep, "the law step")
    snapshot = jurisdiction if jurisdiction is not None else _mapping(data.get("jurisdiction"), "jurisdiction")
    return LawStep(text(data.get("statute"), "the statute or rule", max_len=MAX_SHORT, field="decision_statute"),
                   dict(snapshot))


def parse_risk(data: Any) -> RiskFactors:
    data = _mapping(data, "the risk factors")
    _known(data, RiskFactors, "the risk factors")
    flags = {name: opt_bool(data.get(name), name.replace("_", " ")) for name in RISK_FACTORS}
    return RiskFactors(
        **flags,
        threat=text(data.get("threat"), "the threat", field="decision_threat"),
        person_at_risk=text(data.get("person_at_risk"), "the person at risk", field="decision_person_at_risk"),
        notes=text(data.get("notes"), "the risk notes", max_len=MAX_TEXT, field="decision_risk_notes"),
    )


def parse_order(data: Any) -> CourtOrder | None:
    if data is None:
        return None
    data = _mapping(data, "the court order")
    _known(data, CourtOrder, "the court order")
    covers = _ids(data.get("covers"), "kinds the order covers")
    for kind in covers:
        choice(kind, INFO_KINDS, "kind of information the order covers")
    return CourtOrder(
        judge=text(data.get("judge"), "the judge", field="decision_judge"),
        court=text(data.get("court"), "the court", field="decision_court"),
        case_number=text(data.get("case_number"), "the case number", field="decision_case_number"),
        order_date=opt_date(data.get("order_date"), "the order date", field="decision_order_date"),
        attachment_id=text(data.get("attachment_id"), "the attached order", max_len=64),
        covers=covers,
        records_from=opt_date(data.get("records_from"), "the first date the order covers"),
        records_to=opt_date(data.get("records_to"), "the last date the order covers"),
    )


def parse_disclosure(data: Any) -> DisclosureDetails | None:
    if data is None:
        return None
    data = _mapping(data, "the disclosure")
    _known(data, DisclosureDetails, "the disclosure")
    details = DisclosureDetails(
        what=text(data.get("what"), "what was disclosed", max_len=MAX_TEXT, field="decision_disclosed"),
        info_kind=choice(data.get("info_kind") or "progress", INFO_KINDS, "kind of information"),
        item_ids=_ids(data.get("item_ids"), "selected items"),
        date_from=opt_date(data.get("date_from"), "the first date disclosed"),
        date_to=opt_date(data.get("date_to"), "the last date disclosed"),
        recipient=text(data.get("recipient"), "the recipient", field="decision_recipient"),
        recipient_address=text(data.get("recipient_address"), "the recipient's address",
                               field="decision_recipient_address"),
        method=choice(data.get("method"), METHODS, "method"),
        on=opt_date(data.get("on"), "the date of the disclosure", field="decision_disclosed_on"),
        reference=text(data.get("reference"), "the report reference", field="decision_reference"),
        minimum_necessary=bool(opt_bool(data.get("minimum_necessary"), "the minimum-necessary confirmation")),
        order=parse_order(data.get("order")),
        basis_kind=text(data.get("basis_kind"), "the legal basis", max_len=64),
        basis_evidence=dict(_mapping(data.get("basis_evidence"), "the basis evidence")),
        others_reviewed=bool(opt_bool(data.get("others_reviewed"), "the review of what other people said")),
    )
    if details.date_from and details.date_to and details.date_to < details.date_from:
        raise InvalidInput("The disclosed date range ends before it starts.", code="decision.disclosed_range_reversed")
    return details


def parse_client_informed(data: Any) -> ClientInformed:
    data = _mapping(data, "whether the client was informed")
    _known(data, ClientInformed, "whether the client was informed")
    return ClientInformed(
        informed=opt_bool(data.get("informed"), "whether the client was informed"),
        on=opt_date(data.get("on"), "the date the client was informed", field="decision_informed_on"),
        how=text(data.get("how"), "how the client was informed", field="decision_informed_how"),
        reason_code=choice(data.get("reason_code"), NOT_INFORMED_REASONS, "reason the client was not informed"),
        reason=text(data.get("reason"), "why the client was not informed", max_len=MAX_TEXT,
                    field="decision_not_informed_why"),
    )


def parse_follow_up(value: Any) -> tuple[str, ...]:
    if value in (None, ""):
        return ()
    items = [value] if isinstance(value, str) else list(value)
    if len(items) > MAX_LIST:
        raise InvalidInput(f"At most {MAX_LIST} follow-up steps.", code="decision.too_many_follow_ups",
                           params={"max": MAX_LIST})
    return tuple(t for t in (text(v, "a follow-up step", field="decision_follow_up") for v in items) if t)


EDITABLE = (
    "occurred_on",
    "session_id",
    "duty",
    "exception",
    "consultations",
    "law",
    "reasoning",
    "risk",
    "outcome",
    "disclosure",
    "client_informed",
    "follow_up",
)


def apply_changes(decision: Decision, changes: Mapping[str, Any], jurisdiction: Mapping[str, Any]) -> Decision:
    """A draft with `changes` applied (each a whole step, as a form or a JSON file gives it).

    The law step always takes the jurisdiction settings in force now: a draft records
    the settings it was decided under, frozen at signing.
    """
    unknown = sorted(str(k) for k in changes if k not in EDITABLE)
    if unknown:
        raise InvalidInput(f"Unknown decision {noun(len(unknown), 'field')}: {', '.join(unknown)}. "
                           f"Known: {', '.join(EDITABLE)}.")
    new: dict[str, Any] = {}
    c = changes
    if "occurred_on" in c:
        new["occurred_on"] = req_date(c["occurred_on"], "the date of the event", field="decision_occurred_on")
    if "session_id" in c:
        new["session_id"] = text(c["session_id"], "the session", max_len=64) or None
    if "duty" in c:
        new["duty"] = parse_duty(c["duty"])
    if "exception" in c:
        new["exception"] = parse_exception(c["exception"])
    if "consultations" in c:
        items = list(c["consultations"] or [])
        if len(items) > MAX_LIST:
            raise InvalidInput(f"At most {MAX_LIST} consultations.", code="decision.too_many_consultations",
                               params={"max": MAX_LIST})
        new["consultations"] = tuple(parse_consultation(i) for i in items)
    new["law"] = parse_law(c.get("law", {"statute": decision.law.statute}), jurisdiction)
    if "reasoning" in c:
        new["reasoning"] = text(c["reasoning"], "the clinical reasoning", max_len=MAX_TEXT, field="decision_reasoning")
    if "risk" in c:
        new["risk"] = parse_risk(c["risk"])
    if "outcome" in c:
        new["outcome"] = choice(c["outcome"], OUTCOMES, "decision (disclose, do_not_disclose or seek_order)")
    if "disclosure" in c:
        new["disclosure"] = parse_disclosure(c["disclosure"])
    if "client_informed" in c:
        new["client_informed"] = parse_client_informed(c["client_informed"])
    if "follow_up" in c:
        new["follow_up"] = parse_follow_up(c["follow_up"])
    return replace(decision, **new)


def from_body(base: Decision, body: Mapping[str, Any]) -> Decision:
    """Rebuild a stored decision from its JSON body (the stored law snapshot is kept as is)."""
    law = body.get("law") or {}
    return replace(
        base,
        duty=parse_duty(body.get("duty")),
        exception=parse_exception(body.get("exception")),
        consultations=tuple(parse_consultation(i) for i in body.get("consultations") or ()),
        law=LawStep(str(law.get("statute", "")), dict(law.get("jurisdiction") or {})),
        reasoning=str(body.get("reasoning", "")),
        risk=parse_risk(body.get("risk")),
        disclosure=parse_disclosure(body.get("disclosure")),
        client_informed=parse_client_informed(body.get("client_informed")),
        follow_up=tuple(str(s) for s in body.get("follow_up") or ()),
    )


__all__ = [
    "EDITABLE",
    "apply_changes",
    "choice",
    "from_body",
    "opt_bool",
    "opt_date",
    "req_date",
    "text",
]

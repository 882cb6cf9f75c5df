"""The confidentiality decision record: one per event where confidentiality may be broken.

The record follows the DEAL steps (Duty, Exception, Ask, Law), then the clinical
reasoning and risk factors, the decision, what exactly was disclosed, whether the
client was told, and the follow-up. It is a clinical record like a note: drafted,
then signed and immutable, with addenda. Pure data and parsing here; the sign rules
and the mapping to a disclosure basis live in `decision_rules.py`, the prompts in
`decision_prompts.py`.

Error messages name the field, never what was typed (it may be clinical text).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date
from typing import Any, Literal, get_args

from vault_app.domain.errors import InvalidInput

Trigger = Literal[
    "child_abuse",
    "elder_abuse",
    "duty_to_warn",
    "self_harm",
    "court_order",
    "subpoena",
    "national_security",
    "other",
]
Outcome = Literal["disclose", "do_not_disclose", "seek_order"]
ExceptionKind = Literal["mandatory", "permissive", "none"]
Method = Literal["phone", "form", "letter", "fax", "in_person", "secure_electronic", "records", "other"]
NotInformedReason = Literal["national_security", "safety", "not_yet", "unreachable", "other"]
InfoKind = Literal["progress", "psychotherapy", "billing"]

TRIGGERS: tuple[str, ...] = get_args(Trigger)
OUTCOMES: tuple[str, ...] = get_args(Outcome)
EXCEPTION_KINDS: tuple[str, ...] = get_args(ExceptionKind)
METHODS: tuple[str, ...] = get_args(Method)
NOT_INFORMED_REASONS: tuple[str, ...] = get_args(NotInformedReason)
INFO_KINDS: tuple[str, ...] = get_args(InfoKind)
RISK_FACTORS: tuple[str, ...] = ("plan", "intent", "means", "identifiable_victim", "history")

TRIGGER_LABELS: dict[str, str] = {
    "child_abuse": "Suspected child abuse or neglect",
    "elder_abuse": "Suspected elder or dependent-adult abuse",
    "duty_to_warn": "Threat to another person (duty to warn or protect)",
    "self_harm": "Imminent risk of self-harm or suicide",
    "court_order": "Court order signed by a judge",
    "subpoena": "Subpoena (without a court order)",
    "national_security": "National-security request",
    "other": "Other situation",
}
OUTCOME_LABELS: dict[str, str] = {
    "disclose": "Disclose (the minimum necessary)",
    "do_not_disclose": "Do not disclose",
    "seek_order": "Do not disclose now: seek a court order, notify the client, consult counsel",
}
METHOD_LABELS: dict[str, str] = {
    "phone": "phone call",
    "form": "reporting form",
    "letter": "letter",
    "fax": "fax",
    "in_person": "in person",
    "secure_electronic": "secure electronic message or portal",
    "records": "copies of records",
    "other": "other",
}
REASON_LABELS: dict[str, str] = {
    "national_security": "national security: the law forbids telling the client",
    "safety": "telling the client would put someone at risk",
    "not_yet": "not yet: the client will be told when it is safe",
    "unreachable": "the client could not be reached",
    "other": "another reason",
}

MAX_TEXT = 20_000
MAX_SHORT = 2_000
MAX_LIST = 50


# --- the DEAL steps -------------------------------------------------------------------
@dataclass(frozen=True)
class Duty:
    """D: is there a duty of confidentiality here at all (a clinical relationship, a session)?"""

    confidential: bool | None = None
    notes: str = ""


@dataclass(frozen=True)
class ExceptionStep:
    """E: which exception applies, mandatory or permissive, and the setting that makes it so."""

    name: str = ""
    kind: ExceptionKind | None = None
    setting: str = ""


@dataclass(frozen=True)
class Consultation:
    """A: one consultation: with whom, when, what they advised."""

    with_whom: str
    on: date
    advice: str
    role: str = ""


@dataclass(frozen=True)
class LawStep:
    """L: the statute or rule relied on, plus the jurisdiction settings in force."""

    statute: str = ""
    jurisdiction: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RiskFactors:
    """Weighed risk factors; None means not assessed (they do not apply to every trigger)."""

    plan: bool | None = None
    intent: bool | None = None
    means: bool | None = None
    identifiable_victim: bool | None = None
    history: bool | None = None
    threat: str = ""  # the threat in a few words (duty to warn / self-harm)
    person_at_risk: str = ""  # who is at risk (the identifiable victim, the child, the client)
    notes: str = ""


@dataclass(frozen=True)
class CourtOrder:
    """The order a court-order disclosure rests on (the gate checks these)."""

    judge: str = ""
    court: str = ""
    case_number: str = ""
    order_date: date | None = None
    attachment_id: str = ""
    covers: tuple[str, ...] = ()
    records_from: date | None = None
    records_to: date | None = None


@dataclass(frozen=True)
class DisclosureDetails:
    """What exactly was (or is to be) disclosed, to whom, how and when: the minimum, chosen explicitly."""

    what: str = ""
    info_kind: InfoKind = "progress"
    item_ids: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    recipient: str = ""
    recipient_address: str = ""
    method: Method | None = None
    on: date | None = None
    reference: str = ""  # report or hotline reference number
    minimum_necessary: bool = False  # the therapist confirmed only the minimum goes
    order: CourtOrder | None = None
    # For the "other" trigger only: the gate basis chosen explicitly, and its evidence.
    basis_kind: str = ""
    basis_evidence: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ClientInformed:
    informed: bool | None = None
    on: date | None = None
    how: str = ""
    reason_code: NotInformedReason | None = None
    reason: str = ""


@dataclass(frozen=True)
class DecisionSignature:
    signed_at: str
    signed_by: str
    content_hash: str
    signature_hex: str  # Ed25519 over signature_message(decision_id, content_hash)


@dataclass(frozen=True)
class Decision:
    decision_id: str
    client_id: str
    trigger: Trigger
    occurred_on: date
    session_id: str | None = None
    duty: Duty = field(default_factory=Duty)
    exception: ExceptionStep = field(default_factory=ExceptionStep)
    consultations: tuple[Consultation, ...] = ()
    law: LawStep = field(default_factory=LawStep)
    reasoning: str = ""
    risk: RiskFactors = field(default_factory=RiskFactors)
    outcome: Outcome | None = None
    disclosure: DisclosureDetails | None = None
    client_informed: ClientInformed = field(default_factory=ClientInformed)
    follow_up: tuple[str, ...] = ()
    author: str = ""
    created_at: str = ""
    updated_at: str = ""
    disclosure_id: str | None = None
    signature: DecisionSignature | None = None

    @property
    def signed(self) -> bool:
        return self.signature is not None

    @property
    def label(self) -> str:
        return f"decision {self.decision_id}"

    def body(self) -> dict[str, Any]:
        """Everything the therapist wrote (stored as JSON; ids and dates live in columns too)."""
        return {
            "duty": _plain(self.duty),
            "exception": _plain(self.exception),
            "consultations": [_plain(c) for c in self.consultations],
            "law": {"statute": self.law.statute, "jurisdiction": dict(self.law.jurisdiction)},
            "reasoning": self.reasoning,
            "risk": _plain(self.risk),
            "disclosure": _plain(self.disclosure) if self.disclosure else None,
            "client_informed": _plain(self.client_informed),
            "follow_up": list(self.follow_up),
        }

    def canonical_content(self) -> dict[str, Any]:
        """What the signature covers: the whole record, including the disclosure it made."""
        return {
            "decision_id": self.decision_id,
            "client_id": self.client_id,
            "session_id": self.session_id,
            "trigger": self.trigger,
            "occurred_on": self.occurred_on.isoformat(),
            "outcome": self.outcome,
            "author": self.author,
            "disclosure_id": self.disclosure_id,
            **self.body(),
        }

    def as_dict(self) -> dict[str, Any]:
        data = self.canonical_content()
        data.update(
            created_at=self.created_at,
            updated_at=self.updated_at,
            signed=self.signed,
            signature=_plain(self.signature) if self.signature else None,
        )
        return data


@dataclass(frozen=True)
class DecisionAddendum:
    addendum_id: str
    decision_id: str
    client_id: str
    author: str
    created_at: str
    text: str

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = _plain(self)
        return data


@dataclass(frozen=True)
class DecisionSummary:
    """A line in a list: ids, dates, choices; never the reasoning."""

    decision_id: str
    client_id: str
    session_id: str | None
    trigger: str
    occurred_on: date
    outcome: str | None
    signed_at: str | None
    disclosure_id: str | None
    chart_number: str = ""

    @property
    def signed(self) -> bool:
        return self.signed_at is not None

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = _plain(self)
        data["trigger_label"] = TRIGGER_LABELS.get(self.trigger, self.trigger)
        data["signed"] = self.signed
        return data


def _plain(obj: Any) -> Any:
    """Dataclasses to JSON-ready dicts (dates as ISO strings, tuples as lists)."""
    if obj is None or isinstance(obj, (str, int, float, bool)):
        return obj
    if isinstance(obj, date):
        return obj.isoformat()
    if isinstance(obj, Mapping):
        return {str(k): _plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_plain(v) for v in obj]
    if hasattr(obj, "__dataclass_fields__"):
        return {f.name: _plain(getattr(obj, f.name)) for f in fields(obj)}
    return str(obj)


def content_hash(content: Mapping[str, Any]) -> str:
    body = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def signature_message(decision_id: str, digest: str) -> bytes:
    return f"decision-signature-v1|{decision_id}|{digest}".encode()


# --- parsing user input (forms, JSON files, CLI flags) --------------------------------
def text(value: Any, what: str, *, max_len: int = MAX_SHORT) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidInput(f"{_cap(what)} must be text.")
    cleaned = value.strip()
    if "\x00" in cleaned:
        raise InvalidInput(f"{_cap(what)} contains a NUL character.")
    if len(cleaned) > max_len:
        raise InvalidInput(f"{_cap(what)} is too long (at most {max_len} characters).")
    return cleaned


def opt_date(value: Any, what: str) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise InvalidInput(f"{_cap(what)} must be a date like 2024-03-31.") from None


def req_date(value: Any, what: str) -> date:
    parsed = opt_date(value, what)
    if parsed is None:
        raise InvalidInput(f"{_cap(what)} is missing.")
    return parsed


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
        raise InvalidInput(f"Unknown field(s) in {what}: {', '.join(unknown)}. Known: {', '.join(sorted(names))}.")


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
        opt_bool(data.get("confidential"), "the duty of confidentiality"), text(data.get("notes"), "the duty notes")
    )


def parse_exception(data: Any) -> ExceptionStep:
    data = _mapping(data, "the exception step")
    _known(data, ExceptionStep, "the exception step")
    return ExceptionStep(
        text(data.get("name"), "the exception"),
        choice(data.get("kind"), EXCEPTION_KINDS, "exception type (mandatory, permissive or none)"),
        text(data.get("setting"), "the jurisdiction setting"),
    )


def parse_consultation(data: Any) -> Consultation:
    data = _mapping(data, "a consultation")
    _known(data, Consultation, "a consultation")
    who = text(data.get("with_whom"), "who you consulted")
    advice = text(data.get("advice"), "what was advised", max_len=MAX_TEXT)
    if not who:
        raise InvalidInput("A consultation needs the person or service consulted.")
    if not advice:
        raise InvalidInput("A consultation needs what was advised.")
    return Consultation(who, req_date(data.get("on"), "the consultation date"), advice, text(data.get("role"), "role"))


def parse_law(data: Any, jurisdiction: Mapping[str, Any] | None = None) -> LawStep:
    data = _mapping(data, "the law step")
    _known(data, LawStep, "the law step")
    snapshot = jurisdiction if jurisdiction is not None else _mapping(data.get("jurisdiction"), "jurisdiction")
    return LawStep(text(data.get("statute"), "the statute or rule", max_len=MAX_SHORT), dict(snapshot))


def parse_risk(data: Any) -> RiskFactors:
    data = _mapping(data, "the risk factors")
    _known(data, RiskFactors, "the risk factors")
    flags = {name: opt_bool(data.get(name), name.replace("_", " ")) for name in RISK_FACTORS}
    return RiskFactors(
        **flags,
        threat=text(data.get("threat"), "the threat"),
        person_at_risk=text(data.get("person_at_risk"), "the person at risk"),
        notes=text(data.get("notes"), "the risk notes", max_len=MAX_TEXT),
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
        judge=text(data.get("judge"), "the judge"),
        court=text(data.get("court"), "the court"),
        case_number=text(data.get("case_number"), "the case number"),
        order_date=opt_date(data.get("order_date"), "the order date"),
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
        what=text(data.get("what"), "what was disclosed", max_len=MAX_TEXT),
        info_kind=choice(data.get("info_kind") or "progress", INFO_KINDS, "kind of information"),
        item_ids=_ids(data.get("item_ids"), "selected items"),
        date_from=opt_date(data.get("date_from"), "the first date disclosed"),
        date_to=opt_date(data.get("date_to"), "the last date disclosed"),
        recipient=text(data.get("recipient"), "the recipient"),
        recipient_address=text(data.get("recipient_address"), "the recipient's address"),
        method=choice(data.get("method"), METHODS, "method"),
        on=opt_date(data.get("on"), "the date of the disclosure"),
        reference=text(data.get("reference"), "the report reference"),
        minimum_necessary=bool(opt_bool(data.get("minimum_necessary"), "the minimum-necessary confirmation")),
        order=parse_order(data.get("order")),
        basis_kind=text(data.get("basis_kind"), "the legal basis", max_len=64),
        basis_evidence=dict(_mapping(data.get("basis_evidence"), "the basis evidence")),
    )
    if details.date_from and details.date_to and details.date_to < details.date_from:
        raise InvalidInput("The disclosed date range ends before it starts.")
    return details


def parse_client_informed(data: Any) -> ClientInformed:
    data = _mapping(data, "whether the client was informed")
    _known(data, ClientInformed, "whether the client was informed")
    return ClientInformed(
        informed=opt_bool(data.get("informed"), "whether the client was informed"),
        on=opt_date(data.get("on"), "the date the client was informed"),
        how=text(data.get("how"), "how the client was informed"),
        reason_code=choice(data.get("reason_code"), NOT_INFORMED_REASONS, "reason the client was not informed"),
        reason=text(data.get("reason"), "why the client was not informed", max_len=MAX_TEXT),
    )


def parse_follow_up(value: Any) -> tuple[str, ...]:
    if value in (None, ""):
        return ()
    items = [value] if isinstance(value, str) else list(value)
    if len(items) > MAX_LIST:
        raise InvalidInput(f"At most {MAX_LIST} follow-up steps.")
    return tuple(t for t in (text(v, "a follow-up step") for v in items) if t)


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
        raise InvalidInput(f"Unknown decision field(s): {', '.join(unknown)}. Known: {', '.join(EDITABLE)}.")
    new: dict[str, Any] = {}
    c = changes
    if "occurred_on" in c:
        new["occurred_on"] = req_date(c["occurred_on"], "the date of the event")
    if "session_id" in c:
        new["session_id"] = text(c["session_id"], "the session", max_len=64) or None
    if "duty" in c:
        new["duty"] = parse_duty(c["duty"])
    if "exception" in c:
        new["exception"] = parse_exception(c["exception"])
    if "consultations" in c:
        items = list(c["consultations"] or [])
        if len(items) > MAX_LIST:
            raise InvalidInput(f"At most {MAX_LIST} consultations.")
        new["consultations"] = tuple(parse_consultation(i) for i in items)
    new["law"] = parse_law(c.get("law", {"statute": decision.law.statute}), jurisdiction)
    if "reasoning" in c:
        new["reasoning"] = text(c["reasoning"], "the clinical reasoning", max_len=MAX_TEXT)
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
    "EXCEPTION_KINDS",
    "INFO_KINDS",
    "METHODS",
    "METHOD_LABELS",
    "NOT_INFORMED_REASONS",
    "OUTCOMES",
    "OUTCOME_LABELS",
    "REASON_LABELS",
    "RISK_FACTORS",
    "TRIGGERS",
    "TRIGGER_LABELS",
    "ClientInformed",
    "Consultation",
    "CourtOrder",
    "Decision",
    "DecisionAddendum",
    "DecisionSignature",
    "DecisionSummary",
    "DisclosureDetails",
    "Duty",
    "ExceptionStep",
    "LawStep",
    "RiskFactors",
    "apply_changes",
    "content_hash",
    "from_body",
    "signature_message",
]

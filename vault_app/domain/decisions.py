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

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any, Literal, get_args

from vault_app.domain.clinical_notes import Signature

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
# An outcome said otherwise where the situation changes what it means: a court order is already
# an order, so not obeying it now is asking the court, with counsel, to limit it, not "seeking a
# court order" (a walker found that choice offered for an order already received). Stored as the key.
OUTCOME_LABELS_FOR: dict[tuple[str, str], str] = {
    ("court_order", "seek_order"):
        "Do not disclose now: ask the court, with counsel, to limit the order; notify the client",
}


def outcome_label(outcome: str, trigger: str = "") -> str:
    """The outcome's words for this situation (the stored key where it has none)."""
    return OUTCOME_LABELS_FOR.get((trigger, outcome)) or OUTCOME_LABELS.get(outcome, outcome)


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
    # The therapist reviewed the couple, family or group notes drawn on for what other people
    # said (domain/disclosure_parts.py); kept out of the body while False (see Decision.body).
    others_reviewed: bool = False


@dataclass(frozen=True)
class ClientInformed:
    informed: bool | None = None
    on: date | None = None
    how: str = ""
    reason_code: NotInformedReason | None = None
    reason: str = ""


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
    signature: Signature | None = None

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
            "disclosure": _disclosure_body(self.disclosure) if self.disclosure else None,
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


def _disclosure_body(x: DisclosureDetails) -> dict[str, Any]:
    """The disclosure as signed. The review tick came after decisions were signed: left out
    while not ticked, a decision signed before it hashes as it did and its signature holds."""
    body: dict[str, Any] = _plain(x)
    if not x.others_reviewed:
        del body["others_reviewed"]
    return body


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


__all__ = [
    "EXCEPTION_KINDS",
    "INFO_KINDS",
    "METHODS",
    "METHOD_LABELS",
    "NOT_INFORMED_REASONS",
    "OUTCOMES",
    "OUTCOME_LABELS",
    "OUTCOME_LABELS_FOR",
    "REASON_LABELS",
    "RISK_FACTORS",
    "TRIGGERS",
    "TRIGGER_LABELS",
    "ClientInformed",
    "Consultation",
    "CourtOrder",
    "Decision",
    "DecisionAddendum",
    "DecisionSummary",
    "DisclosureDetails",
    "Duty",
    "ExceptionStep",
    "LawStep",
    "RiskFactors",
    "outcome_label",
]

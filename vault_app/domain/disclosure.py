"""What a disclosure asks for, what the gate knows, and what it answers.

These types are shared by the export service, the manual-disclosure record and
any workflow that must ask the gate (the confidentiality-decision workflow).
They hold ids, dates and choices; never note text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from vault_app.domain.authorization import INFO_LABELS, Authorization, InfoKind
from vault_app.domain.disclosure_basis import HIDDEN_FROM_CLIENT, LegalBasis
from vault_app.domain.errors import RefusedByPolicy
from vault_app.domain.locale_format import DEFAULT_LOCALE
from vault_app.domain.plurals import counted
from vault_app.domain.restrictions import RestrictedItem, Restriction

# Minimum necessary for payment (REGULATIONS.md): identifiers, dates of service, codes, duration.
BILLING_FIELDS: dict[str, str] = {
    "client_id": "client id",
    "chart_number": "chart number",
    "client_name": "client name",
    "date_of_birth": "date of birth",
    "date_of_service": "date of service",
    "cpt_code": "CPT code",
    "icd10_codes": "ICD-10 codes",
    "duration_minutes": "duration (minutes)",
}
DEFAULT_BILLING_FIELDS: tuple[str, ...] = tuple(BILLING_FIELDS)
# How describe_items names billed sessions (domain/disclosure_wording.py reads it back).
BILLING_ITEMS = "sessions' billing data"
BILLING_ITEM = "session's billing data"


@dataclass(frozen=True)
class Recipient:
    name: str
    address: str = ""

    def as_dict(self) -> dict[str, str]:
        return {"name": self.name, "address": self.address}


@dataclass(frozen=True)
class Selection:
    """Minimum necessary: explicit notes, a date range, and/or a field set."""

    note_ids: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    fields: tuple[str, ...] = ()
    # A statement of the client's account for the dates: its balance forward, payments and
    # ending balance go out even where no session falls within them (services/superbill.py).
    account: bool = False
    # The complete open export (services/open_export.py): the chart's documents, plan and consent go
    # with its progress notes, also where it has none to select (none written yet, or only drafts left
    # out), so an empty selection of notes is not "nothing selected".
    whole_chart: bool = False

    @property
    def empty(self) -> bool:
        return not self.note_ids and self.date_from is None and self.date_to is None

    def describe(self) -> str:
        parts = []
        if self.note_ids:
            parts.append(counted(len(self.note_ids), "selected item"))
        if self.date_from or self.date_to:
            start = self.date_from.isoformat() if self.date_from else "the first record"
            end = self.date_to.isoformat() if self.date_to else "the latest record"
            parts.append(f"from {start} to {end}")
        if self.fields:
            parts.append("fields: " + ", ".join(self.fields))
        return "; ".join(parts) or "nothing"


@dataclass(frozen=True)
class DisclosureRequest:
    client_id: str
    kind: InfoKind
    selection: Selection
    recipient: Recipient
    purpose: str
    basis: LegalBasis
    on: date
    # A disclosure already made outside the app is recorded, never blocked.
    manual: bool = False
    # The therapist confirmed that the words of an authorization recorded without its kinds
    # describe the parts sent (domain/disclosure_parts.py); recorded in the disclosure.
    parts_confirmed: bool = False
    # The therapist reviewed the notes that may hold what other people said (disclosure_parts).
    others_reviewed: bool = False
    # A confidentiality decision's disclosure: recorded as manual, but its signing waits on the
    # verdict, so the notes it draws on are weighed for others' words as an export's are.
    decided: bool = False
    # Recorded as manual but made today, its day this computer's clock's (a decision's disclosure with no
    # day given): judged on the vault's last record's day too, as an export is (domain/disclosure_clock.py).
    made_now: bool = False


@dataclass(frozen=True)
class ItemFacts:
    """What the gate needs about one selected note or session: no text."""

    id: str
    kind: InfoKind
    day: date
    part2: bool = False
    self_pay: bool = False  # a session paid in full out of pocket (45 CFR 164.522(a)(1)(vi))
    signed: bool = True  # False for a draft note, never disclosed (domain/disclosure_scope.py)
    # Why the note may hold what other people said ("couple", "family", "group", "joint"), or "";
    # and how many others the chart knows of (0: not known). domain/disclosure_parts.py.
    shared: str = ""
    others: int = 0


@dataclass(frozen=True)
class AccessRequestFacts:
    id: str
    client_id: str
    kind: str
    status: str


@dataclass(frozen=True)
class GateContext:
    items: tuple[ItemFacts, ...]
    client_part2: bool = False
    client_is_minor: bool = False
    authorization: Authorization | None = None
    access_request: AccessRequestFacts | None = None
    duty_to_warn: str = "permissive"
    # A joint (couple/family) record: its adult members, and every authorization on the case chart.
    joint_adult_members: tuple[str, ...] = ()
    joint_authorizations: tuple[Authorization, ...] = ()
    # Each member as a refusal names them: (member id, chart number, chart name). The chart number
    # goes in the English (printed, and kept in the ledger by a disclosure recorded by hand, which
    # outlives a destroyed chart); the name only in the params a screen says (domain/errors.py).
    joint_member_names: tuple[tuple[str, str, str], ...] = ()
    # The chart is a couple's or family's (whatever the basis): a refusal says "each adult member's"
    # authorization where it would say "the client's".
    joint_record: bool = False
    # Selected notes of a case chart held in confidence for one member: (note id, member id).
    held_notes: tuple[tuple[str, str], ...] = ()
    restrictions: tuple[Restriction, ...] = ()  # 45 CFR 164.522(a), every one on file for the client
    # What goes with the items without being chosen (the chart's documents in the complete open
    # export): a restriction covering documents binds them (domain/restrictions.py).
    riders: tuple[RestrictedItem, ...] = ()
    # The practice's locale: the dates in the reasons are written as the practice writes them.
    locale: str = DEFAULT_LOCALE
    # The practice's license state (USPS code, "" unset): a state privilege may bar what federal
    # law permits, and then governs (45 CFR 160.203(b); domain/state_privilege.py).
    license_state: str = ""
    # The day the chart was opened, when known: a subpoena or court order is not received before
    # it (domain/subpoena.received_problems).
    chart_opened: date | None = None
    # The day the client comes (or came) of age, when the date of birth is known: a parent's
    # authority as personal representative ends then (45 CFR 164.502(g); domain/coming_of_age).
    majority_on: date | None = None
    # The day the chart's subpoena hold in force was placed, if one is: a refused subpoena's hint
    # then says the hold is in force, not "consider a legal hold" (domain/state_privilege.hold_advice).
    subpoena_hold_placed: date | None = None
    # The names the client goes by (recipient_is_client.client_name_forms): "treatment by another
    # provider" to the client is the client's own access (164.524), said as such. Never printed.
    client_names: tuple[str, ...] = ()


class DisclosureRefused(RefusedByPolicy):
    """The gate's refusal as an error: the CLI prints its English, a screen says `verdict`'s
    reasons in its own language (gui/gate_words.py)."""

    def __init__(self, verdict: Verdict, lead: str = "Disclosure refused: ", code: str = "") -> None:
        # `lead` and `code`: a caller's own sentence around the reasons (signing a decision), whose
        # words a screen finds by `code` and fills with the verdict's reasons.
        super().__init__(lead + verdict.message, hint=verdict.hint, code=code)
        self.verdict = verdict
        self.lead = lead

    def __reduce__(self) -> tuple[type[DisclosureRefused], tuple[Verdict, str, str]]:
        # An exception is rebuilt from its args (the message), not from the verdict it was made of.
        return (type(self), (self.verdict, self.lead, self.code))


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    # The gate's reasons, warnings and hint are errors.Problem: their English is what the CLI, the
    # ledger and a signed decision keep, their code what a screen in another language says.
    reasons: tuple[str, ...]
    warnings: tuple[str, ...] = ()
    basis_title: str = ""
    citation: str = ""
    accountable: bool = True
    exclusion: str = ""
    part2: bool = False
    minimum_necessary: bool = True
    item_ids: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()
    hint: str = ""
    authorization_ids: tuple[str, ...] = ()
    hidden_from_client: bool = False
    basis_kind: str = ""
    # The period of information the authorization relied on describes, (from, to) ISO days with
    # either end None; None when it records no period. The ledger entry keeps it for an audit.
    authorization_period: tuple[str | None, str | None] | None = None
    # The kinds of information sent, checked against the authorization's (disclosure_parts.py);
    # parts_confirmed: by the therapist's tick, the authorization recording none.
    parts_sent: tuple[str, ...] = ()
    parts_confirmed: bool = False
    others_reviewed: tuple[str, ...] = ()  # ids of the notes sent that may hold others' words

    @property
    def message(self) -> str:
        return " ".join(self.reasons)

    def raise_if_refused(self) -> None:
        if not self.allowed:
            raise DisclosureRefused(self)

    def as_dict(self) -> dict[str, Any]:
        return {
            "allowed": self.allowed,
            "reasons": list(self.reasons),
            "warnings": list(self.warnings),
            "basis": self.basis_title,
            "citation": self.citation,
            "accountable": self.accountable,
            "exclusion": self.exclusion,
            "part2": self.part2,
            "item_ids": list(self.item_ids),
            "fields": list(self.fields),
            "hint": self.hint,
            "authorization_ids": list(self.authorization_ids),
            "hidden_from_client": self.hidden_from_client,
        }


@dataclass(frozen=True)
class DisclosureRecord:
    """One disclosure as the ledger holds it (the payload of a "disclosure" entry)."""

    disclosure_id: str
    client_id: str
    day: date
    recipient: Recipient
    description: str
    purpose: str
    basis_kind: str
    basis_summary: str
    authorization_id: str | None
    accountable: bool
    exclusion: str
    kind: str
    item_ids: tuple[str, ...] = ()
    sha256: str | None = None
    manual: bool = False
    channel: str = "export"
    part2: bool = False
    evidence_id: str | None = None
    seq: int = 0
    delivered: bool = True
    extra: dict[str, Any] = field(default_factory=dict)
    hidden_from_client: bool = False

    def payload(self) -> dict[str, Any]:
        return {
            "disclosure_id": self.disclosure_id,
            "client_id": self.client_id,
            "date": self.day.isoformat(),
            "recipient": self.recipient.as_dict(),
            "description": self.description,
            "purpose": self.purpose,
            "basis": {"kind": self.basis_kind, "summary": self.basis_summary, "evidence_id": self.evidence_id},
            "authorization_id": self.authorization_id,
            "accountable": self.accountable,
            "exclusion": self.exclusion,
            "kind": self.kind,
            "item_ids": list(self.item_ids),
            "sha256": self.sha256,
            "manual": self.manual,
            "channel": self.channel,
            "part2": self.part2,
            **({"hidden_from_client": True} if self.hidden_from_client else {}),
            **({"extra": self.extra} if self.extra else {}),
        }

    @classmethod
    def from_payload(cls, payload: dict[str, Any], seq: int = 0) -> DisclosureRecord:
        basis = payload.get("basis") or {}
        rec = payload.get("recipient") or {}
        return cls(
            disclosure_id=str(payload["disclosure_id"]),
            client_id=str(payload["client_id"]),
            day=date.fromisoformat(payload["date"]),
            recipient=Recipient(str(rec.get("name", "")), str(rec.get("address", ""))),
            description=str(payload.get("description", "")),
            purpose=str(payload.get("purpose", "")),
            basis_kind=str(basis.get("kind", "")),
            basis_summary=str(basis.get("summary", "")),
            authorization_id=payload.get("authorization_id"),
            accountable=bool(payload.get("accountable", True)),
            exclusion=str(payload.get("exclusion", "")),
            kind=str(payload.get("kind", "")),
            item_ids=tuple(str(i) for i in payload.get("item_ids", ())),
            sha256=payload.get("sha256"),
            manual=bool(payload.get("manual", False)),
            channel=str(payload.get("channel", "export")),
            part2=bool(payload.get("part2", False)),
            evidence_id=basis.get("evidence_id"),
            seq=seq,
            extra=dict(payload.get("extra") or {}),
            hidden_from_client=bool(payload.get("hidden_from_client"))
            or str(basis.get("kind", "")) in HIDDEN_FROM_CLIENT,
        )


# Each kind's items, one and many, as a new description counts them ("1 progress note", "2
# progress notes"). Descriptions recorded before said the plural for one ("1 progress notes"):
# they are signed in the ledger and stay as recorded (domain/disclosure_wording reads both).
ITEM_NOUNS: dict[str, tuple[str, str]] = {
    "progress": ("progress note", INFO_LABELS["progress"]),
    "psychotherapy": ("psychotherapy note", INFO_LABELS["psychotherapy"]),
    "billing": (BILLING_ITEM, BILLING_ITEMS),
}


def describe_items(kind: InfoKind, items: tuple[ItemFacts, ...], fields: tuple[str, ...] = ()) -> str:
    """The ledger's "brief description of what was disclosed": counts and dates, never text.
    The days stay ISO here, in the signed record; a page or screen writes them as the practice
    does (domain/disclosure_wording.description_text)."""
    if not items:
        return f"no {INFO_LABELS[kind]}"
    days = sorted(i.day for i in items)
    span = days[0].isoformat() if days[0] == days[-1] else f"{days[0].isoformat()} to {days[-1].isoformat()}"
    text = f"{counted(len(items), *ITEM_NOUNS[kind])} ({span})"
    if fields:
        text += "; fields: " + ", ".join(fields)
    return text


__all__ = [
    "BILLING_FIELDS",
    "BILLING_ITEM",
    "BILLING_ITEMS",
    "DEFAULT_BILLING_FIELDS",
    "ITEM_NOUNS",
    "AccessRequestFacts",
    "DisclosureRecord",
    "DisclosureRefused",
    "DisclosureRequest",
    "GateContext",
    "ItemFacts",
    "Recipient",
    "Selection",
    "Verdict",
    "describe_items",
]

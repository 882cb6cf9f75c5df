"""Progress notes, psychotherapy notes, amendments and addenda, sign-and-lock.

A signed note never changes: later corrections are addenda (added information)
or amendments (a correction with a reason), each with author and time, kept in
order next to the note. The signature is an Ed25519 signature over the note's
canonical content, so an edit made with outside tools is detectable too.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any, Literal, get_args

from vault_app.domain.clinical import Client, JointCase, Session, TreatmentPlan
from vault_app.domain.clinical_documents import Attachment
from vault_app.domain.errors import InvalidInput

NoteKind = Literal["progress", "psychotherapy"]
AmendmentKind = Literal["addendum", "amendment"]
Ideation = Literal["none", "passive", "active"]
RiskLevel = Literal["low", "moderate", "high", "imminent"]

NOTE_KINDS: tuple[str, ...] = get_args(NoteKind)
AMENDMENT_KINDS: tuple[str, ...] = get_args(AmendmentKind)
IDEATION_VALUES: tuple[str, ...] = get_args(Ideation)
RISK_LEVELS: tuple[str, ...] = get_args(RiskLevel)
MAX_NOTE_CHARS = 200_000


@dataclass(frozen=True)
class RiskAssessment:
    """Suicide/violence risk screening, filled in when relevant."""

    ideation: Ideation = "none"
    plan: bool = False
    intent: bool = False
    means: bool = False  # access to lethal means
    protective_factors: str = ""
    safety_plan: str = ""
    level: RiskLevel = "low"
    notes: str = ""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> RiskAssessment | None:
        if data is None:
            return None
        known = set(cls.__dataclass_fields__)
        if set(data) - known:
            raise InvalidInput("Unknown risk assessment field.", hint="Known: " + ", ".join(sorted(known)) + ".")
        risk = cls(**dict(data))
        if risk.ideation not in IDEATION_VALUES:
            raise InvalidInput("Unknown ideation value.", hint="Choose none, passive or active.")
        if risk.level not in RISK_LEVELS:
            raise InvalidInput("Unknown risk level.", hint="Choose " + ", ".join(RISK_LEVELS) + ".")
        for name in ("plan", "intent", "means"):
            if not isinstance(getattr(risk, name), bool):
                raise InvalidInput(f"The risk field {name} must be true or false.")
        for name in ("protective_factors", "safety_plan", "notes"):
            if not isinstance(getattr(risk, name), str):
                raise InvalidInput(f"The risk field {name} must be text.")
        return risk

    @property
    def needs_safety_plan(self) -> bool:
        return self.ideation == "active" or self.plan or self.intent or self.level in ("high", "imminent")


@dataclass(frozen=True)
class Signature:
    signed_at: str
    signed_by: str
    content_hash: str  # sha256 hex of the canonical content
    signature_hex: str  # Ed25519 over "note-signature-v1" || kind || note id || content hash


@dataclass(frozen=True)
class ProgressNote:
    note_id: str
    client_id: str
    session_id: str | None
    note_date: date
    template: str
    sections: Mapping[str, str]
    interventions: tuple[str, ...] = ()
    goal_ids: tuple[str, ...] = ()
    risk: RiskAssessment | None = None
    author: str = ""
    created_at: str = ""
    updated_at: str = ""
    signature: Signature | None = None

    kind: NoteKind = field(default="progress", init=False)

    @property
    def signed(self) -> bool:
        return self.signature is not None

    def canonical_content(self) -> dict[str, Any]:
        return {
            "note_id": self.note_id,
            "client_id": self.client_id,
            "session_id": self.session_id,
            "note_date": self.note_date.isoformat(),
            "template": self.template,
            "sections": dict(self.sections),
            "interventions": list(self.interventions),
            "goal_ids": list(self.goal_ids),
            "risk": asdict(self.risk) if self.risk else None,
            "author": self.author,
        }

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["sections"] = dict(self.sections)
        return data


@dataclass(frozen=True)
class PsychotherapyNote:
    """Process notes kept apart from the record (45 CFR 164.501): free text only."""

    note_id: str
    client_id: str
    session_id: str | None
    note_date: date
    body: str
    author: str = ""
    created_at: str = ""
    updated_at: str = ""
    signature: Signature | None = None

    kind: NoteKind = field(default="psychotherapy", init=False)

    @property
    def signed(self) -> bool:
        return self.signature is not None

    def canonical_content(self) -> dict[str, Any]:
        return {
            "note_id": self.note_id,
            "client_id": self.client_id,
            "session_id": self.session_id,
            "note_date": self.note_date.isoformat(),
            "body": self.body,
            "author": self.author,
        }

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class NoteSummary:
    """A line in a note list: never the note body, only a short preview."""

    note_id: str
    kind: NoteKind
    client_id: str
    session_id: str | None
    note_date: date
    template: str
    signed_at: str | None
    updated_at: str
    preview: str = ""

    @property
    def signed(self) -> bool:
        return self.signed_at is not None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Amendment:
    amendment_id: str
    note_id: str
    note_kind: NoteKind
    client_id: str
    kind: AmendmentKind
    author: str
    created_at: str
    reason: str
    text: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class NoteHistory:
    """The note as signed, then every addendum and amendment in the order written."""

    note: ProgressNote | PsychotherapyNote
    amendments: tuple[Amendment, ...]
    signature_valid: bool | None  # None when the note is not signed yet

    def as_dict(self) -> dict[str, Any]:
        return {
            "note": self.note.as_dict(),
            "amendments": [a.as_dict() for a in self.amendments],
            "signature_valid": self.signature_valid,
        }


def content_hash(content: Mapping[str, Any]) -> str:
    body = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def signature_message(kind: str, note_id: str, digest: str) -> bytes:
    return f"note-signature-v1|{kind}|{note_id}|{digest}".encode()


def check_amendment(kind: str, reason: str, text: str) -> tuple[str, str, str]:
    if kind not in AMENDMENT_KINDS:
        raise InvalidInput("Unknown change type.", hint="Choose addendum or amendment.")
    reason = (reason or "").strip()
    text = (text or "").strip()
    if not text:
        raise InvalidInput("The addendum or amendment is empty.", code="amendment.empty", field="text")
    if kind == "amendment" and not reason:
        raise InvalidInput("An amendment needs a reason.", hint="Say why the signed note is being corrected.",
                           code="amendment.needs_reason", field="reason")
    if len(text) > MAX_NOTE_CHARS or len(reason) > 2_000:
        raise InvalidInput("The addendum or amendment is too long.", code="amendment.too_long",
                           field="text" if len(text) > MAX_NOTE_CHARS else "reason")
    if "\x00" in text or "\x00" in reason:
        raise InvalidInput("The text contains a NUL character.", code="amendment.nul",
                           field="text" if "\x00" in text else "reason")
    return kind, reason, text


def unsigned_too_long(created_at: str, now: datetime, days: int) -> bool:
    created = datetime.fromisoformat(created_at)
    return (now - created).total_seconds() > days * 86_400


@dataclass(frozen=True)
class Chart:
    """What opening a chart shows: the client, sessions, note list, plan, documents.

    Psychotherapy notes are listed only when the caller asked for them and their
    compartment is unlocked; otherwise `psychotherapy_notes` is None (not empty),
    so a screen can tell "locked" from "none".
    """

    client: Client
    sessions: tuple[Session, ...]
    notes: tuple[NoteSummary, ...]
    plan: TreatmentPlan | None
    attachments: tuple[Attachment, ...]
    cases: tuple[JointCase, ...]
    psychotherapy_notes: tuple[NoteSummary, ...] | None = None
    unsigned_overdue: tuple[str, ...] = ()  # note ids past the unsigned-notes limit

    def as_dict(self) -> dict[str, Any]:
        return {
            "client": self.client.as_dict(),
            "sessions": [s.as_dict() for s in self.sessions],
            "notes": [n.as_dict() for n in self.notes],
            "plan": self.plan.as_dict() if self.plan else None,
            "attachments": [a.as_dict() for a in self.attachments],
            "cases": [c.as_dict() for c in self.cases],
            "psychotherapy_notes": (
                [n.as_dict() for n in self.psychotherapy_notes] if self.psychotherapy_notes is not None else None
            ),
            "unsigned_overdue": list(self.unsigned_overdue),
        }

"""Progress notes: write, autosave, sign-and-lock, addenda/amendments, history, audit.

Stable entry points: create_progress_note, save_draft, update_note, get_note,
list_notes, sign_note, amend_note, note_history, discard_draft, record_print,
unsigned_notes, verify_signature; plus the psychotherapy functions re-exported
from services/psychotherapy_notes.py and kind-generic helpers (get_any, sign,
amend, history) for screens that handle both kinds.

A signed note is immutable: every function here refuses to change it, and an
SQL trigger refuses it below the service as well.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from vault_app.domain.clinical import clean_text, new_id, parse_date
from vault_app.domain.clinical_notes import (
    Amendment,
    NoteHistory,
    NoteSummary,
    ProgressNote,
    PsychotherapyNote,
    RiskAssessment,
    check_amendment,
)
from vault_app.domain.errors import InvalidInput, NotFound, RefusedByPolicy
from vault_app.domain.note_templates import get_template, normalize_sections, sections_from_text
from vault_app.services.clinical_common import (
    audit,
    author,
    make_signature,
    now_iso,
    require_client,
    signature_valid,
    unsigned_flag_days,
)
from vault_app.services.psychotherapy_notes import (
    SavedPsychotherapyNote,
    amend_psychotherapy_note,
    create_psychotherapy_note,
    discard_psychotherapy_draft,
    get_psychotherapy_note,
    list_psychotherapy_notes,
    psychotherapy_note_history,
    save_psychotherapy_draft,
    sign_psychotherapy_note,
    unsigned_psychotherapy_notes,
    update_psychotherapy_note,
)
from vault_app.services.vault import Vault
from vault_app.storage import clinical_amendments, clinical_notes, clinical_plans, clinical_sessions

_UPDATABLE = {"template", "sections", "text", "session_id", "note_date", "interventions", "goal_ids", "risk"}
MAX_INTERVENTIONS = 50


def _signed_refusal() -> RefusedByPolicy:
    return RefusedByPolicy(
        "This note is signed and can no longer be changed.",
        hint="Add an addendum or an amendment (with a reason) instead.",
    )


def _risk(value: RiskAssessment | Mapping[str, Any] | None) -> RiskAssessment | None:
    if value is None:
        return None
    return RiskAssessment.from_dict(asdict(value) if isinstance(value, RiskAssessment) else value)


def _interventions(values: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    if len(values) > MAX_INTERVENTIONS:
        raise InvalidInput(f"At most {MAX_INTERVENTIONS} interventions per note.")
    cleaned = (clean_text(v, "intervention", max_len=500) for v in values)
    return tuple(v for v in cleaned if v)


def _goals(vault: Vault, client_id: str, goal_ids: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    wanted = tuple(dict.fromkeys(goal_ids))
    if wanted and not set(wanted) <= clinical_plans.goal_ids_for_client(vault.records, client_id):
        raise NotFound("A goal the note refers to is not in this client's treatment plan.")
    return wanted


def _session(vault: Vault, client_id: str, session_id: str | None, note_id: str = "") -> date | None:
    if session_id is None:
        return None
    session = clinical_sessions.get(vault.records, session_id)
    if session is None or session.client_id != client_id:
        raise NotFound("No session with that id in this chart.")
    existing = clinical_sessions.has_note(vault.records, session_id)
    if existing and existing != note_id:
        raise InvalidInput("That session already has a progress note.", hint="Open and edit that note instead.")
    return session.date


def _sections(template_key: str, sections: Mapping[str, str] | None, text: str | None) -> tuple[str, dict[str, str]]:
    template = get_template(template_key)
    if sections is None and text is None:
        raise InvalidInput("The note is empty.", hint="Give the note text or its sections.")
    raw = dict(sections) if sections is not None else sections_from_text(template, text or "")
    return template.key, normalize_sections(template, raw)


def create_progress_note(
    vault: Vault,
    client_id: str,
    *,
    template: str = "soap",
    sections: Mapping[str, str] | None = None,
    text: str | None = None,
    session_id: str | None = None,
    note_date: date | str | None = None,
    interventions: list[str] | tuple[str, ...] = (),
    goal_ids: list[str] | tuple[str, ...] = (),
    risk: RiskAssessment | Mapping[str, Any] | None = None,
) -> ProgressNote:
    """A new, unsigned progress note (one per session when linked to one)."""
    require_client(vault, client_id)
    template_key, body = _sections(template, sections, text)
    session_date = _session(vault, client_id, session_id)
    day = parse_date(note_date, "note date", allow_future=False) or session_date or date.today()
    stamp = now_iso()
    note = ProgressNote(
        note_id=new_id(), client_id=client_id, session_id=session_id, note_date=day, template=template_key,
        sections=body, interventions=_interventions(interventions), goal_ids=_goals(vault, client_id, goal_ids),
        risk=_risk(risk), author=author(vault), created_at=stamp, updated_at=stamp,
    )
    with vault.records.transaction():
        clinical_notes.insert(vault.records, note)
    audit(vault, "note.created", kind="progress", note_id=note.note_id, client_id=client_id, session_id=session_id)
    return note


def _unsigned(vault: Vault, note_id: str) -> ProgressNote:
    note = clinical_notes.get(vault.records, note_id) if isinstance(note_id, str) else None
    if note is None:
        raise NotFound("No progress note with that id.")
    if note.signed:
        raise _signed_refusal()
    return note


def save_draft(vault: Vault, note_id: str, sections: Mapping[str, str]) -> str:
    """Autosave: replace the sections of an unsigned note. No ledger event (it runs per pause
    in typing); creating, signing and viewing are what the ledger records."""
    found = clinical_notes.template_and_signed(vault.records, note_id)
    if found is None:
        raise NotFound("No progress note with that id.")
    template, signed = found
    if signed:
        raise _signed_refusal()
    body = normalize_sections(get_template(template), sections, allow_empty=True)
    stamp = now_iso()
    with vault.records.transaction():
        if not clinical_notes.save_sections(vault.records, note_id, body, stamp):
            raise _signed_refusal()
    return stamp


def update_note(vault: Vault, note_id: str, **changes: Any) -> ProgressNote:
    """Change an unsigned note's template, text, session link, date, interventions, goals or risk."""
    unknown = set(changes) - _UPDATABLE
    if unknown:
        raise InvalidInput("Unknown note field.", hint="Fields you can change: " + ", ".join(sorted(_UPDATABLE)) + ".")
    note = _unsigned(vault, note_id)
    values: dict[str, Any] = {}
    if {"template", "sections", "text"} & set(changes):
        sections = changes.get("sections")
        if sections is None and "text" not in changes:
            sections = note.sections
        values["template"], values["sections"] = _sections(
            changes.get("template", note.template), sections, changes.get("text")
        )
    if "session_id" in changes:
        _session(vault, note.client_id, changes["session_id"], note_id)
        values["session_id"] = changes["session_id"]
    if "note_date" in changes:
        values["note_date"] = parse_date(changes["note_date"], "note date", allow_future=False) or note.note_date
    if "interventions" in changes:
        values["interventions"] = _interventions(changes["interventions"] or ())
    if "goal_ids" in changes:
        values["goal_ids"] = _goals(vault, note.client_id, changes["goal_ids"] or ())
    if "risk" in changes:
        values["risk"] = _risk(changes["risk"])
    updated = replace(note, **values, updated_at=now_iso())
    with vault.records.transaction():
        if not clinical_notes.update_unsigned(vault.records, updated):
            raise _signed_refusal()
    audit(vault, "note.updated", kind="progress", note_id=note_id, client_id=note.client_id, fields=sorted(changes))
    return updated


def get_note(vault: Vault, note_id: str) -> ProgressNote:
    """Read one progress note (logged as note.viewed)."""
    note = clinical_notes.get(vault.records, note_id) if isinstance(note_id, str) else None
    if note is None:
        raise NotFound("No progress note with that id.")
    audit(vault, "note.viewed", kind="progress", note_id=note_id, client_id=note.client_id)
    return note


def list_notes(vault: Vault, client_id: str, *, limit: int | None = None, offset: int = 0) -> list[NoteSummary]:
    """The chart's progress notes, newest first, without bodies. Never psychotherapy notes."""
    require_client(vault, client_id)
    return clinical_notes.list_for_client(vault.records, client_id, limit=limit, offset=offset)


def sign_note(vault: Vault, note_id: str) -> ProgressNote:
    note = _unsigned(vault, note_id)
    if not any(note.sections.values()):
        raise InvalidInput("An empty note cannot be signed.")
    _refuse_unedited_carry(vault, note)
    if note.risk and note.risk.needs_safety_plan and not note.risk.safety_plan.strip():
        raise RefusedByPolicy(
            "The risk assessment shows ideation with plan or intent but no safety plan.",
            hint="Document the safety plan in the risk assessment before signing.",
        )
    signature = make_signature(vault, "progress", note_id, note.canonical_content(), author(vault))
    with vault.records.transaction():
        if not clinical_notes.sign(vault.records, note_id, signature):
            raise _signed_refusal()
    audit(vault, "note.signed", kind="progress", note_id=note_id, client_id=note.client_id,
          content_mac=vault.content_mac(signature.content_hash))
    return replace(note, signature=signature)


def _refuse_unedited_carry(vault: Vault, note: ProgressNote) -> None:
    """A note started by carry forward (services/faster_notes.py) is not signed while its
    carried text is still exactly as carried."""
    from vault_app.domain.faster_notes import carried_refusal
    from vault_app.storage import faster_notes as carry_store

    carried = carry_store.carried(vault.records, note.note_id)
    refusal = carried_refusal(carried[1], note.sections) if carried else None
    if refusal is not None:
        raise refusal


def amend_note(vault: Vault, note_id: str, text: str, *, kind: str = "addendum", reason: str = "") -> Amendment:
    """An addendum or an amendment (with reason) to a signed note; the note itself stays as signed."""
    kind, reason, text = check_amendment(kind, reason, text)
    found = clinical_notes.status(vault.records, note_id) if isinstance(note_id, str) else None
    if found is None:
        raise NotFound("No progress note with that id.")
    client_id, signed = found
    if not signed:
        raise InvalidInput("This note is not signed yet.", hint="Edit the draft directly; amend it after signing.")
    amendment = Amendment(new_id(), note_id, "progress", client_id, kind, author(vault), now_iso(), reason, text)  # type: ignore[arg-type]
    with vault.records.transaction():
        clinical_amendments.insert(vault.records, amendment)
    audit(vault, "note.amended", kind="progress", note_id=note_id, client_id=client_id,
          amendment_id=amendment.amendment_id, change=kind)
    return amendment


def note_history(vault: Vault, note_id: str) -> NoteHistory:
    """The note as written and signed, then every addendum and amendment in order (logged)."""
    note = get_note(vault, note_id)
    amendments = clinical_amendments.for_note(vault.records, "progress", note_id)
    return NoteHistory(note, amendments, verify_signature(vault, note))


def verify_signature(vault: Vault, note: ProgressNote | PsychotherapyNote) -> bool | None:
    return signature_valid(vault, note.kind, note.note_id, note.canonical_content(), note.signature)


def discard_draft(vault: Vault, note_id: str) -> None:
    """Delete an unsigned draft (written by mistake). Signed notes are never deleted here."""
    note = _unsigned(vault, note_id)
    with vault.records.transaction():
        if not clinical_notes.delete_unsigned(vault.records, note_id):
            raise _signed_refusal()
    audit(vault, "note.draft_discarded", kind="progress", note_id=note_id, client_id=note.client_id)


def record_print(vault: Vault, note_id: str, *, kind: str = "progress") -> None:
    """Log that a note was printed or shown as a printable document."""
    if kind == "psychotherapy":
        found = get_psychotherapy_note(vault, note_id, audit_view=False)
        client_id = found.client_id
    else:
        status = clinical_notes.status(vault.records, note_id)
        if status is None:
            raise NotFound("No progress note with that id.")
        client_id = status[0]
    audit(vault, "note.printed", kind=kind, note_id=note_id, client_id=client_id)


def unsigned_notes(
    vault: Vault, *, older_than_days: int | None = None, include_psychotherapy: bool = False
) -> list[NoteSummary]:
    """Notes still unsigned after the configured number of days (the "sign your notes" flag)."""
    days = unsigned_flag_days(vault) if older_than_days is None else older_than_days
    if isinstance(days, bool) or not isinstance(days, int) or days < 0:
        raise InvalidInput("The number of days must be zero or more.")
    cutoff = (datetime.now(UTC) - timedelta(days=days)).isoformat(timespec="microseconds")
    found = clinical_notes.unsigned_created_before(vault.records, cutoff)
    if include_psychotherapy:
        found += unsigned_psychotherapy_notes(vault, cutoff)
    return found


# --- both kinds --------------------------------------------------------------------
def _kind(kind: str) -> str:
    if kind not in ("progress", "psychotherapy"):
        raise InvalidInput("Unknown note kind.", hint="Choose progress or psychotherapy.")
    return kind


def get_any(vault: Vault, note_id: str, kind: str = "progress") -> ProgressNote | PsychotherapyNote:
    if _kind(kind) == "psychotherapy":
        return get_psychotherapy_note(vault, note_id)
    return get_note(vault, note_id)


def sign(vault: Vault, note_id: str, kind: str = "progress") -> ProgressNote | PsychotherapyNote:
    if _kind(kind) == "psychotherapy":
        return sign_psychotherapy_note(vault, note_id)
    return sign_note(vault, note_id)


def amend(vault: Vault, note_id: str, text: str, *, kind: str = "progress", change: str = "addendum",
          reason: str = "") -> Amendment:
    if _kind(kind) == "psychotherapy":
        return amend_psychotherapy_note(vault, note_id, text, kind=change, reason=reason)
    return amend_note(vault, note_id, text, kind=change, reason=reason)


def history(vault: Vault, note_id: str, kind: str = "progress") -> NoteHistory:
    if _kind(kind) == "psychotherapy":
        return psychotherapy_note_history(vault, note_id)
    return note_history(vault, note_id)


__all__ = [
    "SavedPsychotherapyNote",
    "amend",
    "amend_note",
    "amend_psychotherapy_note",
    "create_progress_note",
    "create_psychotherapy_note",
    "discard_draft",
    "discard_psychotherapy_draft",
    "get_any",
    "get_note",
    "get_psychotherapy_note",
    "history",
    "list_notes",
    "list_psychotherapy_notes",
    "note_history",
    "psychotherapy_note_history",
    "record_print",
    "save_draft",
    "save_psychotherapy_draft",
    "sign",
    "sign_note",
    "sign_psychotherapy_note",
    "unsigned_notes",
    "update_note",
    "update_psychotherapy_note",
    "verify_signature",
]

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
from dataclasses import asdict, dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from vault_app.domain.clinical import clean_text, new_id, parse_date
from vault_app.domain.clinical_documents import NoteProvenance
from vault_app.domain.clinical_notes import (
    Amendment,
    NoteHistory,
    NoteSummary,
    ProgressNote,
    PsychotherapyNote,
    RiskAssessment,
)
from vault_app.domain.errors import InvalidInput, NotFound, RefusedByPolicy
from vault_app.domain.note_kinds import PROGRESS, NoteKindSpec
from vault_app.domain.note_templates import get_template, normalize_sections, sections_from_text
from vault_app.domain.same_day_sessions import ATTACH, NO_SESSION, SEPARATE, Choice, default_choice
from vault_app.services import note_lifecycle as lifecycle
from vault_app.services import older_copy_destroyed
from vault_app.services.clinical_common import (
    audit,
    author,
    make_signature,
    now_iso,
    require_client,
    unsigned_flag_days,
)
from vault_app.services.note_lifecycle import PROGRESS_NOTES
from vault_app.services.psychotherapy_notes import (
    SavedPsychotherapyNote,
    amend_psychotherapy_note,
    create_psychotherapy_note,
    discard_psychotherapy_draft,
    get_psychotherapy_note,
    list_psychotherapy_notes,
    psychotherapy_note_history,
    save_psychotherapy_draft,
    save_psychotherapy_text,
    sign_psychotherapy_note,
    unsigned_psychotherapy_notes,
    update_psychotherapy_note,
)
from vault_app.services.psychotherapy_originals import OriginalChoice
from vault_app.services.sessions import add_session, same_day, update_session
from vault_app.services.vault import Vault
from vault_app.storage import clinical_notes, clinical_plans, clinical_sessions, imports

_UPDATABLE = {"template", "sections", "text", "session_id", "note_date", "interventions", "goal_ids", "risk"}
MAX_INTERVENTIONS = 50


def _risk(value: RiskAssessment | Mapping[str, Any] | None) -> RiskAssessment | None:
    if value is None:
        return None
    return RiskAssessment.from_dict(asdict(value) if isinstance(value, RiskAssessment) else value)


def _interventions(values: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    if len(values) > MAX_INTERVENTIONS:
        raise InvalidInput(f"At most {MAX_INTERVENTIONS} interventions per note.", code="note.interventions.too_many",
                           field="interventions", params={"max": MAX_INTERVENTIONS})
    cleaned = (clean_text(v, "intervention", max_len=500, field="intervention") for v in values)
    return tuple(v for v in cleaned if v)


def _goals(vault: Vault, client_id: str, goal_ids: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    wanted = tuple(dict.fromkeys(goal_ids))
    if wanted and not set(wanted) <= clinical_plans.goal_ids_for_client(vault.records, client_id):
        raise NotFound("A goal the note refers to is not in this client's treatment plan.",
                       code="note.goal_not_in_plan")
    return wanted


def _session(vault: Vault, client_id: str, session_id: str | None, note_id: str = "") -> date | None:
    if session_id is None:
        return None
    session = clinical_sessions.get(vault.records, session_id)
    if session is None or session.client_id != client_id:
        raise NotFound("No session with that id in this chart.", code="session.not_found")
    existing = clinical_sessions.has_note(vault.records, session_id)
    if existing and existing != note_id:
        raise InvalidInput("That session already has a progress note.", hint="Open and edit that note instead.",
                           code="note.session_has_note", field="session")
    return session.date


def _sections(template_key: str, sections: Mapping[str, str] | None, text: str | None, *,
              allow_empty: bool = False) -> tuple[str, dict[str, str]]:
    template = get_template(template_key)
    if sections is None and text is None and not allow_empty:
        raise InvalidInput("The note is empty.", hint="Give the note text or its sections.", code="progress_note.empty")
    raw = dict(sections) if sections is not None else sections_from_text(template, text or "")
    return template.key, normalize_sections(template, raw, allow_empty=allow_empty)


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
    empty_draft: bool = False,
) -> ProgressNote:
    """A new, unsigned progress note (one per session when linked to one). `empty_draft`: a draft
    with nothing written yet (an attended visit's, for a chart with no plan), which signing refuses
    until something is written (note_lifecycle)."""
    require_client(vault, client_id)
    template_key, body = _sections(template, sections, text, allow_empty=empty_draft)
    session_date = _session(vault, client_id, session_id)
    day = parse_date(note_date, "note date", allow_future=False, field="note_date") or session_date or date.today()
    stamp = now_iso()
    note = ProgressNote(
        note_id=new_id(), client_id=client_id, session_id=session_id, note_date=day, template=template_key,
        sections=body, interventions=_interventions(interventions), goal_ids=_goals(vault, client_id, goal_ids),
        risk=_risk(risk), author=author(vault), created_at=stamp, updated_at=stamp,
    )
    with vault.records.transaction():
        clinical_notes.insert(vault.records, note)
    audit(vault, "note.created", kind=PROGRESS.key, note_id=note.note_id, client_id=client_id, session_id=session_id)
    return note


def _signed_refusal() -> RefusedByPolicy:
    return lifecycle.signed_refusal(PROGRESS)


def save_draft(vault: Vault, note_id: str, sections: Mapping[str, str]) -> str:
    """Autosave: replace the sections of an unsigned note. No ledger event (it runs per pause
    in typing); creating, signing and viewing are what the ledger records."""
    found = clinical_notes.template_and_signed(vault.records, note_id)
    if found is None:
        raise NotFound("No progress note with that id.", code="progress_note.not_found")
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
    note = lifecycle.unsigned(vault, PROGRESS_NOTES, note_id)
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
        values["note_date"] = parse_date(changes["note_date"], "note date", allow_future=False,
                                         field="note_date") or note.note_date
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
    audit(vault, "note.updated", kind=PROGRESS.key, note_id=note_id, client_id=note.client_id, fields=sorted(changes))
    return updated


def get_note(vault: Vault, note_id: str) -> ProgressNote:
    """Read one progress note (logged as note.viewed)."""
    return lifecycle.read(vault, PROGRESS_NOTES, note_id)


def list_notes(vault: Vault, client_id: str, *, limit: int | None = None, offset: int = 0) -> list[NoteSummary]:
    """The chart's progress notes, newest first, without bodies. Never psychotherapy notes."""
    require_client(vault, client_id)
    older_copy_destroyed.refuse_destroyed_there(vault, client_id)  # as note_lifecycle.find
    return clinical_notes.list_for_client(vault.records, client_id, limit=limit, offset=offset)


def sign_note(vault: Vault, note_id: str) -> ProgressNote:
    return lifecycle.sign(vault, PROGRESS_NOTES, note_id)


def amend_note(vault: Vault, note_id: str, text: str, *, kind: str = "addendum", reason: str = "") -> Amendment:
    """An addendum or an amendment (with reason) to a signed note; the note itself stays as signed."""
    return lifecycle.amend(vault, PROGRESS_NOTES, note_id, text, change=kind, reason=reason)


def note_history(vault: Vault, note_id: str) -> NoteHistory:
    """The note as written and signed, then every addendum and amendment in order (logged)."""
    return lifecycle.history(vault, PROGRESS_NOTES, note_id)


def verify_signature(vault: Vault, note: ProgressNote | PsychotherapyNote) -> bool | None:
    return lifecycle.verify(vault, note)


def discard_draft(vault: Vault, note_id: str) -> None:
    """Delete an unsigned draft (written by mistake). Signed notes are never deleted here."""
    lifecycle.discard(vault, PROGRESS_NOTES, note_id)


def record_print(vault: Vault, note_id: str, *, kind: str | NoteKindSpec = PROGRESS) -> None:
    """Log that a note was printed or shown as a printable document."""
    lifecycle.record_print(vault, lifecycle.shelf_for(kind), note_id)


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


def import_progress_note(
    vault: Vault, client_id: str, text: str, *, note_date: date, author_name: str, provenance: NoteProvenance,
    signed_at: str = "",
) -> ProgressNote:
    """A progress note brought in by an import (services/importers/), free-form text as read.

    Signed in the previous system: locked at once. Its signer reads "<system>: <who signed
    there>" and its time is when they signed (`signed_at`, ISO); the vault's key seals the
    text as imported so a later edit shows, but the note is never signed in the therapist's
    name. Not signed there: an unsigned draft the therapist may review and sign. Joins the
    caller's records transaction; the importer logs one import.chart entry per chart.
    """
    require_client(vault, client_id)
    template_key, body = _sections("free", None, text)
    stamp = now_iso()
    note = ProgressNote(
        note_id=provenance.note_id or new_id(), client_id=client_id, session_id=None, note_date=note_date,
        template=template_key, sections=body, author=clean_text(author_name, "author", max_len=200),
        created_at=stamp, updated_at=stamp,
    )
    if provenance.signed_by:
        signer = clean_text(f"{provenance.source_system}: {provenance.signed_by}", "signer", max_len=300)
        signature = make_signature(vault, "progress", note.note_id, note.canonical_content(), signer)
        note = replace(note, signature=replace(signature, signed_at=signed_at or signature.signed_at))
    with vault.records.transaction():
        clinical_notes.insert(vault.records, note)
        imports.insert_provenance(vault.records, replace(provenance, note_id=note.note_id, client_id=client_id,
                                                         note_kind="progress", imported_at=stamp))
    return note


# --- the editor's one action: save what is typed -----------------------------------------
@dataclass(frozen=True)
class ProgressDraft:
    """What the note editor holds at one moment: the note, and the session and risk
    screening written beside it (None: not recorded). `same_day` is the therapist's choice
    where the session's day has a session already (domain/same_day_sessions.py): None
    leaves it to the safe default, "separate" records a second one, "attach" documents
    `attach_to`, "none" records none."""

    template: str
    sections: Mapping[str, str]
    session: Mapping[str, Any] | None = None
    risk: Mapping[str, Any] | None = None
    same_day: Choice | None = None
    attach_to: str | None = None
    # The session's CPT code set by hand in the note (typed): a billed session's is stored only
    # then, never one that came with a corrected length (services/session_correction.py).
    cpt_by_hand: bool = False


@dataclass
class DraftState:
    """Where an autosaved note stands between saves. The caller keeps it and passes it to
    every save; only the save functions (on the one worker thread, in order) write it."""

    note_id: str | None = None
    session_id: str | None = None
    saved_session: Mapping[str, Any] | None = None
    saved_risk: Mapping[str, Any] | None = None


def session_for_new_note(vault: Vault, client_id: str, draft: ProgressDraft, session: Mapping[str, Any]) -> str | None:
    """The session a new note documents. A day that has one already is not billed again
    unless the therapist chose a separate session (found: every second note of a day
    recorded another "unbilled" session). A note carried forward (faster_notes) asks the same."""
    choice = draft.same_day
    target = draft.attach_to
    if choice is None or (choice == ATTACH and not target):
        found = default_choice(same_day(vault, client_id, session["date"]))
        choice, target = found.choice, found.session_id
    if choice == NO_SESSION:
        return None
    if choice == SEPARATE:
        # A visit once the note is signed: a draft written ahead (Ctrl+N, the client's first
        # appointment tomorrow) made "today" a visit, unbilled, in the agenda and last visit.
        return add_session(vault, client_id, draft_only=True, **session).session_id
    return target


def save_progress_note(vault: Vault, client_id: str, state: DraftState, draft: ProgressDraft) -> str | None:
    """Save this note for this client as typed so far: on the first save with text, create
    the session (if one is recorded) and the note; afterwards save the body (not logged),
    and the risk screening and the session only when they changed (logged). A day that has
    a session already gets no second one unless `draft.same_day` says so. Returns the
    note id, or None while nothing has been written (an empty note is not created)."""
    if state.note_id is None:
        if not any(v.strip() for v in draft.sections.values()):
            return None
        if draft.session is not None:
            state.session_id = session_for_new_note(vault, client_id, draft, draft.session)
        # No session (a phone call, a letter): the note keeps the day the form says.
        day = draft.session["date"] if draft.session is not None and state.session_id is None else None
        note = create_progress_note(vault, client_id, template=draft.template, sections=draft.sections,
                                    session_id=state.session_id, note_date=day, risk=draft.risk)
        state.note_id, state.saved_risk = note.note_id, draft.risk
        state.saved_session = draft.session if state.session_id else None
        return note.note_id
    save_draft(vault, state.note_id, draft.sections)
    if draft.risk != state.saved_risk:
        update_note(vault, state.note_id, risk=draft.risk)
        state.saved_risk = draft.risk
    if state.session_id and draft.session is not None and draft.session != state.saved_session:
        # An empty modality keeps the recorded one (the form offers no "unset").
        update_session(vault, state.session_id, **{k: v for k, v in draft.session.items() if k != "modality" or v})
        state.saved_session = draft.session
    return state.note_id


# --- both kinds, chosen by a kind's name (a command line, a screen's note kind) ---------
def get_any(vault: Vault, note_id: str, kind: str | NoteKindSpec = PROGRESS) -> ProgressNote | PsychotherapyNote:
    return lifecycle.read(vault, lifecycle.shelf_for(kind), note_id)


def sign(vault: Vault, note_id: str, kind: str | NoteKindSpec = PROGRESS) -> ProgressNote | PsychotherapyNote:
    return lifecycle.sign(vault, lifecycle.shelf_for(kind), note_id)


def amend(vault: Vault, note_id: str, text: str, *, kind: str | NoteKindSpec = PROGRESS, change: str = "addendum",
          reason: str = "") -> Amendment:
    return lifecycle.amend(vault, lifecycle.shelf_for(kind), note_id, text, change=change, reason=reason)


def history(vault: Vault, note_id: str, kind: str | NoteKindSpec = PROGRESS) -> NoteHistory:
    return lifecycle.history(vault, lifecycle.shelf_for(kind), note_id)


def discard(vault: Vault, note_id: str, kind: str | NoteKindSpec = PROGRESS, *,
            original: OriginalChoice | None = None) -> dict[str, str]:
    """Delete an unsigned draft of either kind (written by mistake); a signed note never.
    `original`: what becomes of an imported psychotherapy draft's original PDF (asked first)."""
    return lifecycle.discard(vault, lifecycle.shelf_for(kind), note_id, original=original)


__all__ = [
    "DraftState",
    "ProgressDraft",
    "SavedPsychotherapyNote",
    "amend",
    "amend_note",
    "amend_psychotherapy_note",
    "create_progress_note",
    "create_psychotherapy_note",
    "discard",
    "discard_draft",
    "discard_psychotherapy_draft",
    "get_any",
    "get_note",
    "get_psychotherapy_note",
    "history",
    "import_progress_note",
    "list_notes",
    "list_psychotherapy_notes",
    "note_history",
    "psychotherapy_note_history",
    "record_print",
    "save_draft",
    "save_progress_note",
    "save_psychotherapy_draft",
    "save_psychotherapy_text",
    "session_for_new_note",
    "sign",
    "sign_note",
    "sign_psychotherapy_note",
    "unsigned_notes",
    "update_note",
    "update_psychotherapy_note",
    "verify_signature",
]

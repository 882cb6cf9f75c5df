"""Psychotherapy notes (45 CFR 164.501): only in psychotherapy.db, only when it is unlocked.

Every function reaches the compartment through `vault.psychotherapy`, which
raises CompartmentLocked while it is locked, so no content leaks from a locked
vault. Structured fields the rule excludes (medication, session times,
modality, test results, diagnosis/plan/prognosis...) are refused; free text that
looks like them comes back as warnings for the clinician to act on.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from vault_app.domain.clinical import clean_text, new_id, parse_date
from vault_app.domain.clinical_documents import NoteProvenance
from vault_app.domain.clinical_notes import (
    MAX_NOTE_CHARS,
    Amendment,
    NoteHistory,
    NoteSummary,
    PsychotherapyNote,
)
from vault_app.domain.errors import InvalidInput, NotFound, RefusedByPolicy
from vault_app.domain.note_kinds import PSYCHOTHERAPY
from vault_app.domain.psychotherapy_guard import GuardWarning, refuse_excluded_fields, scan_text
from vault_app.services import note_lifecycle as lifecycle
from vault_app.services import older_copy_destroyed
from vault_app.services.clinical_common import (
    audit,
    author,
    make_signature,
    now_iso,
    require_client,
)
from vault_app.services.note_lifecycle import PSYCHOTHERAPY_NOTES
from vault_app.services.psychotherapy_originals import OriginalChoice
from vault_app.services.vault import Vault
from vault_app.storage import clinical_psychotherapy, clinical_sessions, imports


@dataclass(frozen=True)
class SavedPsychotherapyNote:
    note: PsychotherapyNote
    warnings: tuple[GuardWarning, ...]

    def as_dict(self) -> dict[str, Any]:
        return {"note": self.note.as_dict(), "warnings": [w.as_dict() for w in self.warnings]}


def _signed_refusal() -> RefusedByPolicy:
    return lifecycle.signed_refusal(PSYCHOTHERAPY)


def _body(text: str | None, *, allow_empty: bool = False) -> str:
    if text is not None and not isinstance(text, str):
        raise InvalidInput("The note text must be text.")
    body = (text or "").strip()
    if not body and not allow_empty:
        raise InvalidInput("The note is empty.", hint="Write the psychotherapy note text.",
                           code="psychotherapy_note.empty")
    if len(body) > MAX_NOTE_CHARS:
        raise InvalidInput(f"The note is too long (at most {MAX_NOTE_CHARS} characters).", code="note.too_long",
                           params={"max": MAX_NOTE_CHARS})
    if "\x00" in body:
        raise InvalidInput("The note contains a NUL character.", code="note.nul")
    return body


def _check_fields(fields: Mapping[str, Any] | None) -> None:
    if not fields:
        return
    refuse_excluded_fields(fields)
    raise InvalidInput(
        "Psychotherapy notes hold free text only.",
        hint="Link the note to a session for its date and times; put structured data on the progress side.",
    )


def _session(vault: Vault, client_id: str, session_id: str | None) -> date | None:
    if session_id is None:
        return None
    session = clinical_sessions.get(vault.records, session_id)
    if session is None or session.client_id != client_id:
        raise NotFound("No session with that id in this chart.", code="session.not_found")
    return session.date


def create_psychotherapy_note(
    vault: Vault,
    client_id: str,
    text: str,
    *,
    session_id: str | None = None,
    note_date: date | str | None = None,
    fields: Mapping[str, Any] | None = None,
) -> SavedPsychotherapyNote:
    db = vault.psychotherapy  # CompartmentLocked first: nothing is checked or written while locked
    _check_fields(fields)
    require_client(vault, client_id)
    body = _body(text)
    session_date = _session(vault, client_id, session_id)
    day = parse_date(note_date, "note date", allow_future=False, field="note_date") or session_date or date.today()
    stamp = now_iso()
    note = PsychotherapyNote(new_id(), client_id, session_id, day, body, author(vault), stamp, stamp)
    with db.transaction():
        clinical_psychotherapy.insert(db, note)
    audit(vault, "note.created", kind=PSYCHOTHERAPY.key, note_id=note.note_id, client_id=client_id,
          session_id=session_id)
    return SavedPsychotherapyNote(note, tuple(scan_text(body)))


def _existing(vault: Vault, note_id: str) -> PsychotherapyNote:
    return lifecycle.find(vault, PSYCHOTHERAPY_NOTES, note_id)


def save_psychotherapy_draft(vault: Vault, note_id: str, text: str) -> tuple[str, tuple[GuardWarning, ...]]:
    """Autosave of an unsigned psychotherapy note: no ledger event; returns the 164.501 warnings."""
    db = vault.psychotherapy
    body = _body(text, allow_empty=True)
    found = clinical_psychotherapy.status(db, note_id)
    if found is None:
        raise NotFound("No psychotherapy note with that id.", code="psychotherapy_note.not_found")
    if found[1]:
        raise _signed_refusal()
    stamp = now_iso()
    with db.transaction():
        if not clinical_psychotherapy.save_body(db, note_id, body, stamp):
            raise _signed_refusal()
    return stamp, tuple(scan_text(body))


def save_psychotherapy_text(
    vault: Vault, client_id: str, note_id: str | None, text: str
) -> tuple[str | None, tuple[GuardWarning, ...]]:
    """The editor's one action: save this psychotherapy note for this client as typed so far,
    creating it on the first save with text. Returns the note id (None while nothing is
    written) and what the guard asks the therapist to check."""
    if note_id is None:
        if not text.strip():
            return None, ()
        saved = create_psychotherapy_note(vault, client_id, text)
        return saved.note.note_id, saved.warnings
    _stamp, warnings = save_psychotherapy_draft(vault, note_id, text)
    return note_id, warnings


def update_psychotherapy_note(
    vault: Vault, note_id: str, *, text: str | None = None, session_id: str | None = None,
    note_date: date | str | None = None, fields: Mapping[str, Any] | None = None,
) -> SavedPsychotherapyNote:
    _check_fields(fields)
    note = _existing(vault, note_id)
    if note.signed:
        raise _signed_refusal()
    values: dict[str, Any] = {}
    if text is not None:
        values["body"] = _body(text)
    if session_id is not None:
        _session(vault, note.client_id, session_id)
        values["session_id"] = session_id
    if note_date is not None:
        values["note_date"] = parse_date(note_date, "note date", allow_future=False, field="note_date")
    updated = replace(note, **values, updated_at=now_iso())
    with vault.psychotherapy.transaction():
        if not clinical_psychotherapy.update_unsigned(vault.psychotherapy, updated):
            raise _signed_refusal()
    audit(vault, "note.updated", kind=PSYCHOTHERAPY.key, note_id=note_id, client_id=note.client_id)
    return SavedPsychotherapyNote(updated, tuple(scan_text(updated.body)))


def get_psychotherapy_note(vault: Vault, note_id: str, *, audit_view: bool = True) -> PsychotherapyNote:
    return lifecycle.read(vault, PSYCHOTHERAPY_NOTES, note_id, audit_view=audit_view)


def list_psychotherapy_notes(vault: Vault, client_id: str) -> list[NoteSummary]:
    db = vault.psychotherapy
    require_client(vault, client_id)
    older_copy_destroyed.refuse_destroyed_there(vault, client_id)  # as note_lifecycle.find
    gone = older_copy_destroyed.notes_destroyed_there(vault)  # a newer copy destroyed them: not listed
    return [n for n in clinical_psychotherapy.list_for_client(db, client_id) if n.note_id not in gone]


def sign_psychotherapy_note(vault: Vault, note_id: str) -> PsychotherapyNote:
    return lifecycle.sign(vault, PSYCHOTHERAPY_NOTES, note_id)


def amend_psychotherapy_note(
    vault: Vault, note_id: str, text: str, *, kind: str = "addendum", reason: str = ""
) -> Amendment:
    return lifecycle.amend(vault, PSYCHOTHERAPY_NOTES, note_id, text, change=kind, reason=reason)


def psychotherapy_note_history(vault: Vault, note_id: str) -> NoteHistory:
    return lifecycle.history(vault, PSYCHOTHERAPY_NOTES, note_id)


def discard_psychotherapy_draft(vault: Vault, note_id: str, *,
                                original: OriginalChoice | None = None) -> dict[str, str]:
    return lifecycle.discard(vault, PSYCHOTHERAPY_NOTES, note_id, original=original)


def unsigned_psychotherapy_notes(vault: Vault, cutoff_iso: str) -> list[NoteSummary]:
    return clinical_psychotherapy.unsigned_created_before(vault.psychotherapy, cutoff_iso)


def import_psychotherapy_note(
    vault: Vault, client_id: str, text: str, *, note_date: date, author_name: str, provenance: NoteProvenance,
    original_name: str, original: bytes, signed_at: str = "", original_unreadable: bool = False,
) -> PsychotherapyNote:
    """A psychotherapy note brought in by an import, into this compartment only, with its
    original file and provenance beside it (never in records.db). Signed in the previous
    system: locked with the signer "<system>: <who signed there>", as import_progress_note
    does; never signed in the therapist's name. Joins the caller's psychotherapy transaction.
    `original_unreadable`: its original could not be read (the note holds only a line saying
    so), which a readable copy imported later may fill (importers/damaged_again.py)."""
    db = vault.psychotherapy  # CompartmentLocked first: nothing is written while locked
    require_client(vault, client_id)
    stamp = now_iso()
    note = PsychotherapyNote(provenance.note_id or new_id(), client_id, None, note_date, _body(text),
                             clean_text(author_name, "author", max_len=200), stamp, stamp)
    if provenance.signed_by:
        signer = clean_text(f"{provenance.source_system}: {provenance.signed_by}", "signer", max_len=300)
        signature = make_signature(vault, "psychotherapy", note.note_id, note.canonical_content(), signer)
        note = replace(note, signature=replace(signature, signed_at=signed_at or signature.signed_at))
    with db.transaction():
        clinical_psychotherapy.insert(db, note)
        imports.insert_psychotherapy_provenance(
            db, replace(provenance, note_id=note.note_id, client_id=client_id, note_kind="psychotherapy",
                        imported_at=stamp), original_name, original, unreadable=original_unreadable)
    return note

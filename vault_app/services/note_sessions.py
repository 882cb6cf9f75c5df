"""A progress note saved with "no session" gains one later: the therapist forgot to link it,
or the appointment was marked attended after the note was written. The rule of which
session (one visit, one session) is domain/same_day_sessions.link_choice; the change is
an ordinary note update (ledger: note.updated with fields ["session_id"], and
session.created when the session is recorded now)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from vault_app.domain.clinical_notes import ProgressNote
from vault_app.domain.errors import InvalidInput
from vault_app.domain.same_day_sessions import SEPARATE, SameDaySession, SessionChoice, link_choice, signed_link_refusal
from vault_app.services import note_lifecycle as lifecycle
from vault_app.services.note_lifecycle import PROGRESS_NOTES
from vault_app.services.notes import update_note
from vault_app.services.sessions import add_session, same_day
from vault_app.services.vault import Vault

# What a session recorded for the note may say; its day is always the note's.
_NEW_SESSION_FIELDS = {"start_time", "end_time", "duration_minutes", "modality", "setting", "platform", "service_type",
                       "cpt_code", "icd10_codes", "location"}


@dataclass(frozen=True)
class LinkOptions:
    """The note's day and its sessions (each with the note documenting it), for a screen to
    offer; no text of the note. A signed one is refused (signed_link_refusal says why)."""

    note_id: str
    note_date: date
    signed: bool
    session_id: str | None
    sessions: list[SameDaySession]


def link_options(vault: Vault, note_id: str) -> LinkOptions:
    note = lifecycle.find(vault, PROGRESS_NOTES, note_id)
    return LinkOptions(note.note_id, note.note_date, note.signed, note.session_id,
                       same_day(vault, note.client_id, note.note_date))


def link_session(vault: Vault, note_id: str, wanted: SessionChoice | None = None,
                 new_session: Mapping[str, Any] | None = None) -> ProgressNote:
    """Link an unsigned note that has no session to a session of its day: the one `wanted`
    names, a new one recorded now from `new_session` (`wanted` SEPARATE: a second visit is
    chosen, never the default), or the day's one session without a note."""
    note = lifecycle.find(vault, PROGRESS_NOTES, note_id)
    if note.signed:
        raise signed_link_refusal()
    if note.session_id is not None:
        raise InvalidInput("This note already documents a session.",
                           hint="Correct that session's details instead.", code="note.has_session")
    chosen = link_choice(same_day(vault, note.client_id, note.note_date), wanted)
    if chosen.choice == SEPARATE:
        fields = dict(new_session or {})
        unknown = set(fields) - _NEW_SESSION_FIELDS
        if unknown:
            raise InvalidInput("Unknown session field.",
                               hint="Fields you can give: " + ", ".join(sorted(_NEW_SESSION_FIELDS)) + ".")
        if fields.get("duration_minutes") is None and not (fields.get("start_time") and fields.get("end_time")):
            raise InvalidInput("Say how long the session was.", hint="Give its length in minutes, e.g. 53.",
                               code="note.session_length_missing", field="duration_minutes")
        return update_note(vault, note_id,
                           session_id=add_session(vault, note.client_id, date=note.note_date, draft_only=True,
                                                  **fields).session_id)
    return update_note(vault, note_id, session_id=chosen.session_id)

__all__ = ["LinkOptions", "link_options", "link_session"]

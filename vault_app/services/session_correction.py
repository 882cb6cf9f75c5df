"""Correct a session's details (the chart's Correct session details…, `session update`): the
sessions service's correction, told whether the session is billed, so that a corrected length
moves an individual psychotherapy session's CPT code to the time rule's band only where it may
(domain/cpt_on_length.py: never on a billed session, never over a code chosen by hand).

Apart from services/sessions.py because an issued superbill or statement is the billing
service's to know, and that service builds on the sessions one."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from vault_app.domain.cpt_on_length import billed, code_to_keep
from vault_app.services import billing, notes, sessions
from vault_app.services.notes import DraftState, ProgressDraft
from vault_app.services.sessions import Corrected
from vault_app.services.vault import Vault


def listed_on_issued(vault: Vault, session_id: str) -> bool:
    """An issued (delivered) superbill or statement lists the session."""
    client_id = sessions.get_session(vault, session_id).client_id
    return session_id in billing.issued_billing(vault, client_id)


def is_billed(vault: Vault, session_id: str) -> bool:
    """Billed: on an issued superbill or statement, or marked billed, paid or denied."""
    return billed(sessions.get_session(vault, session_id).billing_status, listed_on_issued(vault, session_id))


def correct_session(vault: Vault, session_id: str, **changes: Any) -> Corrected:
    return sessions.correct(vault, session_id, changes, listed_on_issued=listed_on_issued(vault, session_id))


def billed_code_kept(vault: Vault, state: DraftState, draft: ProgressDraft) -> ProgressDraft:
    """The draft a progress note's autosave may store: as typed, except a billed session's CPT
    code, which goes only when the therapist set it by hand (domain/cpt_on_length.code_to_keep).
    Found: a draft note's length 53 -> 45 stored 90834 on a session an issued superbill lists as
    90837, the superbill already issued then at odds with the record."""
    session = draft.session
    if state.note_id is None or not state.session_id or session is None or draft.cpt_by_hand \
            or "cpt_code" not in session:
        return draft  # a first save creates or attaches, it corrects nothing
    recorded = sessions.get_session(vault, state.session_id).cpt_code
    sent = session["cpt_code"]
    if (sent or "").strip().upper() == recorded or not is_billed(vault, state.session_id):
        return draft
    return replace(draft, session={**session, "cpt_code": code_to_keep(recorded, sent, is_billed=True, by_hand=False)})


def save_progress_note(vault: Vault, client_id: str, state: DraftState, draft: ProgressDraft) -> str | None:
    """The note window's autosave (notes.save_progress_note), a billed session's code kept."""
    return notes.save_progress_note(vault, client_id, state, billed_code_kept(vault, state, draft))


__all__ = [
    "Corrected",
    "billed_code_kept",
    "correct_session",
    "is_billed",
    "listed_on_issued",
    "save_progress_note",
]

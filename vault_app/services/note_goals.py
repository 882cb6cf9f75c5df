"""Treatment-plan goals in a progress note (issue #19 item 2): one use case, "add these goals
of the client's plan to the note I am writing", shared by the note editor and
`vault-app note goals`. The rules are in domain/note_goals.py."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from vault_app.domain.clinical import Goal
from vault_app.domain.clinical_notes import ProgressNote
from vault_app.domain.errors import NotFound
from vault_app.domain.note_goals import pick_active, with_goals
from vault_app.domain.note_templates import get_template
from vault_app.services import notes, session_correction
from vault_app.services.clinical_common import require_client
from vault_app.services.notes import DraftState, ProgressDraft
from vault_app.services.vault import Vault
from vault_app.storage import clinical_notes, clinical_plans


def active_goals(vault: Vault, client_id: str) -> list[Goal]:
    """The goals a note may pick: the active ones of the client's plan, in the plan's order."""
    require_client(vault, client_id)
    plan = clinical_plans.get_for_client(vault.records, client_id)
    if plan is None:
        return []
    return sorted((g for g in plan.goals if g.status == "active"), key=lambda g: g.position)


def add_plan_goals(vault: Vault, client_id: str, state: DraftState, draft: ProgressDraft,
                   goal_ids: Sequence[str], language: str = "en") -> ProgressNote:
    """Save the note as typed (`draft`, creating it and its session if this is its first
    save) with a line per chosen goal in its goals section (in `language`, the screen's,
    unless the section has goal lines in another already), and record the goals' ids with
    it (logged as note.updated, ids only). Refuses goals not active in the client's plan
    and a signed note."""
    plan = clinical_plans.get_for_client(vault.records, client_id)
    goals = pick_active(plan.goals if plan is not None else (), goal_ids)
    template = get_template(draft.template)
    sections = with_goals(draft.sections, template.keys, goals, language)
    # The autosave's own save: a billed session's code kept unless set by hand (session_correction).
    note_id = session_correction.save_progress_note(vault, client_id, state, replace(draft, sections=sections))
    current = clinical_notes.get(vault.records, note_id) if note_id is not None else None
    if note_id is None or current is None:
        raise NotFound("No progress note with that id.", code="progress_note.not_found")
    ids = tuple(dict.fromkeys((*current.goal_ids, *(g.goal_id for g in goals))))
    return notes.update_note(vault, note_id, goal_ids=ids)


def add_goals_to_note(vault: Vault, note_id: str, goal_ids: Sequence[str]) -> ProgressNote:
    """The command line's form: an existing draft, as stored."""
    note = clinical_notes.get(vault.records, note_id)
    if note is None:
        raise NotFound("No progress note with that id.", hint="List a chart's notes with 'vault-app note list'.")
    state = DraftState(note_id=note.note_id, session_id=note.session_id)
    draft = ProgressDraft(note.template, dict(note.sections))
    return add_plan_goals(vault, note.client_id, state, draft, goal_ids)


__all__ = ["active_goals", "add_goals_to_note", "add_plan_goals"]

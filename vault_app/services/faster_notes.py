"""Faster notes (issue #19 item 2): start a progress note from the chart's newest signed note (its plan
and goals, marked as carried), and personal snippets kept in the records compartment.

The rules are in domain/faster_notes.py. Notes are created through the notes service, so a
carried note is an ordinary draft (logged as note.created) with one more ledger entry,
note.carried_forward (ids only). Snippets log snippet.saved / snippet.deleted with their id
only: their text is the therapist's own wording and stays encrypted.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from vault_app.domain.clinical import parse_date
from vault_app.domain.clinical_notes import ProgressNote
from vault_app.domain.errors import InvalidInput, NotFound
from vault_app.domain.faster_notes import (
    MAX_SNIPPETS,
    Snippet,
    carried_refusal,
    carried_sections,
    carry_source,
    check_body,
    check_trigger,
    expand_all,
    unedited,
)
from vault_app.domain.note_templates import get_template
from vault_app.services import notes, practice
from vault_app.services.clinical_common import audit, now_iso, require_client
from vault_app.services.vault import Vault
from vault_app.storage import clinical_amendments, clinical_notes, clinical_plans
from vault_app.storage import faster_notes as store


@dataclass(frozen=True)
class CarriedNote:
    note: ProgressNote
    from_note_id: str
    from_date: date
    carried_sections: tuple[str, ...]
    carried_goal_ids: tuple[str, ...]
    # The newest note's date when it is a draft, passed over for the signed note before it.
    passed_draft_date: date | None = None
    # The source's addenda and amendments: not carried (domain carry_source), so the editor
    # says they are there to read.
    source_amendments: int = 0


# --- carry forward ---------------------------------------------------------------------------
def start_from_last(
    vault: Vault, client_id: str, *, session_id: str | None = None, note_date: date | str | None = None,
    language: str = "en", form: notes.ProgressDraft | None = None,
) -> CarriedNote:
    """A new draft progress note holding the newest SIGNED note's plan (and goals section)
    marked as carried (the mark in `language`, the screen's), and its treatment-plan goals
    that are still active. A newer draft is passed over (domain carry_source) and named.
    `form`: the note editor's form as it stood, empty of text: the carried note documents the
    session it held (date, start, length, codes; a day's session found as the editor's first
    save finds it) and keeps its risk screening. The carried note replaces that form, and
    without this the visit the therapist had typed was signed as "no session"."""
    require_client(vault, client_id)
    summaries = clinical_notes.list_for_client(vault.records, client_id, with_preview=False)
    if not summaries:
        raise NotFound("This chart has no earlier progress note to carry forward.",
                       hint="Write the first note from a template instead.", code="carry.no_earlier_note")
    chosen = carry_source(summaries)
    if chosen.source is None:
        raise NotFound("No earlier progress note of this chart is signed: there is nothing to carry forward.",
                       hint="A draft is not the record. Sign it first, or write this note from a template.",
                       code="carry.none_signed")
    source = clinical_notes.get(vault.records, chosen.source.note_id)
    assert source is not None  # listed a moment ago, in this same thread
    template = get_template(source.template)
    sections = carried_sections(source.sections, template.keys, source.note_date, language,
                                practice.printing_locale(vault))
    plan = clinical_plans.get_for_client(vault.records, client_id)
    goals = tuple(g for g in source.goal_ids
                  if plan is not None and (goal := plan.goal(g)) is not None and goal.status == "active")
    day = parse_date(note_date, "note date", allow_future=False, field="note_date")
    if not any(sections.values()) and not goals:
        raise NotFound("The last note has no plan or goals to carry forward.", code="carry.nothing_to_carry")
    risk = None
    if form is not None:
        session_id, day, risk = _visit_of(vault, client_id, form, day)
    note = notes.create_progress_note(vault, client_id, template=template.key, sections=sections,
                                      session_id=session_id, note_date=day, goal_ids=goals, risk=risk)
    carried = {k: v for k, v in sections.items() if v}
    with vault.records.transaction():
        store.insert_carried(vault.records, note.note_id, client_id, source.note_id, carried, now_iso())
    audit(vault, "note.carried_forward", kind="progress", client_id=client_id, note_id=note.note_id,
          from_note_id=source.note_id)
    amendments = len(clinical_amendments.for_note(vault.records, "progress", source.note_id))
    passed = chosen.passed_draft.note_date if chosen.passed_draft is not None else None
    return CarriedNote(note, source.note_id, source.note_date, tuple(carried), goals, passed, amendments)


def _visit_of(vault: Vault, client_id: str, form: notes.ProgressDraft,
              day: date | None) -> tuple[str | None, date | None, Mapping[str, Any] | None]:
    """The session, day and risk screening a carried note takes from the editor's form: the
    session as the editor's own first save makes it (notes.session_for_new_note), after every
    refusal above, so a refused carry leaves no session behind."""
    if form.session is None:
        return None, day, form.risk
    session_id = notes.session_for_new_note(vault, client_id, form, form.session)
    if session_id is not None:
        return session_id, None, form.risk  # the note's day is its session's
    # "No session" chosen for a day that has one: the note still keeps the form's day.
    return None, parse_date(form.session["date"], "note date", allow_future=False, field="note_date"), form.risk


def unedited_carried(vault: Vault, note_id: str) -> list[str]:
    """The carried sections of a note still unchanged ([] for a note not carried)."""
    found = store.carried(vault.records, note_id)
    note = clinical_notes.get(vault.records, note_id)
    if found is None or note is None:
        return []
    return unedited(found[1], note.sections)


def check_ready_to_sign(vault: Vault, note_id: str) -> None:
    """Refuses while carried text is still as carried (notes.sign_note asks the same)."""
    found = store.carried(vault.records, note_id)
    note = clinical_notes.get(vault.records, note_id)
    refusal = carried_refusal(found[1], note.sections) if found and note else None
    if refusal is not None:
        raise refusal


def sign_note(vault: Vault, note_id: str) -> ProgressNote:
    """Sign a progress note, refusing one whose carried text was never edited."""
    check_ready_to_sign(vault, note_id)
    return notes.sign_note(vault, note_id)


# --- snippets -------------------------------------------------------------------------------------
def save_snippet(vault: Vault, trigger: str, body: str) -> Snippet:
    """Add a snippet, or replace the text of the one with this trigger."""
    key, text = check_trigger(trigger), check_body(body)
    existing = store.snippet(vault.records, key)
    if existing is None and store.count_snippets(vault.records) >= MAX_SNIPPETS:
        raise InvalidInput(f"At most {MAX_SNIPPETS} snippets.", hint="Remove one you no longer use.",
                           code="snippet.too_many", params={"max": MAX_SNIPPETS})
    s = Snippet(existing.snippet_id if existing else "S-" + secrets.token_hex(5), key, text)
    with vault.records.transaction():
        store.save_snippet(vault.records, s, now_iso())
    audit(vault, "snippet.saved", snippet_id=s.snippet_id)
    return s


def delete_snippet(vault: Vault, trigger: str) -> None:
    key = check_trigger(trigger)
    found = store.snippet(vault.records, key)
    if found is None:
        raise NotFound("No snippet with that trigger.", hint="List them with 'vault-app snippet list'.",
                       code="snippet.not_found")
    with vault.records.transaction():
        store.delete_snippet(vault.records, key)
    audit(vault, "snippet.deleted", snippet_id=found.snippet_id)


def list_snippets(vault: Vault) -> list[Snippet]:
    return store.snippets(vault.records)


def snippet_map(vault: Vault) -> dict[str, str]:
    """trigger -> text, for an editor that expands as the therapist types."""
    return {s.trigger: s.body for s in store.snippets(vault.records)}


def expand(vault: Vault, text: str) -> str:
    return expand_all(text, snippet_map(vault))


__all__ = [
    "CarriedNote",
    "check_ready_to_sign",
    "delete_snippet",
    "expand",
    "list_snippets",
    "save_snippet",
    "sign_note",
    "snippet_map",
    "start_from_last",
    "unedited_carried",
]

"""The session a draft note recorded (records migration 0104) is no visit until the note is
signed: the worklist does not weigh it as one, the note editor and "Link to a session…" do not
offer it as one, editing it does not make it one, and one left behind by a kill between the
session and its note is swept at the next unlock. A real vault, the services the screens call."""

from __future__ import annotations

from datetime import date, timedelta

from vault_app.services import clients, measures, notes, sessions, worklist
from vault_app.services.notes import DraftState, ProgressDraft
from vault_app.services.vault import Vault

SESSION = {"duration_minutes": 53, "modality": "individual", "setting": "in_person", "cpt_code": None,
           "icd10_codes": []}


def _draft(vault: Vault, client_id: str, day: date, text: str = "Written ahead.") -> DraftState:
    """The note editor's first save (Ctrl+N on a day with no session): a draft and its session."""
    state = DraftState()
    draft = ProgressDraft("soap", {"subjective": text}, {**SESSION, "date": day.isoformat()})
    assert notes.save_progress_note(vault, client_id, state, draft) is not None
    assert state.session_id is not None and sessions.draft_only(vault, state.session_id)
    return state


def test_a_drafts_session_is_not_a_second_session_of_the_day_on_the_worklist(vault: Vault) -> None:
    """A note written ahead for the visit, then the visit recorded from the command line: one
    visit, owed a note (its session) and a signature (the draft), not a day billed twice."""
    day = date.today() - timedelta(days=1)
    c = clients.create_client(vault, "Ahead Then Booked", chart_number="AB-1").client_id
    state = _draft(vault, c, day)
    booked = sessions.add_session(vault, c, date=day, start_time="10:00", duration_minutes=53)
    work = worklist.build(vault)
    assert work.section("sessions_same_day") == []
    assert [i.item_id for i in work.section("sessions_without_notes")] == [booked.session_id]
    assert [i.item_id for i in work.section("unsigned_notes")] == [state.note_id]
    # Signed, the draft's session is a visit: two sessions that day, one without a note.
    notes.sign_note(vault, state.note_id or "")
    assert [i.item_id for i in worklist.build(vault).section("sessions_same_day")] == [f"{c}:{day.isoformat()}"]


def test_a_drafts_session_does_not_make_a_measure_due(vault: Vault) -> None:
    """A measure is due again for a client seen since: a draft written ahead is no visit."""
    today = date.today()
    c = clients.create_client(vault, "Measured Once", chart_number="MO-1").client_id
    measures.record_measure(vault, c, "phq9", [1, 1, 1, 1, 1, 1, 1, 1, 0], taken_on=today - timedelta(days=35))
    state = _draft(vault, c, today)
    assert worklist.build(vault, on=today).section("measures_due") == []
    notes.sign_note(vault, state.note_id or "")
    assert [i.item_id for i in worklist.build(vault, on=today).section("measures_due")] == ["phq9"]

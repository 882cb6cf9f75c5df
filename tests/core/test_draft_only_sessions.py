"""A draft note makes no visit (found on Xvfb in Spanish: Ctrl+N for a client whose first
appointment is tomorrow, a few words typed, and today had a session "--:-- nota sin firmar" in
the agenda, an unbilled 90837 and "Last visit: today", before anything was signed). The session
the editor records with a new note is the visit once the note is signed, or the appointment
is marked attended; discarding the draft removes it. A real vault, the editor's own save."""

from __future__ import annotations

from datetime import date, timedelta

from vault_app.domain.same_day_sessions import SEPARATE, SessionChoice
from vault_app.services import appointments, billing, clients, notes, sessions
from vault_app.services.note_sessions import link_session
from vault_app.services.notes import DraftState, ProgressDraft
from vault_app.services.vault import Vault
from vault_app.storage import clinical_sessions

SESSION = {"duration_minutes": 53, "modality": "individual", "setting": "in_person", "cpt_code": None,
           "icd10_codes": []}


def _first_note(vault: Vault, client_id: str, day: date) -> DraftState:
    """What the progress-note editor does on Ctrl+N: the first save with text."""
    state = DraftState()
    draft = ProgressDraft("soap", {"subjective": "Llega con su madre."}, {**SESSION, "date": day.isoformat()})
    assert notes.save_progress_note(vault, client_id, state, draft) is not None
    assert state.session_id is not None
    return state


def _visits(vault: Vault, client_id: str) -> tuple[date | None, list[str], list[str]]:
    """The last visit, the agenda's rows of this week for the chart, the account's charges."""
    last = clients.get_client(vault, client_id).last_contact
    week = [r.kind for r in appointments.week(vault, date.today()) if r.client_id == client_id]
    charged = [c.cpt_code for c in billing.account(vault, client_id).charges if c.kind == "session"]
    return last, week, charged


def test_a_draft_written_ahead_of_the_first_appointment_is_no_visit_until_signed(vault: Vault) -> None:
    sofi = clients.create_client(vault, "Sofi Arancibia", date_of_birth="2010-02-03").client_id
    today = date.today()
    tomorrow = today + timedelta(days=1)
    appointments.schedule(vault, sofi, date=tomorrow, start="16:00")
    state = _first_note(vault, sofi, today)
    shown_in_week = tomorrow <= today + timedelta(days=6 - today.weekday())
    # No visit today: last visit unchanged, nothing charged, the agenda has only tomorrow's appointment.
    assert _visits(vault, sofi) == (None, ["appointment"] if shown_in_week else [], [])
    assert sessions.draft_only(vault, state.session_id or "")
    # The chart still lists the session the note documents (its Sessions tab, the editor).
    assert [s.session_id for s in sessions.list_sessions(vault, sofi)] == [state.session_id]

    notes.sign_note(vault, state.note_id or "")
    last, week, charged = _visits(vault, sofi)
    assert (last, charged) == (today, ["90837"])
    assert "session" in week
    assert not sessions.draft_only(vault, state.session_id or "")


def test_discarding_the_draft_removes_the_session_it_made(vault: Vault) -> None:
    client = clients.create_client(vault, "Draft Only", date_of_birth="1980-01-01").client_id
    state = _first_note(vault, client, date.today())
    notes.discard_draft(vault, state.note_id or "")
    assert sessions.list_sessions(vault, client) == []
    assert clinical_sessions.is_draft_only(vault.records, state.session_id or "") is False
    assert _visits(vault, client) == (None, [], [])


def test_discarding_a_draft_keeps_a_session_recorded_before_it(vault: Vault) -> None:
    """A session from the command line or the agenda is a visit of its own: a draft attached to it
    and discarded leaves it (and it was a visit all along)."""
    client = clients.create_client(vault, "Booked First", date_of_birth="1980-01-01").client_id
    booked = sessions.add_session(vault, client, date=date.today(), duration_minutes=53)
    state = _first_note(vault, client, date.today())
    assert state.session_id == booked.session_id
    assert _visits(vault, client)[0] == date.today()
    notes.discard_draft(vault, state.note_id or "")
    assert [s.session_id for s in sessions.list_sessions(vault, client)] == [booked.session_id]


def test_marking_the_appointment_attended_makes_the_drafts_session_the_visit(vault: Vault) -> None:
    client = clients.create_client(vault, "Note Then Agenda", date_of_birth="1980-01-01").client_id
    day = date.today() - timedelta(days=1)
    state = _first_note(vault, client, day)
    assert _visits(vault, client)[0] is None
    visit = appointments.schedule(vault, client, date=day, start="09:00")[0]
    start = vault.ledger.head().seq
    done = appointments.attend(vault, visit.appointment_id)
    assert done.reused_session and done.session_id == state.session_id
    # Logged, so that the screens of sessions (the client list's last visit) follow it.
    assert [e.kind for e in vault.ledger.entries(since_seq=start + 1) if e.kind.startswith("session.")] == [
        "session.confirmed"]
    last, _week, charged = _visits(vault, client)
    assert (last, charged) == (day, ["90837"])
    assert not sessions.draft_only(vault, state.session_id or "")


def test_a_session_recorded_later_for_a_draft_waits_for_its_signature_too(vault: Vault) -> None:
    """The note saved with "no session", then a new session recorded for it (note_sessions)."""
    client = clients.create_client(vault, "Linked Later", date_of_birth="1980-01-01").client_id
    note = notes.create_progress_note(vault, client, text="Phone call.")
    linked = link_session(vault, note.note_id, SessionChoice(SEPARATE), {"duration_minutes": 45})
    assert linked.session_id is not None and sessions.draft_only(vault, linked.session_id)
    assert _visits(vault, client)[0] is None
    notes.sign_note(vault, note.note_id)
    assert _visits(vault, client)[0] == date.today()

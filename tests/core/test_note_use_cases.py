"""The note editors' one action each, as services: "save this note for this client as typed
so far". The GUI's autosave and any other caller (a script, the CLI) use the same function."""

from __future__ import annotations

from vault_app.services import clients, notes, sessions
from vault_app.services.notes import DraftState, ProgressDraft
from vault_app.services.vault import Vault

SESSION = {"date": "2024-02-01", "duration_minutes": 53, "modality": "individual", "setting": "in_person",
           "cpt_code": None, "icd10_codes": ["F41.1"]}
RISK = {"ideation": "none", "plan": False, "intent": False, "means": False, "level": "low",
        "protective_factors": "family", "safety_plan": ""}


def _events_since(vault: Vault, seq: int) -> list[str]:
    """What the saves logged (the test's own reads log note.viewed: left out)."""
    return [e.kind for e in vault.ledger.entries(since_seq=seq + 1) if not e.kind.endswith(".viewed")]


def test_first_save_creates_session_and_note_later_saves_log_only_real_changes(vault: Vault) -> None:
    client = clients.create_client(vault, "Use Case", date_of_birth="1980-01-01")
    state = DraftState()

    empty = ProgressDraft("soap", {"subjective": "  "}, SESSION, None)
    assert notes.save_progress_note(vault, client.client_id, state, empty) is None
    assert state.note_id is None and notes.list_notes(vault, client.client_id) == []

    start = vault.ledger.head().seq
    first = ProgressDraft("soap", {"subjective": "Slept badly."}, SESSION, None)
    note_id = notes.save_progress_note(vault, client.client_id, state, first)
    assert note_id is not None and state.note_id == note_id and state.session_id is not None
    assert notes.get_note(vault, note_id).session_id == state.session_id
    assert sorted(_events_since(vault, start)) == ["note.created", "session.created"]

    start = vault.ledger.head().seq
    typed_on = ProgressDraft("soap", {"subjective": "Slept badly. Better today."}, SESSION, None)
    assert notes.save_progress_note(vault, client.client_id, state, typed_on) == note_id
    assert _events_since(vault, start) == []  # the body alone: saved, not logged
    assert notes.get_note(vault, note_id).sections["subjective"] == "Slept badly. Better today."

    screened = ProgressDraft("soap", typed_on.sections, {**SESSION, "duration_minutes": 45}, RISK)
    notes.save_progress_note(vault, client.client_id, state, screened)
    assert sorted(_events_since(vault, start)) == ["note.updated", "session.updated"]
    assert notes.get_note(vault, note_id).risk is not None
    assert sessions.get_session(vault, state.session_id).duration_minutes == 45

    start = vault.ledger.head().seq
    notes.save_progress_note(vault, client.client_id, state, screened)  # nothing changed
    assert _events_since(vault, start) == []


def test_a_note_without_a_session_records_none(vault: Vault) -> None:
    client = clients.create_client(vault, "No Session", date_of_birth="1980-01-01")
    state = DraftState()
    notes.save_progress_note(vault, client.client_id, state, ProgressDraft("free", {"text": "Phone call."}))
    assert state.note_id is not None and state.session_id is None
    assert sessions.list_sessions(vault, client.client_id) == []


def test_psychotherapy_text_is_created_once_then_saved(psy_vault: Vault) -> None:
    client = clients.create_client(psy_vault, "Process Notes", date_of_birth="1980-01-01")
    assert notes.save_psychotherapy_text(psy_vault, client.client_id, None, "   ") == (None, ())
    note_id, _warnings = notes.save_psychotherapy_text(psy_vault, client.client_id, None, "First reflections.")
    assert note_id is not None
    start = psy_vault.ledger.head().seq
    again, _ = notes.save_psychotherapy_text(psy_vault, client.client_id, note_id, "First reflections, more.")
    assert again == note_id and _events_since(psy_vault, start) == []
    assert notes.get_psychotherapy_note(psy_vault, note_id, audit_view=False).body == "First reflections, more."
    assert len(notes.list_psychotherapy_notes(psy_vault, client.client_id)) == 1

"""A flagged measure's next steps follow the state of the session's note, on a real vault: a draft
(a line added), no note yet (a draft started), a signed note (never changed: an addendum), no
session (a note for today). Found on the real app: for a session whose note was already signed
the steps said "record it in the progress note's risk assessment" (read-only by then) and "the
note cannot be signed with...", and the note opened at its greyed risk fields. The same steps
come back when the measure is shown later, from the note as it is then."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from vault_app.services import clients, measures, notes, sessions
from vault_app.services.vault import Vault

PHQ_RISK = [2, 2, 2, 2, 1, 1, 1, 0, 1]  # item 9 = 1


def _draft(vault: Vault, cid: str) -> str | None:
    s = sessions.add_session(vault, cid, date="2026-04-02", duration_minutes=50)
    notes.create_progress_note(vault, cid, template="soap", session_id=s.session_id, sections={"subjective": "Low."})
    return s.session_id


def _no_note(vault: Vault, cid: str) -> str | None:
    return sessions.add_session(vault, cid, date="2026-04-02", duration_minutes=50).session_id


def _signed(vault: Vault, cid: str) -> str | None:
    s = sessions.add_session(vault, cid, date="2026-04-02", duration_minutes=50)
    note = notes.create_progress_note(vault, cid, text="Session content.", template="free", session_id=s.session_id)
    notes.sign_note(vault, note.note_id)
    return s.session_id


def _no_session(_vault: Vault, _cid: str) -> str | None:
    return None


# state, outcome, where the note opens, a step that must be said, words no step may say
CASES: list[tuple[Callable[[Vault, str], str | None], str, str, str, tuple[str, ...]]] = [
    (_draft, "noted_in_draft", "risk_screening", "record it in the progress note's risk assessment",
     ("addendum", "for today")),
    (_no_note, "draft_started", "risk_screening", "record it in the progress note's risk assessment",
     ("addendum", "for today")),
    (_signed, "note_signed", "addendum", "in an addendum to the session's signed progress note",
     ("progress note's risk assessment", "cannot be signed")),
    (_no_session, "no_session", "risk_screening", "risk assessment of a progress note for today",
     ("addendum", "the progress note's risk assessment")),
]


@pytest.mark.parametrize(("make", "outcome", "way", "said", "never"), CASES, ids=[c[1] for c in CASES])
def test_the_next_steps_follow_the_notes_state(vault: Vault, make: Callable[[Vault, str], str | None],
                                               outcome: str, way: str, said: str, never: tuple[str, ...]) -> None:
    cid = clients.create_client(vault, "Avery Testperson", date_of_birth="1980-02-03").client_id
    session_id = make(vault, cid)
    result = measures.record_measure(vault, cid, "phq9", PHQ_RISK, session_id=session_id,
                                     taken_on=None if session_id else "2026-04-02")
    flag = result.flag
    assert flag is not None and flag.note_outcome == outcome
    steps = " ".join(flag.next_steps)
    assert said in steps, steps
    assert not any(word in steps for word in never), steps
    assert "confidentiality decision" in steps  # in every state
    assert flag.note_way == way and flag.as_dict()["note_way"] == way
    assert flag.as_dict()["next_steps"] == list(flag.next_steps)
    # Shown later: the same steps for the note as it is (a signed note's, not "no session").
    if outcome in ("noted_in_draft", "note_signed"):
        shown = measures.show_measure(vault, result.measure.measure_id).flag
        assert shown is not None and (shown.note_outcome, shown.note_id) == (outcome, flag.note_id)
        assert shown.next_steps == flag.next_steps


def test_a_note_signed_after_the_measure_shows_the_addendum_steps(vault: Vault) -> None:
    cid = clients.create_client(vault, "Avery Testperson", date_of_birth="1980-02-03").client_id
    session_id = _no_note(vault, cid)
    result = measures.record_measure(vault, cid, "phq9", PHQ_RISK, session_id=session_id)
    assert result.flag is not None and result.flag.note_id is not None
    notes.update_note(vault, result.flag.note_id, risk={"ideation": "passive", "level": "low",
                                                        "safety_plan": "Call the crisis line."})
    notes.sign_note(vault, result.flag.note_id)
    shown = measures.show_measure(vault, result.measure.measure_id).flag
    assert shown is not None and shown.note_way == "addendum"
    assert any("addendum" in step for step in shown.next_steps)

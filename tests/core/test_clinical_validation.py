"""Bad input gives a clear error (the right error type, a plain message) and changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from tests.core.clinical_helpers import PDF, state
from vault_app.domain.clinical_documents import MAX_ATTACHMENT_BYTES
from vault_app.domain.errors import InvalidInput, NotFound, RefusedByPolicy, VaultError
from vault_app.services import attachments, clients, guardians, notes, plans, search, sessions
from vault_app.services.vault import Vault

UNKNOWN = "0123456789abcdef"


@dataclass
class Ctx:
    client: str
    other: str
    session: str
    note: str
    draft: str
    psy: str


@pytest.fixture
def ctx(psy_vault: Vault) -> Ctx:
    v = psy_vault
    client = clients.create_client(v, "Isolde Ribbonmoor", chart_number="K-1")
    other = clients.create_client(v, "Emrys Ribbonmoor")
    session = sessions.add_session(v, client.client_id, date="2024-01-10", duration_minutes=45)
    note = notes.create_progress_note(v, client.client_id, session_id=session.session_id, text="Worked on sleep.")
    notes.sign_note(v, note.note_id)
    draft = notes.create_progress_note(v, client.client_id, text="Draft.", template="free")
    psy = notes.create_psychotherapy_note(v, client.client_id, "Process note.").note
    plans.update_plan(v, client.client_id, goals=[{"description": "Sleep 7 hours"}])
    return Ctx(client.client_id, other.client_id, session.session_id, note.note_id, draft.note_id, psy.note_id)


Case = tuple[type[VaultError], Callable[[Vault, Ctx], Any]]
CASES: dict[str, Case] = {
    # unknown ids
    "get unknown client": (NotFound, lambda v, c: clients.get_client(v, UNKNOWN)),
    "chart of unknown client": (NotFound, lambda v, c: clients.open_chart(v, UNKNOWN)),
    "session for unknown client": (NotFound, lambda v, c: sessions.add_session(v, UNKNOWN, date="2024-01-01",
                                                                               duration_minutes=45)),
    "note for unknown client": (NotFound, lambda v, c: notes.create_progress_note(v, UNKNOWN, text="x")),
    "psy note for unknown client": (NotFound, lambda v, c: notes.create_psychotherapy_note(v, UNKNOWN, "x")),
    "list notes of unknown client": (NotFound, lambda v, c: notes.list_notes(v, UNKNOWN)),
    "plan of unknown client": (NotFound, lambda v, c: plans.update_plan(v, UNKNOWN, problems="x")),
    "attachment for unknown client": (NotFound, lambda v, c: attachments.add_attachment(v, UNKNOWN, PDF,
                                                                                        kind="consent")),
    "search in unknown client": (NotFound, lambda v, c: search.search(v, "sleep", client_id=UNKNOWN)),
    "unknown note": (NotFound, lambda v, c: notes.get_note(v, UNKNOWN)),
    "sign unknown note": (NotFound, lambda v, c: notes.sign_note(v, UNKNOWN)),
    "amend unknown note": (NotFound, lambda v, c: notes.amend_note(v, UNKNOWN, "x")),
    "unknown session": (NotFound, lambda v, c: sessions.get_session(v, UNKNOWN)),
    "note on another client's session": (NotFound, lambda v, c: notes.create_progress_note(
        v, c.other, text="x", session_id=c.session)),
    "goal not in plan": (NotFound, lambda v, c: notes.create_progress_note(v, c.client, text="x",
                                                                           goal_ids=[UNKNOWN])),
    "case with unknown member": (NotFound, lambda v, c: clients.create_case(v, "Case", [c.client, UNKNOWN])),
    # impossible dates and times
    "Feb 30 birth date": (InvalidInput, lambda v, c: clients.create_client(v, "A B", date_of_birth="2010-02-30")),
    "future birth date": (InvalidInput, lambda v, c: clients.create_client(v, "A B", date_of_birth="2999-01-01")),
    "month 13 session": (InvalidInput, lambda v, c: sessions.add_session(v, c.client, date="2024-13-01",
                                                                         duration_minutes=45)),
    "year 1700 session": (InvalidInput, lambda v, c: sessions.add_session(v, c.client, date="1700-01-01",
                                                                          duration_minutes=45)),
    "stop before start": (InvalidInput, lambda v, c: sessions.add_session(v, c.client, date="2024-01-01",
                                                                          start_time="11:00", end_time="10:00")),
    "25 o'clock": (InvalidInput, lambda v, c: sessions.add_session(v, c.client, date="2024-01-01",
                                                                   start_time="25:00", duration_minutes=45)),
    "duration mismatch": (InvalidInput, lambda v, c: sessions.add_session(
        v, c.client, date="2024-01-01", start_time="10:00", end_time="10:50", duration_minutes=30)),
    "zero duration": (InvalidInput, lambda v, c: sessions.add_session(v, c.client, date="2024-01-01",
                                                                      duration_minutes=0)),
    "no duration at all": (InvalidInput, lambda v, c: sessions.add_session(v, c.client, date="2024-01-01")),
    "future note date": (InvalidInput, lambda v, c: notes.create_progress_note(v, c.client, text="x",
                                                                               note_date="2999-01-01")),
    "garbage note date": (InvalidInput, lambda v, c: notes.create_progress_note(v, c.client, text="x",
                                                                                note_date="yesterday")),
    "plan review before start": (InvalidInput, lambda v, c: plans.update_plan(
        v, c.client, start_date="2024-05-01", review_date="2024-01-01")),
    # empty notes
    "empty text": (InvalidInput, lambda v, c: notes.create_progress_note(v, c.client, text="   \n ")),
    "empty sections": (InvalidInput, lambda v, c: notes.create_progress_note(
        v, c.client, sections={"subjective": " ", "plan": ""})),
    "no text at all": (InvalidInput, lambda v, c: notes.create_progress_note(v, c.client)),
    "empty psychotherapy note": (InvalidInput, lambda v, c: notes.create_psychotherapy_note(v, c.client, "  ")),
    "unknown template": (InvalidInput, lambda v, c: notes.create_progress_note(v, c.client, text="x",
                                                                               template="narrative")),
    "section not in template": (InvalidInput, lambda v, c: notes.create_progress_note(
        v, c.client, template="dap", sections={"subjective": "x"})),
    # codes
    "4-digit CPT": (InvalidInput, lambda v, c: sessions.add_session(v, c.client, date="2024-01-01",
                                                                    duration_minutes=45, cpt_code="9083")),
    "letters CPT": (InvalidInput, lambda v, c: sessions.add_session(v, c.client, date="2024-01-01",
                                                                    duration_minutes=45, cpt_code="ABCDE")),
    "bad add-on CPT": (InvalidInput, lambda v, c: sessions.add_session(
        v, c.client, date="2024-01-01", duration_minutes=45, addon_codes=["9084O"])),
    "short ICD-10": (InvalidInput, lambda v, c: sessions.add_session(v, c.client, date="2024-01-01",
                                                                     duration_minutes=45, icd10_codes=["F4"])),
    "numeric ICD-10": (InvalidInput, lambda v, c: sessions.add_session(
        v, c.client, date="2024-01-01", duration_minutes=45, icd10_codes=["123.4"])),
    "ICD-10 on update": (InvalidInput, lambda v, c: sessions.update_session(v, c.session, icd10_codes=["FF1.1"])),
    "ICD-10 in plan": (InvalidInput, lambda v, c: plans.update_plan(v, c.client, diagnosis_codes=["F41.12345"])),
    # editing signed notes
    "autosave signed": (RefusedByPolicy, lambda v, c: notes.save_draft(v, c.note, {"subjective": "x"})),
    "update signed": (RefusedByPolicy, lambda v, c: notes.update_note(v, c.note, text="x")),
    "amend a draft": (InvalidInput, lambda v, c: notes.amend_note(v, c.draft, "x")),
    "second note for a session": (InvalidInput, lambda v, c: notes.create_progress_note(
        v, c.client, text="x", session_id=c.session)),
    "delete a session with a note": (RefusedByPolicy, lambda v, c: sessions.delete_session(v, c.session)),
    # clients and documents
    "empty name": (InvalidInput, lambda v, c: clients.create_client(v, "  ")),
    "duplicate chart number": (InvalidInput, lambda v, c: clients.create_client(v, "A B", chart_number="K-1")),
    "chart number with spaces": (InvalidInput, lambda v, c: clients.create_client(v, "A B", chart_number="a b")),
    "unknown client field": (InvalidInput, lambda v, c: clients.update_client(v, c.client, ssn="x")),
    "unknown status": (InvalidInput, lambda v, c: clients.update_client(v, c.client, status="gone")),
    "unknown contact field": (InvalidInput, lambda v, c: clients.update_client(v, c.client, contact={"fax": "1"})),
    "bad guardian authority": (InvalidInput, lambda v, c: guardians.add_guardian(v, c.client, "X Y",
                                                                               authority="neighbor")),
    "guardian authority ends before start": (InvalidInput, lambda v, c: guardians.add_guardian(
        v, c.client, "X Y", authority="parent", valid_from="2024-01-01", valid_until="2023-01-01")),
    "case of one": (InvalidInput, lambda v, c: clients.create_case(v, "Case", [c.client, c.client])),
    "not a pdf": (InvalidInput, lambda v, c: attachments.add_attachment(v, c.client, b"GIF89a....",
                                                                        kind="consent")),
    "empty attachment": (InvalidInput, lambda v, c: attachments.add_attachment(v, c.client, b"", kind="consent")),
    "too large": (InvalidInput, lambda v, c: attachments.add_attachment(
        v, c.client, b"%PDF-" + b"0" * MAX_ATTACHMENT_BYTES, kind="consent")),
    "unknown attachment kind": (InvalidInput, lambda v, c: attachments.add_attachment(v, c.client, PDF,
                                                                                      kind="selfie")),
    "empty search": (InvalidInput, lambda v, c: search.search(v, " ?! ")),
    "remove goal in use": (RefusedByPolicy, lambda v, c: _remove_goal_in_use(v, c)),
}


def _remove_goal_in_use(vault: Vault, c: Ctx) -> None:
    plan = plans.get_plan(vault, c.client)
    assert plan is not None
    notes.update_note(vault, c.draft, goal_ids=[plan.goals[0].goal_id])
    before = state(vault)
    try:
        plans.update_plan(vault, c.client, goals=[])
    finally:
        assert state(vault) == before


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_is_refused_and_changes_nothing(psy_vault: Vault, ctx: Ctx, case: str) -> None:
    error, call = CASES[case]
    before = state(psy_vault) if case != "remove goal in use" else None
    with pytest.raises(error) as raised:
        call(psy_vault, ctx)
    assert type(raised.value) is error
    assert raised.value.message and raised.value.message[0].isupper() and raised.value.message.endswith(".")
    if before is not None:
        assert state(psy_vault) == before


def test_messages_do_not_echo_what_was_typed(vault: Vault) -> None:
    client = clients.create_client(vault, "Merritt Lanternfield")
    secret = "Hieronymus-2010-99-99"
    with pytest.raises(InvalidInput) as err:
        clients.update_client(vault, client.client_id, date_of_birth=secret)
    assert secret not in str(err.value)
    with pytest.raises(InvalidInput) as err2:
        clients.create_client(vault, "Another", chart_number=secret + " x")
    assert secret not in str(err2.value)


def test_cpt_defaults_follow_duration_and_modality(vault: Vault) -> None:
    person = clients.create_client(vault, "Oberon Cobblecroft")
    other = clients.create_client(vault, "Delphine Cobblecroft")
    case = clients.create_case(vault, "Cobblecroft family", [person.client_id, other.client_id], kind="family")
    expected = [(20, None, "psychotherapy", "90832", ()), (45, None, "psychotherapy", "90834", ()),
                (60, None, "psychotherapy", "90837", ()), (60, None, "intake", "90791", ()),
                (90, None, "crisis", "90839", ("90840",)), (60, "group", "psychotherapy", "90853", ()),
                (10, None, "psychotherapy", "", ())]
    for minutes, modality, service, code, addons in expected:
        s = sessions.add_session(vault, person.client_id, date="2024-01-01", duration_minutes=minutes,
                                 modality=modality, service_type=service)
        assert (s.cpt_code, s.addon_codes) == (code, addons), (minutes, service)
    family = sessions.add_session(vault, case.case_id, date="2024-01-02", duration_minutes=50)
    assert family.modality == "family" and family.cpt_code == "90847"
    without = sessions.add_session(vault, case.case_id, date="2024-01-03", duration_minutes=50,
                                   patient_present=False)
    assert without.cpt_code == "90846"
    explicit = sessions.add_session(vault, person.client_id, date="2024-01-04", duration_minutes=50,
                                    cpt_code="90837", icd10_codes=["f411", "Z63.0"])
    assert explicit.cpt_code == "90837" and explicit.icd10_codes == ("F41.1", "Z63.0")
    assert clients.get_client(vault, person.client_id).last_contact.isoformat() == "2024-01-04"  # type: ignore[union-attr]


# (start, length sent as a note's autosave sends them, the stop that follows)
STOP_ROWS = [
    ({"start_time": "10:15", "duration_minutes": 50}, "11:05"),
    ({"duration_minutes": 45}, "10:45"),
    ({"start_time": "23:30", "duration_minutes": 50}, None),  # past midnight: no stop of that day
]


@pytest.mark.parametrize(("changes", "stop"), STOP_ROWS, ids=[str(r[1]) for r in STOP_ROWS])
def test_a_recorded_stop_follows_the_start_and_length_corrected_without_it(
        vault: Vault, changes: dict[str, Any], stop: str | None) -> None:
    """An agenda session (10:00-10:50) whose start or length the progress note corrects: the
    old stop made every save fail with "The duration does not match the start and stop times"
    (found when the note gained its Start field). A stop given with them is still checked."""
    client = clients.create_client(vault, "Stella Stoptime")
    s = sessions.add_session(vault, client.client_id, date="2024-01-01", start_time="10:00", end_time="10:50")
    updated = sessions.update_session(vault, s.session_id, **changes)
    assert (updated.end_time.strftime("%H:%M") if updated.end_time else None) == stop
    assert updated.duration_minutes == changes["duration_minutes"]
    with pytest.raises(InvalidInput, match="does not match"):
        sessions.update_session(vault, s.session_id, start_time="10:00", end_time="10:50", duration_minutes=30)

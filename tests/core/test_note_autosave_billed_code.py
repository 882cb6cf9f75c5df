"""A progress note's autosave never moves a billed session's CPT code by itself: the session
box's code reaches the session only when the therapist set it by hand (ProgressDraft.cpt_by_hand);
a code that came with a corrected length is left as billed (domain/cpt_on_length.py). Found: a
draft note's Length 53 -> 45 stored 90834 on a session an issued superbill lists as 90837.
Real vault, a superbill issued through the real service."""

from __future__ import annotations

from pathlib import Path

from tests.core.disclosure_fixtures import PASSWORD
from tests.core.payable_practice import payable
from vault_app.services import billing, clients, notes, session_correction, sessions, superbill
from vault_app.services.notes import DraftState, ProgressDraft
from vault_app.services.vault import Vault


def _draft_of(vault: Vault, tmp_path: Path, *, issued: bool, mark: str = "unbilled") -> tuple[DraftState, str, str]:
    payable(vault)
    client = clients.create_client(vault, "Verity Lane", chart_number="VL-1")
    s = sessions.add_session(vault, client.client_id, date="2026-11-02", duration_minutes=53, icd10_codes=["F43.0"],
                             billing_status=mark)
    if issued:
        billing.set_scheduled_fee(vault, "90837", "150")
        superbill.issue(vault, client.client_id, first="2026-11-01", last="2026-11-20", out=tmp_path / "sb.pdf",
                        password=PASSWORD)
    note = notes.create_progress_note(vault, client.client_id, template="free", text="Seen.", session_id=s.session_id)
    state = DraftState(note_id=note.note_id, session_id=s.session_id,
                       saved_session={"date": "2026-11-02", "duration_minutes": 53, "cpt_code": "90837"})
    return state, client.client_id, s.session_id


def _save(vault: Vault, client_id: str, state: DraftState, *, by_hand: bool) -> None:
    session = {"date": "2026-11-02", "duration_minutes": 45, "modality": "individual", "setting": "in_person",
               "cpt_code": "90834", "icd10_codes": ["F43.0"]}
    session_correction.save_progress_note(vault, client_id, state, ProgressDraft("free", {"text": "Seen."}, session,
                                                                    cpt_by_hand=by_hand))


def test_an_issued_superbills_session_keeps_its_code(vault: Vault, tmp_path: Path) -> None:
    state, client_id, session_id = _draft_of(vault, tmp_path, issued=True)
    _save(vault, client_id, state, by_hand=False)
    s = sessions.get_session(vault, session_id)
    assert (s.duration_minutes, s.cpt_code) == (45, "90837")


def test_a_session_marked_denied_keeps_its_code(vault: Vault, tmp_path: Path) -> None:
    state, client_id, session_id = _draft_of(vault, tmp_path, issued=False, mark="denied")
    _save(vault, client_id, state, by_hand=False)
    assert sessions.get_session(vault, session_id).cpt_code == "90837"


def test_a_code_set_by_hand_is_saved_on_a_billed_session(vault: Vault, tmp_path: Path) -> None:
    state, client_id, session_id = _draft_of(vault, tmp_path, issued=True)
    _save(vault, client_id, state, by_hand=True)
    assert sessions.get_session(vault, session_id).cpt_code == "90834"


def test_an_unbilled_sessions_code_is_saved_as_the_note_sends_it(vault: Vault, tmp_path: Path) -> None:
    state, client_id, session_id = _draft_of(vault, tmp_path, issued=False)
    _save(vault, client_id, state, by_hand=False)
    assert sessions.get_session(vault, session_id).cpt_code == "90834"

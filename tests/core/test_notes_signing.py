"""Sign-and-lock: a signed note never changes through any service call (or plain SQL);
addenda and amendments are kept complete and in order; unsigned notes get flagged."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from tests.core.clinical_helpers import state
from vault_app.domain.errors import InvalidInput, RefusedByPolicy, VaultError
from vault_app.services import clients, notes, sessions
from vault_app.services.clinical_common import set_unsigned_flag_days, unsigned_flag_days
from vault_app.services.vault import Vault
from vault_app.storage.compartment import Error as DriverError


@pytest.fixture
def signed(psy_vault: Vault) -> tuple[Vault, str, str, str]:
    client = clients.create_client(psy_vault, "Tobin Applewhistle")
    session = sessions.add_session(psy_vault, client.client_id, date="2024-03-01", duration_minutes=50)
    note = notes.create_progress_note(psy_vault, client.client_id, template="dap", session_id=session.session_id,
                                      sections={"data": "Reported better sleep.", "plan": "Continue."})
    notes.sign_note(psy_vault, note.note_id)
    psy = notes.create_psychotherapy_note(psy_vault, client.client_id, "Sense of relief in the room.").note
    notes.sign_psychotherapy_note(psy_vault, psy.note_id)
    return psy_vault, client.client_id, note.note_id, psy.note_id


EDITS: dict[str, Callable[[Vault, str, str, str], Any]] = {
    "save_draft": lambda v, c, n, p: notes.save_draft(v, n, {"data": "changed"}),
    "update_note text": lambda v, c, n, p: notes.update_note(v, n, text="changed"),
    "update_note date": lambda v, c, n, p: notes.update_note(v, n, note_date="2024-03-02"),
    "update_note risk": lambda v, c, n, p: notes.update_note(v, n, risk={"ideation": "none"}),
    "update_note template": lambda v, c, n, p: notes.update_note(v, n, template="free"),
    "sign again": lambda v, c, n, p: notes.sign_note(v, n),
    "discard": lambda v, c, n, p: notes.discard_draft(v, n),
    "generic sign": lambda v, c, n, p: notes.sign(v, n, "progress"),
    "psy save_draft": lambda v, c, n, p: notes.save_psychotherapy_draft(v, p, "changed"),
    "psy update": lambda v, c, n, p: notes.update_psychotherapy_note(v, p, text="changed"),
    "psy sign again": lambda v, c, n, p: notes.sign_psychotherapy_note(v, p),
    "psy discard": lambda v, c, n, p: notes.discard_psychotherapy_draft(v, p),
}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_no_service_call_changes_a_signed_note(signed: tuple[Vault, str, str, str], edit: str) -> None:
    vault, client_id, note_id, psy_id = signed
    before = state(vault)
    with pytest.raises(RefusedByPolicy) as err:
        EDITS[edit](vault, client_id, note_id, psy_id)
    assert "signed" in err.value.message
    assert state(vault) == before


def test_signed_note_is_locked_below_the_service_too(signed: tuple[Vault, str, str, str]) -> None:
    vault, _, note_id, psy_id = signed
    before = state(vault)
    with pytest.raises(DriverError, match="immutable"):
        vault.records.execute("UPDATE progress_notes SET sections = '{}' WHERE note_id = ?", (note_id,))
    with pytest.raises(DriverError, match="immutable"):
        vault.psychotherapy.execute("UPDATE psychotherapy_notes SET body = 'x' WHERE note_id = ?", (psy_id,))
    add = notes.amend_note(vault, note_id, "Addendum text.")
    with pytest.raises(DriverError, match="immutable"):
        vault.records.execute("UPDATE note_amendments SET text = 'x' WHERE amendment_id = ?", (add.amendment_id,))
    assert state(vault)["records"]["progress_notes"] == before["records"]["progress_notes"]


def test_tampering_with_signed_content_is_detected(signed: tuple[Vault, str, str, str]) -> None:
    vault, _, note_id, _ = signed
    assert notes.note_history(vault, note_id).signature_valid is True
    # Someone with the raw key drops the trigger and edits the text with an outside tool.
    vault.records.execute("DROP TRIGGER progress_notes_signed_locked")
    vault.records.execute(
        "UPDATE progress_notes SET sections = json_set(sections, '$.data', 'forged') WHERE note_id = ?", (note_id,)
    )
    assert notes.note_history(vault, note_id).signature_valid is False


def test_amendment_history_is_complete_and_in_order(signed: tuple[Vault, str, str, str]) -> None:
    vault, _, note_id, psy_id = signed
    written = []
    for i in range(6):
        kind = "amendment" if i % 2 else "addendum"
        written.append(notes.amend_note(vault, note_id, f"Change number {i}.", kind=kind,
                                        reason="correction" if kind == "amendment" else ""))
    history = notes.note_history(vault, note_id)
    assert history.amendments == tuple(written)
    assert [a.text for a in history.amendments] == [f"Change number {i}." for i in range(6)]
    assert [a.created_at for a in history.amendments] == sorted(a.created_at for a in written)
    assert all(a.author and a.created_at for a in history.amendments)
    assert [a.reason for a in history.amendments if a.kind == "amendment"] == ["correction"] * 3
    assert history.note == notes.get_note(vault, note_id)  # the note itself is unchanged
    kinds = [e.kind for e in vault.ledger.entries(kinds=("note.amended",))]
    assert len(kinds) == 6
    psy_add = notes.amend_psychotherapy_note(vault, psy_id, "Later thought.", kind="addendum")
    assert notes.psychotherapy_note_history(vault, psy_id).amendments == (psy_add,)


def test_amendment_needs_reason_and_a_signed_note(vault: Vault) -> None:
    client = clients.create_client(vault, "Galen Copperfield")
    draft = notes.create_progress_note(vault, client.client_id, text="Draft text.", template="free")
    with pytest.raises(InvalidInput, match="not signed"):
        notes.amend_note(vault, draft.note_id, "x")
    notes.sign_note(vault, draft.note_id)
    before = state(vault)
    with pytest.raises(InvalidInput, match="reason"):
        notes.amend_note(vault, draft.note_id, "Correction.", kind="amendment")
    with pytest.raises(InvalidInput, match="empty"):
        notes.amend_note(vault, draft.note_id, "   ")
    with pytest.raises(InvalidInput):
        notes.amend_note(vault, draft.note_id, "x", kind="rewrite")
    assert state(vault) == before


def test_drafts_can_be_edited_then_signed(vault: Vault) -> None:
    client = clients.create_client(vault, "Saffron Kettlewell")
    note = notes.create_progress_note(vault, client.client_id, text="Subjective:\nfirst\nPlan:\nnext")
    assert note.sections["subjective"] == "first" and note.sections["plan"] == "next"
    head = vault.ledger.head().seq
    for i in range(5):
        notes.save_draft(vault, note.note_id, {"subjective": f"typing {i}", "plan": "next"})
    assert vault.ledger.head().seq == head  # autosave writes no ledger event
    assert notes.get_note(vault, note.note_id).sections["subjective"] == "typing 4"
    notes.update_note(vault, note.note_id, interventions=["CBT"], note_date="2024-01-02")
    signed = notes.sign_note(vault, note.note_id)
    assert signed.signature is not None and signed.interventions == ("CBT",)
    assert notes.verify_signature(vault, signed) is True


def test_signing_an_empty_draft_or_missing_safety_plan_is_refused(vault: Vault) -> None:
    client = clients.create_client(vault, "Verity Pebblestone")
    note = notes.create_progress_note(vault, client.client_id, text="Something.", template="free")
    notes.save_draft(vault, note.note_id, {"text": ""})
    with pytest.raises(InvalidInput, match="empty"):
        notes.sign_note(vault, note.note_id)
    risky = notes.create_progress_note(vault, client.client_id, text="Session.", template="free",
                                       risk={"ideation": "active", "plan": True, "level": "high"})
    with pytest.raises(RefusedByPolicy, match="safety plan"):
        notes.sign_note(vault, risky.note_id)
    notes.update_note(vault, risky.note_id, risk={"ideation": "active", "plan": True, "level": "high",
                                                  "safety_plan": "Means removed; crisis line."})
    assert notes.sign_note(vault, risky.note_id).signed


def test_unsigned_notes_older_than_the_limit_are_flagged(psy_vault: Vault) -> None:
    vault = psy_vault
    client = clients.create_client(vault, "Kestrel Honeywood")
    old = notes.create_progress_note(vault, client.client_id, text="Old draft.", template="free")
    fresh = notes.create_progress_note(vault, client.client_id, text="Fresh draft.", template="free")
    psy_old = notes.create_psychotherapy_note(vault, client.client_id, "Old process note.").note
    long_ago = (datetime.now(UTC) - timedelta(days=10)).isoformat(timespec="microseconds")
    vault.records.execute("UPDATE progress_notes SET created_at = ? WHERE note_id = ?", (long_ago, old.note_id))
    vault.psychotherapy.execute("UPDATE psychotherapy_notes SET created_at = ? WHERE note_id = ?",
                                (long_ago, psy_old.note_id))
    assert unsigned_flag_days(vault) == 3
    assert [n.note_id for n in notes.unsigned_notes(vault)] == [old.note_id]
    both = notes.unsigned_notes(vault, include_psychotherapy=True)
    assert {(n.note_id, n.kind) for n in both} == {(old.note_id, "progress"), (psy_old.note_id, "psychotherapy")}
    assert clients.open_chart(vault, client.client_id).unsigned_overdue == (old.note_id,)
    set_unsigned_flag_days(vault, 30)
    assert notes.unsigned_notes(vault) == []
    assert {n.note_id for n in notes.unsigned_notes(vault, older_than_days=0)} == {old.note_id, fresh.note_id}
    with pytest.raises(InvalidInput):
        set_unsigned_flag_days(vault, 0)
    notes.sign_note(vault, old.note_id)
    assert [n.note_id for n in notes.unsigned_notes(vault, older_than_days=0)] == [fresh.note_id]


def test_errors_never_quote_note_text(signed: tuple[Vault, str, str, str]) -> None:
    vault, _, note_id, _ = signed
    with pytest.raises(VaultError) as err:
        notes.save_draft(vault, note_id, {"data": "SECRET-CANARY"})
    assert "SECRET-CANARY" not in str(err.value)

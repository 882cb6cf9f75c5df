"""Psychotherapy notes stay in their own compartment: never in progress-side lists,
charts or searches, nothing of them returned while locked, and the 164.501 guard."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE, reopen
from tests.core.clinical_helpers import all_text, state
from vault_app.domain.errors import CompartmentLocked, InvalidInput, RefusedByPolicy
from vault_app.services import clients, notes, search, sessions
from vault_app.services.vault import Vault, open_vault

CANARY = "Zanzibarquux"


@pytest.fixture
def chart(psy_vault: Vault) -> tuple[Vault, str, str, str]:
    client = clients.create_client(psy_vault, "Primrose Saddleworth")
    session = sessions.add_session(psy_vault, client.client_id, date="2024-02-02", duration_minutes=53)
    progress = notes.create_progress_note(psy_vault, client.client_id, session_id=session.session_id,
                                          sections={"subjective": "Talked about work stress."})
    psy = notes.create_psychotherapy_note(psy_vault, client.client_id,
                                          f"My hunch: {CANARY} fantasy protects against grief.",
                                          session_id=session.session_id).note
    notes.amend_psychotherapy_note(psy_vault, notes.sign_psychotherapy_note(psy_vault, psy.note_id).note_id,
                                   f"Addendum about {CANARY}.")
    return psy_vault, client.client_id, progress.note_id, psy.note_id


def test_psychotherapy_text_lives_only_in_its_compartment(chart: tuple[Vault, str, str, str]) -> None:
    vault, _, _, _ = chart
    assert CANARY not in all_text(vault.records)
    assert CANARY not in all_text(vault.ledger.db)
    assert CANARY in all_text(vault.psychotherapy)


def test_progress_side_queries_never_show_psychotherapy_notes(chart: tuple[Vault, str, str, str]) -> None:
    vault, client_id, progress_id, psy_id = chart
    listed = notes.list_notes(vault, client_id)
    assert [n.note_id for n in listed] == [progress_id]
    assert all(n.kind == "progress" for n in listed)
    opened = clients.open_chart(vault, client_id)
    assert opened.psychotherapy_notes is None
    assert psy_id not in str(opened.as_dict())
    found = search.search(vault, CANARY)
    assert found.notes == () and found.psychotherapy_notes is None
    assert search.search(vault, "fantasy grief").notes == ()
    assert [n.note_id for n in notes.unsigned_notes(vault, older_than_days=0)] == [progress_id]
    with pytest.raises(Exception, match="progress note"):
        notes.get_note(vault, psy_id)
    # Asked for explicitly, they come back in their own list.
    explicit = search.search(vault, CANARY, psychotherapy=True)
    assert explicit.notes == ()
    assert explicit.psychotherapy_notes is not None
    assert [h.note_id for h in explicit.psychotherapy_notes] == [psy_id]
    assert all(h.kind == "psychotherapy" for h in explicit.psychotherapy_notes)


LOCKED_CALLS: dict[str, Callable[[Vault, str, str], Any]] = {
    "get": lambda v, c, p: notes.get_psychotherapy_note(v, p),
    "get_any": lambda v, c, p: notes.get_any(v, p, "psychotherapy"),
    "list": lambda v, c, p: notes.list_psychotherapy_notes(v, c),
    "history": lambda v, c, p: notes.psychotherapy_note_history(v, p),
    "create": lambda v, c, p: notes.create_psychotherapy_note(v, c, "new"),
    "save_draft": lambda v, c, p: notes.save_psychotherapy_draft(v, p, "x"),
    "sign": lambda v, c, p: notes.sign_psychotherapy_note(v, p),
    "amend": lambda v, c, p: notes.amend_psychotherapy_note(v, p, "x"),
    "discard": lambda v, c, p: notes.discard_psychotherapy_draft(v, p),
    "print": lambda v, c, p: notes.record_print(v, p, kind="psychotherapy"),
    "search": lambda v, c, p: search.search(v, CANARY, psychotherapy=True),
    "chart": lambda v, c, p: clients.open_chart(v, c, include_psychotherapy=True),
    "unsigned": lambda v, c, p: notes.unsigned_notes(v, include_psychotherapy=True),
}


@pytest.mark.parametrize("call", sorted(LOCKED_CALLS))
def test_locked_compartment_returns_nothing(chart: tuple[Vault, str, str, str], vault_dir: Path, call: str) -> None:
    vault, client_id, _, psy_id = chart
    vault.lock()
    with reopen(vault_dir) as locked:
        before = state(locked)
        with pytest.raises(CompartmentLocked):
            LOCKED_CALLS[call](locked, client_id, psy_id)
        assert state(locked) == before


def test_lock_then_unlock_again(chart: tuple[Vault, str, str, str]) -> None:
    vault, client_id, _, psy_id = chart
    vault.lock_psychotherapy()
    with pytest.raises(CompartmentLocked):
        notes.get_psychotherapy_note(vault, psy_id)
    assert clients.open_chart(vault, client_id).psychotherapy_notes is None
    vault.unlock_psychotherapy(PASSPHRASE)
    assert notes.get_psychotherapy_note(vault, psy_id).body.startswith("My hunch")


@pytest.mark.parametrize("field", ["medication", "start_time", "modality", "test_results", "diagnosis",
                                   "prognosis", "treatment_plan", "symptoms", "functional_status"])
def test_excluded_structured_fields_are_refused(chart: tuple[Vault, str, str, str], field: str) -> None:
    vault, client_id, _, _ = chart
    before = state(vault)
    with pytest.raises(RefusedByPolicy, match=r"164\.501"):
        notes.create_psychotherapy_note(vault, client_id, "Process note.", fields={field: "something"})
    assert state(vault) == before


def test_other_structured_fields_are_refused_as_invalid(chart: tuple[Vault, str, str, str]) -> None:
    vault, client_id, _, _ = chart
    with pytest.raises(InvalidInput, match="free text"):
        notes.create_psychotherapy_note(vault, client_id, "Process note.", fields={"mood": "ok"})


@pytest.mark.parametrize(("text", "code"), [
    ("We talked about raising sertraline to 100 mg.", "medication"),
    ("Session started at 10:05 and ended late.", "session_times"),
    ("Moved to telehealth, weekly sessions.", "modality"),
    ("PHQ-9 score of 18 today.", "test_results"),
    ("Meets criteria for F43.10.", "diagnosis"),
    ("Prognosis is fair; progress toward goals is slow.", "plan_prognosis"),
])
def test_free_text_that_looks_excluded_warns(chart: tuple[Vault, str, str, str], text: str, code: str) -> None:
    vault, client_id, _, _ = chart
    saved = notes.create_psychotherapy_note(vault, client_id, text)
    assert code in [w.code for w in saved.warnings]
    assert all(text not in w.message for w in saved.warnings)
    _, warnings = notes.save_psychotherapy_draft(vault, saved.note.note_id, text)
    assert code in [w.code for w in warnings]


def test_plain_process_note_has_no_warnings(chart: tuple[Vault, str, str, str]) -> None:
    vault, client_id, _, _ = chart
    saved = notes.create_psychotherapy_note(vault, client_id, "I felt protective; the silence after the story "
                                            "about her brother seemed important. Explore next time.")
    assert saved.warnings == ()


def test_session_link_must_belong_to_the_client(chart: tuple[Vault, str, str, str]) -> None:
    vault, _, _, _ = chart
    other = clients.create_client(vault, "Rook Ambervale")
    own_session = sessions.add_session(vault, other.client_id, date="2024-02-03", duration_minutes=45)
    first = clients.list_clients(vault)[0].client_id
    target = first if first != other.client_id else clients.list_clients(vault)[1].client_id
    with pytest.raises(Exception, match="session"):
        notes.create_psychotherapy_note(vault, target, "Text.", session_id=own_session.session_id)


def test_the_psychotherapy_key_is_held_only_while_that_compartment_is_open(vault_dir: Path, vault: Vault) -> None:
    """A records-only unlock holds no psychotherapy key; locking that compartment drops it."""
    vault.lock()
    with open_vault(vault_dir, PASSPHRASE) as records_only:
        assert not any(slot.startswith("psychotherapy") for slot in records_only.held_key_slots())
        records_only.unlock_psychotherapy(PASSPHRASE)
        assert records_only.psychotherapy_open
        records_only.lock_psychotherapy()
        assert not any(slot.startswith("psychotherapy") for slot in records_only.held_key_slots())

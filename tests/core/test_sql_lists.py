"""Lists that grow with a chart reach SQLite as one parameter (storage/sql_lists.py), so a
question about more ids than SQLite's variable limit still answers, in one statement. The
driver offers no setlimit, so each call site is asked with a list past this build's limit."""

from __future__ import annotations

import uuid

import pytest

from tests.core.destruction_helpers import seed_chart
from tests.core.test_destroy_notes_kept_originals import _kept_pdf
from vault_app.services import clients, notes, plans
from vault_app.services.vault import Vault
from vault_app.storage import (
    blob_intents,
    clinical_clients,
    clinical_notes,
    destruction_delete,
    destruction_facts,
    sql_lists,
)
from vault_app.storage import psychotherapy_kept_originals as kept_store
from vault_app.storage.compartment import Compartment

# SQLCipher's build here allows 250,000 variables (SQLite's own default is 32,766).
PAST_LIMIT = 250_001


def _unknown(n: int = PAST_LIMIT) -> list[str]:
    return [f"{i:016x}" for i in range(n)]


def test_the_lists_here_are_past_the_variable_limit(vault: Vault) -> None:
    """Without this the other tests would say nothing: written out as marks, the list fails."""
    ids = _unknown()
    with pytest.raises(Exception, match="too many SQL variables"):
        vault.records.raw_connection.execute(f"SELECT 1 WHERE '' IN ({','.join('?' * len(ids))})", ids)


def test_the_helper_keeps_in_and_not_in_whole(vault: Vault) -> None:
    db: Compartment = vault.records
    assert db.scalar(f"SELECT count(*) FROM json_each('[1]') WHERE 'x' IN {sql_lists.VALUES_OF}",
                     (sql_lists.as_json([*_unknown(), "x"]),)) == 1
    assert db.scalar(f"SELECT 'x' NOT IN {sql_lists.VALUES_OF}", (sql_lists.as_json([]),)) == 1
    assert db.scalar(f"SELECT 'x' IN {sql_lists.VALUES_OF}", (sql_lists.as_json(['y', "it's \"x\""]),)) == 0


def test_blob_intents_other_than_a_long_list(vault: Vault) -> None:
    db = vault.records
    blob_intents.add(db, "ours-blob", "2026-12-05T10:00:00Z")
    ours = (*_unknown(), *blob_intents.leftover(db))  # a new vault may hold intents of its own
    assert not blob_intents.any_but(db, ours)
    blob_intents.add(db, "another-blob", "2026-12-05T10:00:01Z")
    assert blob_intents.any_but(db, ours)


def test_goals_referenced_among_many(psy_vault: Vault) -> None:
    client = clients.create_client(psy_vault, "Isolde Ribbonmoor").client_id
    plans.update_plan(psy_vault, client, goals=[{"description": "Sleep 7 hours"}])
    plan = plans.get_plan(psy_vault, client)
    assert plan is not None
    goal = plan.goals[0].goal_id
    draft = notes.create_progress_note(psy_vault, client, text="Draft.", template="free")
    many = set(_unknown())
    assert not clinical_notes.goals_referenced(psy_vault.records, client, many)
    notes.update_note(psy_vault, draft.note_id, goal_ids=[goal])
    assert clinical_notes.goals_referenced(psy_vault.records, client, many | {goal})
    assert not clinical_notes.goals_referenced(psy_vault.records, client, many)


def test_chart_labels_of_many_ids(vault: Vault) -> None:
    a = clients.create_client(vault, "Emrys Ribbonmoor", chart_number="K-1").client_id
    b = clients.create_client(vault, "Isolde Ribbonmoor", preferred_name="Izzy", chart_number="K-2").client_id
    labels = clinical_clients.chart_labels(vault.records, [*_unknown(), b, a, a])
    assert labels == {a: ("K-1", "Emrys Ribbonmoor"), b: ("K-2", "Izzy")}


def test_kept_originals_named_among_many(psy_vault: Vault) -> None:
    client = clients.create_client(psy_vault, "Emrys Ribbonmoor").client_id
    first_kept, _, _ = _kept_pdf(psy_vault, client, "src-1")
    _, second_draft, _ = _kept_pdf(psy_vault, client, "src-2")
    named = kept_store.named(psy_vault.psychotherapy, client, [*_unknown(), first_kept, second_draft])
    assert len(named) == 2 and named[0].original_id == first_kept and named[1].discarded_note_id == second_draft
    assert kept_store.named(psy_vault.psychotherapy, client, _unknown()) == []


def test_destruction_facts_of_many_note_ids(psy_vault: Vault) -> None:
    chart = seed_chart(psy_vault, "L", psychotherapy=2)
    psy = psy_vault.psychotherapy
    asked = [*_unknown(), chart.psychotherapy_note_ids[0], uuid.uuid4().hex]
    assert destruction_facts.present_note_ids(psy, chart.client_id, asked) == {chart.psychotherapy_note_ids[0]}
    table = next(t for t in destruction_delete.chart_tables(psy) if t.name == "psychotherapy_notes")
    assert destruction_facts.date_span(psy, table, "note_date", chart.client_id, asked) == (
        "2010-03-04", "2010-03-04")
    assert destruction_facts.date_span(psy, table, "note_date", chart.client_id, _unknown()) == ()


def test_destruction_of_chosen_notes_among_many_ids(psy_vault: Vault) -> None:
    chart = seed_chart(psy_vault, "K", psychotherapy=2)
    psy = psy_vault.psychotherapy
    gone, kept = chart.psychotherapy_note_ids
    asked = [*_unknown(), gone]
    assert destruction_delete.count_notes(psy, chart.client_id, asked)["psychotherapy_notes"] == 1
    values = dict(destruction_delete.chart_values(psy, chart.client_id, asked))
    assert values["note_id"] == gone
    d = destruction_delete.Deletion(chart.client_id, tuple(asked))
    while not d.done:
        destruction_delete.delete_slice(psy, d, limit=1)
    assert destruction_facts.present_note_ids(psy, chart.client_id, [gone, kept]) == {kept}

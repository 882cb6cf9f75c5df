"""Issue 16 item 4: what a destruction reads besides the rows it deletes is asked of
storage/destruction_facts.py by name (no SQL left in services/destruction*.py); each
question answers from a real compartment."""

from __future__ import annotations

from datetime import date

from tests.core.destruction_helpers import seed_chart
from vault_app.services.vault import Vault
from vault_app.storage import destruction_delete, destruction_facts


def test_date_span_of_a_chart_and_of_some_notes(psy_vault: Vault) -> None:
    chart = seed_chart(psy_vault, "D", last_contact=date(2012, 7, 9), progress=2, psychotherapy=2)
    seed_chart(psy_vault, "E", last_contact=date(2019, 1, 2))  # another chart: never in the span
    sessions = next(t for t in destruction_delete.chart_tables(psy_vault.records) if t.name == "sessions")
    assert destruction_facts.date_span(psy_vault.records, sessions, "date", chart.client_id) == (
        "2012-07-08", "2012-07-09")
    psy = psy_vault.psychotherapy
    notes = next(t for t in destruction_delete.chart_tables(psy) if t.name == "psychotherapy_notes")
    span = destruction_facts.date_span(psy, notes, "note_date", chart.client_id, chart.psychotherapy_note_ids[:1])
    assert span == ("2012-07-09", "2012-07-09")
    assert destruction_facts.date_span(psy, notes, "note_date", "no-such-client") == ()


def test_which_named_notes_exist(psy_vault: Vault) -> None:
    chart = seed_chart(psy_vault, "N")
    other = seed_chart(psy_vault, "M")
    asked = [*chart.psychotherapy_note_ids, other.psychotherapy_note_ids[0], "0" * 16]
    found = destruction_facts.present_note_ids(psy_vault.psychotherapy, chart.client_id, asked)
    assert found == set(chart.psychotherapy_note_ids)
    # records.db has no psychotherapy notes table: nothing is there.
    assert destruction_facts.present_note_ids(psy_vault.records, chart.client_id, asked) == set()


def test_engine_versions_and_secure_delete(vault: Vault) -> None:
    engines = destruction_facts.engine_versions(vault.records)
    assert engines.cipher[0].isdigit() and engines.sqlite.count(".") == 2
    destruction_facts.enable_secure_delete(vault.records)
    assert destruction_delete.secure_delete_on(vault.records)

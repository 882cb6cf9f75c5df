"""The search dialog's read (issue 21): the names of the charts its hits belong to, not of
every chart on each search; and the same labels the whole list gave."""

from __future__ import annotations

from vault_app.gui.search_dialog import run_search
from vault_app.services import clients, notes
from vault_app.services.vault import Vault


def test_a_search_reads_the_names_of_its_hits_only(vault: Vault) -> None:
    made = [clients.create_client(vault, f"Searched Person {i:02d}", preferred_name="Pat" if i == 1 else "",
                                  date_of_birth="1960-03-03") for i in range(12)]
    for client in (made[1], made[7]):
        notes.create_progress_note(vault, client.client_id, text="Talked about the quokka at the zoo.")
    notes.create_progress_note(vault, made[3].client_id, text="Nothing of note.")
    results, charts, _destroyed = run_search(vault, "quokka", False)
    assert {h.client_id for h in results.notes} == {made[1].client_id, made[7].client_id}
    every = {c.client_id: c for c in clients.list_clients(vault)}
    assert charts == {c: every[c] for c in (made[1].client_id, made[7].client_id)}  # as the list has them
    assert (charts[made[1].client_id].preferred_name, charts[made[1].client_id].legal_name) == \
        ("Pat", "Searched Person 01")

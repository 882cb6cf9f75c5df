"""Full-text search: ranked hits with snippets, scoping, syntax safety, no residue after deletes."""

from __future__ import annotations

import contextlib

import pytest

from vault_app.domain.errors import CompartmentLocked, InvalidInput
from vault_app.domain.search import fts_query
from vault_app.services import clients, demo, notes, search
from vault_app.services.vault import Vault
from vault_app.storage import clinical_search


def _vocab_docs(vault: Vault, table: str, term: str) -> int:
    vault.records.execute(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.v_{table} USING fts5vocab(search, {table}, 'row')"
    )
    row = vault.records.query_one(f"SELECT doc FROM temp.v_{table} WHERE term = ?", (term,))
    return int(row[0]) if row else 0


def test_ranked_hits_with_snippets(vault: Vault) -> None:
    a = clients.create_client(vault, "Barnaby Quillgate")
    b = clients.create_client(vault, "Clementine Quillgate")
    strong = notes.create_progress_note(vault, a.client_id, template="free",
                                        text="Insomnia again. Insomnia every night; insomnia is the main issue.")
    weak = notes.create_progress_note(vault, b.client_id, template="free",
                                      text="Work stress discussed at length. Mentioned insomnia once, in passing, "
                                           "among many other topics such as budgeting and commuting.")
    notes.create_progress_note(vault, b.client_id, template="free", text="Nothing relevant here.")
    found = search.search(vault, "insomnia")
    assert [h.note_id for h in found.notes] == [strong.note_id, weak.note_id]
    assert found.notes[0].rank < found.notes[1].rank
    assert "[Insomnia]" in found.notes[0].snippet
    assert all(h.kind == "progress" and not h.signed for h in found.notes)
    html = search.search(vault, "insomnia", marks=("<b>", "</b>"))
    assert "<b>insomnia</b>" in html.notes[1].snippet
    names = search.search(vault, "quillgate")
    assert {c.client_id for c in names.clients} == {a.client_id, b.client_id}
    scoped = search.search(vault, "insomnia", client_id=b.client_id)
    assert [h.note_id for h in scoped.notes] == [weak.note_id] and scoped.clients == ()


def test_query_syntax_is_never_passed_through() -> None:
    assert fts_query("sleep") == '"sleep"'
    assert fts_query('panic "racing thoughts"') == '"panic" AND "racing thoughts"'
    assert fts_query("worr*") == '"worr"*'
    assert fts_query("grief OR loss") == '("grief" OR "loss")'
    assert fts_query('NEAR( x" AND) col:') == '"NEAR" AND "x" AND "AND" AND "col"'
    with pytest.raises(InvalidInput):
        fts_query('"" * ( )')


@pytest.mark.parametrize("query", ['"unbalanced', "a AND", "OR", "x:y", "NOT", "^start", "-minus", "(((", "a*b"])
def test_odd_queries_do_not_crash(vault: Vault, query: str) -> None:
    client = clients.create_client(vault, "Fennel Brightmoor")
    notes.create_progress_note(vault, client.client_id, template="free", text="a b start minus x y")
    with contextlib.suppress(InvalidInput):
        search.search(vault, query)


def test_phrase_prefix_and_or(vault: Vault) -> None:
    client = clients.create_client(vault, "Ulla Sparrowfield")
    one = notes.create_progress_note(vault, client.client_id, template="free", text="Racing thoughts at night.")
    two = notes.create_progress_note(vault, client.client_id, template="free", text="Thoughts were racing.")
    assert [h.note_id for h in search.search(vault, '"racing thoughts"').notes] == [one.note_id]
    assert {h.note_id for h in search.search(vault, "rac*").notes} == {one.note_id, two.note_id}
    assert {h.note_id for h in search.search(vault, "night OR were").notes} == {one.note_id, two.note_id}


def test_addenda_are_searchable(vault: Vault) -> None:
    client = clients.create_client(vault, "Yarrow Tinderwell")
    note = notes.create_progress_note(vault, client.client_id, template="free", text="Ordinary session.")
    notes.sign_note(vault, note.note_id)
    add = notes.amend_note(vault, note.note_id, "Late entry: phoned about the custody hearing.")
    hits = search.search(vault, "custody hearing").notes
    assert [(h.note_id, h.amendment_id) for h in hits] == [(note.note_id, add.amendment_id)]


def test_deleted_and_overwritten_text_leaves_no_index_residue(vault: Vault) -> None:
    client = clients.create_client(vault, "Nettle Buttonbury")
    note = notes.create_progress_note(vault, client.client_id, template="free", text="Quokkadrift appears here.")
    assert _vocab_docs(vault, "progress_notes_fts", "quokkadrift") == 1
    notes.save_draft(vault, note.note_id, {"text": "Replaced with other words."})
    assert search.search(vault, "quokkadrift").notes == ()
    assert _vocab_docs(vault, "progress_notes_fts", "quokkadrift") == 0
    notes.save_draft(vault, note.note_id, {"text": "Zorblatt is back."})
    notes.discard_draft(vault, note.note_id)
    assert _vocab_docs(vault, "progress_notes_fts", "zorblatt") == 0
    clients.update_client(vault, client.client_id, legal_name="Renamed Person")
    assert _vocab_docs(vault, "clients_fts", "buttonbury") == 0
    assert search.check_indexes(vault) == {"records": []}


def test_deleting_a_chart_cascades_and_clears_the_index(vault: Vault) -> None:
    client = clients.create_client(vault, "Sorrel Wickfield")
    note = notes.create_progress_note(vault, client.client_id, template="free", text="Flibbertigibbet word.")
    notes.sign_note(vault, note.note_id)
    notes.amend_note(vault, note.note_id, "Addendum with snarkleberry.")
    # What a destruction does generically: delete the chart's rows by client_id.
    with vault.records.transaction():
        vault.records.execute("DELETE FROM clients WHERE client_id = ?", (client.client_id,))
    for term, table in (("flibbertigibbet", "progress_notes_fts"), ("snarkleberry", "note_amendments_fts"),
                        ("wickfield", "clients_fts")):
        assert _vocab_docs(vault, table, term) == 0
    assert search.check_indexes(vault) == {"records": []}


def test_psychotherapy_search_needs_explicit_unlocked_request(vault: Vault) -> None:
    client = clients.create_client(vault, "Winslow Featherstone")
    notes.create_progress_note(vault, client.client_id, template="free", text="Grief work.")
    assert search.search(vault, "grief").psychotherapy_notes is None
    with pytest.raises(CompartmentLocked):
        search.search(vault, "grief", psychotherapy=True)


def test_common_words_rank_recent_matches_only(psy_vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    demo.populate(psy_vault, clients=4, notes_per_client=10, seed=3, cases=0)
    monkeypatch.setattr(clinical_search, "RECENT_WINDOW", 5)
    found = search.search(psy_vault, "client")
    assert found.recent_only and len(found.notes) == 5
    newest = psy_vault.records.query("SELECT note_id FROM progress_notes ORDER BY seq DESC LIMIT 5")
    assert {h.note_id for h in found.notes} == {r[0] for r in newest}
    assert not search.search(psy_vault, "client", limit=3, client_id=found.notes[0].client_id).recent_only

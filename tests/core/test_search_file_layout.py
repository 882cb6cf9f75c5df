"""The search file's layout (storage/search_index.py): a file whose tables were made by other
statements than this version's (other columns, another tokenizer, a table more) is not used,
however well its count matches, and is rebuilt; a file this version made is kept. The layout
is read from the file itself (sqlite_master), not from a number a change could forget."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from tests.conftest import reopen
from tests.core.destruction_helpers import vault_keys
from vault_app.domain.search import NoteHit
from vault_app.services import clients, notes, search
from vault_app.services.vault import Vault
from vault_app.storage.compartment import key_pragma
from vault_app.storage.layout import SEARCH_FILES

WORD = "quillfeather"  # in no other test's text
TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'"

# What the release before this check wrote (its build() statements, as SQLite keeps them): a
# vault updated from it keeps its search files, with no rebuild at its first unlock. A change to
# what is indexed changes these on purpose, and the files of every vault are then rebuilt once.
RECORDS_LAYOUT = {
    "index_state": "CREATE TABLE index_state (id INTEGER PRIMARY KEY CHECK (id = 1), generation TEXT NOT NULL, "
                   "counter INTEGER NOT NULL)",
    "progress_notes_fts": f"CREATE VIRTUAL TABLE progress_notes_fts USING fts5(search_text, client_id, {TOKENIZE})",
    "note_amendments_fts": f"CREATE VIRTUAL TABLE note_amendments_fts USING fts5(text, client_id, {TOKENIZE})",
    "clients_fts": "CREATE VIRTUAL TABLE clients_fts USING fts5(legal_name, preferred_name, chart_number, "
                   f"{TOKENIZE})",
    "attachment_texts_fts": f"CREATE VIRTUAL TABLE attachment_texts_fts USING fts5(text, client_id, {TOKENIZE})",
}


def _tables(path: Path, key: bytes) -> dict[str, str]:
    with contextlib.closing(sqlcipher.connect(str(path))) as ix:
        ix.execute(key_pragma(key))
        return {str(n): str(s) for n, s in ix.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'")}


def _rewrite(path: Path, key: bytes, statements: list[str]) -> None:
    """Change the file's tables by hand, under its key, its count left as it is (in step)."""
    with contextlib.closing(sqlcipher.connect(str(path))) as ix:
        ix.execute(key_pragma(key))
        for statement in statements:
            ix.execute(statement)
        ix.commit()


def test_a_file_this_version_wrote_has_the_layout_of_the_release_before_and_is_kept(vault: Vault,
                                                                                       vault_dir: Path) -> None:
    client = clients.create_client(vault, "Philippa Marchbank")
    note = notes.create_progress_note(vault, client.client_id, template="free", text=f"Seen {WORD}.")
    key = vault_keys(vault)["search-records"]
    vault.lock()
    made = _tables(vault_dir / SEARCH_FILES["records"], key)
    assert {name: made[name] for name in RECORDS_LAYOUT} == RECORDS_LAYOUT
    with reopen(vault_dir) as again:
        assert not again.records.search_rebuilt
        assert [h.note_id for h in _search(again, WORD)] == [note.note_id]


def _search(vault: Vault, word: str) -> list[NoteHit]:
    return list(search.search(vault, word, include_documents=False).notes)


OTHER_LAYOUTS = {
    # An older version that indexed fewer columns: its triggers would write columns the table lacks.
    "fewer columns": ["DROP TABLE progress_notes_fts",
                      f"CREATE VIRTUAL TABLE progress_notes_fts USING fts5(search_text, {TOKENIZE})",
                      f"INSERT INTO progress_notes_fts (search_text) VALUES ('{WORD}')"],
    # Another tokenizer: "cafe" would no longer find "café".
    "another tokenizer": ["DROP TABLE progress_notes_fts",
                          "CREATE VIRTUAL TABLE progress_notes_fts USING fts5(search_text, client_id)"],
    # A table this version does not write: words no trigger keeps in step and no destruction removes.
    "a table more": ["CREATE VIRTUAL TABLE letters_fts USING fts5(text)",
                     f"INSERT INTO letters_fts (text) VALUES ('{WORD} letter')"],
    # An ordinary table beside them.
    "a plain table more": ["CREATE TABLE kept_words (word TEXT)", f"INSERT INTO kept_words VALUES ('{WORD}')"],
}


@pytest.mark.parametrize("layout", OTHER_LAYOUTS)
def test_a_file_of_another_layout_is_rebuilt_though_its_count_matches(vault: Vault, vault_dir: Path,
                                                                       layout: str) -> None:
    client = clients.create_client(vault, "Philippa Marchbank")
    note = notes.create_progress_note(vault, client.client_id, template="free", text="Café and a long walk.")
    key = vault_keys(vault)["search-records"]
    vault.lock()
    path = vault_dir / SEARCH_FILES["records"]
    _rewrite(path, key, OTHER_LAYOUTS[layout])
    with reopen(vault_dir) as again:
        assert again.records.search_rebuilt
        assert _search(again, WORD) == []
        assert [h.note_id for h in _search(again, "cafe")] == [note.note_id]
        later = notes.create_progress_note(again, client.client_id, template="free", text=f"Later {WORD}.")
        assert [h.note_id for h in _search(again, WORD)] == [later.note_id]
    tables = _tables(path, key)
    assert {name: tables[name] for name in RECORDS_LAYOUT} == RECORDS_LAYOUT
    assert "letters_fts" not in tables and "kept_words" not in tables
    with reopen(vault_dir) as again:
        assert not again.records.search_rebuilt

"""chart_contents (what `surviving` searches for strings other charts share) reads runs of
rows joined inside SQLite; it must give exactly the bytes of one row at a time."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from vault_app.storage import destruction_delete as deletion
from vault_app.storage.compartment import Compartment


@pytest.mark.parametrize("run_rows", [1, 3, 2048])
def test_runs_of_rows_hold_every_row_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_rows: int) -> None:
    monkeypatch.setattr(deletion, "CONTENT_RUN_ROWS", run_rows)
    comp = Compartment.open("records", tmp_path / "records.db", os.urandom(32), create=True)
    comp.execute("CREATE TABLE a_notes (id INTEGER PRIMARY KEY, client_id TEXT, body TEXT, n INTEGER)")
    comp.execute("CREATE TABLE b_files (id INTEGER PRIMARY KEY, client_id TEXT, data BLOB)")
    comp.execute("CREATE TABLE c_tags (client_id TEXT, tag TEXT, PRIMARY KEY (client_id, tag)) WITHOUT ROWID")
    comp.execute("CREATE TABLE d_empty (id INTEGER PRIMARY KEY, client_id TEXT)")
    expected = []
    with comp.transaction():
        for i in (5, 1, 9, 2, 7, 1000, 3, 4):  # rowids out of insertion order, with a gap
            comp.execute("INSERT INTO a_notes (id, client_id, body, n) VALUES (?, ?, ?, ?)",
                         (i, f"c{i % 2}", None if i == 9 else f"ünïcode body {i}", i))
        for i in sorted((5, 1, 9, 2, 7, 1000, 3, 4)):
            expected.append(f"{i}\x00c{i % 2}\x00{'' if i == 9 else f'ünïcode body {i}'}\x00{i}\x00".encode())
        comp.execute("INSERT INTO b_files (id, client_id, data) VALUES (1, 'c1', ?)", (b"\x00blob\xff",))
        expected += [b"1\x00c1\x00", b"\x00blob\xff\x00"]
        comp.execute("INSERT INTO c_tags VALUES ('c1', 'grief'), ('c0', 'anxiety')")
        expected += [b"c0\x00anxiety\x00", b"c1\x00grief\x00"]
    assert b"".join(deletion.chart_contents(comp)) == b"".join(expected)
    comp.close()

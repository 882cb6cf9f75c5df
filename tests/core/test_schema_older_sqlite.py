"""Each compartment's schema is read by an older SQLite than the app's own: the stdlib's (3.40 on
Debian 12), which the independent checks of a destruction and restore, and tools a therapist or
an auditor may open a revealed key with, use. A client-list index of seventy nested replace()
calls (round 37) overflowed that parser's stack: "malformed database schema
(clients_list_by_last_name) - parser stack overflow", and every destruction's check failed (ci93).
Real vault, real SQLCipher files, decrypted by tests/independent_reader (no app code)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import reopen
from tests.core.cli_helpers import cli, init_vault
from tests.independent_reader import open_plain
from vault_app.services import clients


@pytest.mark.parametrize("compartment", ["records", "psychotherapy", "ledger"])
def test_an_older_sqlite_reads_every_statement_of_the_schema(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, compartment: str) -> None:
    folder = tmp_path / "vault"
    assert init_vault(folder).code == 0
    with reopen(folder, psychotherapy=True) as vault:
        for name in ("Zoe Zamora", "Ana Álvarez", "José Ñúñez-Peña"):
            clients.create_client(vault, name, date_of_birth="1980-01-01")
    key = cli(capsys, monkeypatch, "reveal-key", "--compartment", compartment, "--vault", str(folder),
              "--json").json()["key_hex"]
    work = tmp_path / "work"
    work.mkdir()
    con = open_plain(folder / f"{compartment}.db", key, work)
    try:
        # The first statement parses every CREATE statement of the schema (not integrity_check: a
        # generated column's concat_ws() is 3.44's, computed by the app's SQLite only).
        assert con.execute("SELECT count(*) FROM sqlite_master WHERE type = 'index'").fetchone()[0] > 0
        if compartment == "records":
            assert con.execute("SELECT count(*) FROM clients").fetchone() == (3,)
    finally:
        con.close()

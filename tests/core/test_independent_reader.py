"""The key from reveal-key opens each compartment with an independent SQLCipher 4 reader."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import reopen
from tests.core.cli_helpers import cli, init_vault
from tests.independent_reader import HmacMismatch, open_plain


@pytest.mark.parametrize("compartment", ["records", "psychotherapy", "ledger"])
def test_revealed_key_opens_compartment(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, compartment: str
) -> None:
    folder = tmp_path / "vault"
    assert init_vault(folder).code == 0
    with reopen(folder, psychotherapy=True) as vault:
        if compartment != "ledger":
            vault.compartment(compartment).execute("INSERT INTO meta VALUES ('marker', 'readable')")
    result = cli(capsys, monkeypatch, "reveal-key", "--compartment", compartment, "--vault", str(folder), "--json")
    assert result.code == 0
    key = result.json()["key_hex"]
    work = tmp_path / "work"
    work.mkdir()
    con = open_plain(folder / f"{compartment}.db", key, work)
    tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if compartment == "ledger":
        assert "ledger" in tables
        kinds = [row[0] for row in con.execute("SELECT kind FROM ledger ORDER BY seq")]
        assert kinds[0] == "vault.created"
        assert "key.revealed" in kinds  # the reveal itself was logged before the key left
    else:
        assert con.execute("SELECT value FROM meta WHERE key = 'marker'").fetchone() == ("readable",)
    con.close()


def test_independent_reader_rejects_wrong_key(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    assert init_vault(folder).code == 0
    with pytest.raises(HmacMismatch):
        open_plain(folder / "records.db", "11" * 32, tmp_path)

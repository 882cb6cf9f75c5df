"""Hostile CSV client lists: each refused with a sentence that says what to do, or read.

Found: a cell over Python's csv field limit (a 10 MB line) ended `import csv` in "internal
error"; a header row naming the mapped column twice ("Name,Name") silently took the last
one, so a chart was created under the wrong column's value."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.cli_helpers import cli_in_process, init_vault
from vault_app.domain.errors import InvalidInput
from vault_app.services import clients
from vault_app.services.importers.csv_clients import import_csv, preview_csv
from vault_app.services.vault import Vault


def test_a_ten_megabyte_cell_is_refused_with_a_sentence(tmp_path: Path) -> None:
    source = tmp_path / "clients.csv"
    source.write_text("Name,Email\n" + "A" * (10 << 20) + ",x@example.org\nWren Example,w@example.org\n")
    with pytest.raises(InvalidInput) as refused:
        preview_csv(source, preset="simplepractice")
    assert refused.value.code == "import.csv_unreadable"
    vault = tmp_path / "vault"
    assert init_vault(vault).code == 0
    run = cli_in_process("import", "csv", str(source), "--preset", "simplepractice", "--quiet", "--vault", str(vault))
    assert run.code == 2, run.err
    assert "internal error" not in run.err and "Traceback" not in run.err
    assert "cannot be read as CSV" in run.err


def test_a_mapped_column_named_twice_is_refused(vault: Vault, tmp_path: Path) -> None:
    source = tmp_path / "clients.csv"
    source.write_text("Name,name,Email\nWren Example,Other Person,w@example.org\n")
    with pytest.raises(InvalidInput) as refused:
        import_csv(vault, source, preset="simplepractice")
    assert refused.value.code == "import.csv_column_twice"
    assert clients.list_clients(vault) == []


def test_an_unmapped_column_named_twice_is_no_obstacle(vault: Vault, tmp_path: Path) -> None:
    source = tmp_path / "clients.csv"
    source.write_text('Name,Notes,Notes\n"=HYPERLINK(""http://x.invalid"",""Click"")",a,b\n')
    assert import_csv(vault, source, preset="simplepractice").charts_created == 1
    # A formula-looking cell is a name like any other: kept as the text it is.
    assert [c.legal_name for c in clients.list_clients(vault)] == ['=HYPERLINK("http://x.invalid","Click")']

"""A SimplePractice export is read with a count, and a Cancel while it is read stops there.

Found by the import walk: 300 clients and 3,700 PDFs. The dry run showed "Reading the export
(nothing is written)…" for half a minute with no count (the folder-of-PDFs dry run counts), and
after Import the page said "Starting…" at 0 % for as long again while the export was read a
second time; Cancel pressed then waited for the whole reading. Counted, not timed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from scripts.make_simplepractice_export import make_export
from vault_app.services import clients
from vault_app.services.importers import simplepractice_parse as sp
from vault_app.services.importers.plan import ImportReport, ImportStopped
from vault_app.services.importers.simplepractice import (
    import_simplepractice_beside,
    plan_simplepractice_beside,
)
from vault_app.services.vault import Vault


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The note and document files read, in order (the real reading, counted)."""
    read: list[str] = []
    real = sp.read_file

    def counted(path: Path) -> bytes | None:
        if path.suffix != ".vcf":
            read.append(path.name)
        return real(path)

    monkeypatch.setattr(sp, "read_file", counted)
    return read


def test_the_dry_run_counts_every_file_of_the_whole(vault: Vault, tmp_path: Path, reads: list[str]) -> None:
    export = make_export(tmp_path / "sp", clients=2, notes_per_client=3, seed=7)
    heard: list[tuple[int, int]] = []
    plan_simplepractice_beside(lambda fn: fn(vault), export.root, progress=lambda n, of: heard.append((n, of)))
    total = heard[-1][1]  # every file of the export's folders (a psychotherapy note while locked is not read)
    assert total >= len(reads) > 10
    assert heard == [(n, total) for n in range(1, total + 1)]


def test_the_import_says_its_reading_and_a_cancel_then_stops_it(vault: Vault, tmp_path: Path,
                                                                reads: list[str]) -> None:
    export = make_export(tmp_path / "sp", clients=2, notes_per_client=3, seed=7)
    lines: list[object] = []
    k = 4
    report = import_simplepractice_beside(
        lambda fn: fn(vault), export.root, progress=lambda _f, line: lines.append(line),
        cancelled=lambda: len(lines) >= k, report=ImportReport("simplepractice"))
    assert [getattr(line, "code", "") for line in lines] == ["import.reading_export"] * k
    assert getattr(lines[-1], "params", {})["read"] == k
    assert len(reads) == k
    assert report.cancelled and not report.interrupted
    assert report.charts_created == 0 and clients.list_clients(vault) == []


def test_the_import_reads_then_imports_with_its_counts(vault: Vault, tmp_path: Path, reads: list[str]) -> None:
    export = make_export(tmp_path / "sp", clients=2, notes_per_client=3, seed=7)
    lines: list[object] = []
    report = import_simplepractice_beside(lambda fn: fn(vault), export.root,
                                          progress=lambda _f, line: lines.append(line))
    codes = [getattr(line, "code", "") for line in lines]
    reading = codes.count("import.reading_export")
    assert reading > 10 and codes[:reading] == ["import.reading_export"] * reading
    last = getattr(lines[reading - 1], "params", {})
    assert last["read"] == last["total"] == reading
    assert "import.chart_of" in codes[reading:]
    assert report.charts_created == len(export.clients)


def test_a_lock_while_the_export_is_read_stops_it_as_a_lock(vault: Vault, tmp_path: Path, reads: list[str]) -> None:
    """A lock sets the job's Cancel too; the vault then refuses every call: the import ends as a
    lock ends it (ImportStopped: the job marks it interrupted, told at the next unlock)."""
    export = make_export(tmp_path / "sp", clients=2, notes_per_client=3, seed=7)
    lines: list[object] = []

    def on_vault(fn: Any) -> Any:
        if len(lines) >= 3:
            raise ImportStopped
        return fn(vault)

    with pytest.raises(ImportStopped):
        import_simplepractice_beside(on_vault, export.root, progress=lambda _f, line: lines.append(line),
                                     cancelled=lambda: len(lines) >= 3)
    assert len(reads) == 3 and clients.list_clients(vault) == []

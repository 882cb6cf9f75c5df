"""The chart's History says where an import came from and what it brought (round 39's walker:
every imported chart's line read "import: chart", nothing more). From what: a SimplePractice
export, a CSV client list or a folder of PDFs, by its kind, never by its folder's or file's name (a
folder or a list may be named after the client, and the ledger outlives the chart: no client name
goes into it). How many: progress notes, psychotherapy notes, documents. English and
Spanish; the ledger's kind still reads as the phrase (tests/gui/test_spanish_chart_tabs.py). Real
imports into a real vault, the ledger's own entries."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from scripts.make_simplepractice_export import _pdf, make_export
from vault_app.gui import i18n
from vault_app.gui.history_words import describe_event
from vault_app.services import clients
from vault_app.services.importers.csv_clients import import_csv
from vault_app.services.importers.pdf_folder import import_pdf_folder
from vault_app.services.importers.simplepractice import import_simplepractice
from vault_app.services.vault import Vault


def _entries(vault: Vault) -> dict[str, dict[str, Any]]:
    return {str(e.payload["client_id"]): dict(e.payload) for e in vault.ledger.entries(kinds=("import.chart",))}


@pytest.fixture
def english() -> Any:
    i18n.install("en")
    yield
    i18n.install("en")


def test_a_simplepractice_chart_s_line_says_its_export_and_counts(psy_vault: Vault, tmp_path: Path, qtbot: Any,
                                                                   english: Any) -> None:
    export = make_export(tmp_path / "Lucía Peña export", clients=1, notes_per_client=4, seed=5)
    import_simplepractice(psy_vault, export.root)
    fake = export.clients[0]
    (payload,) = [p for p in _entries(psy_vault).values()
                  if clients.get_client(psy_vault, str(p["client_id"])).legal_name == fake.name]
    assert "folder" not in payload and "Peña" not in json.dumps(payload, ensure_ascii=False)
    progress = sum(n.kind != "Psychotherapy Note" for n in fake.notes)
    psy = sum(n.kind == "Psychotherapy Note" for n in fake.notes)
    docs = payload["documents"]
    assert progress > 1 and psy == 2 and docs > 1
    assert describe_event("import.chart", payload) == (
        f"Chart imported ({progress} progress notes, {psy} psychotherapy notes, {docs} documents; "
        "from a SimplePractice export)")
    i18n.install("es")
    assert describe_event("import.chart", payload) == (
        f"Expediente importado ({progress} notas de evolución, {psy} notas de psicoterapia, {docs} documentos; "
        "de una exportación de SimplePractice)")


def test_a_csv_chart_s_line_names_the_file_and_a_pdf_folder_s_line_no_folder(vault: Vault, tmp_path: Path,
                                                                             qtbot: Any, english: Any) -> None:
    listed = tmp_path / "Lucía Peña.csv"
    listed.write_text("First Name,Last Name\nLucía,Peña\n", encoding="utf-8")
    import_csv(vault, listed, preset="simplepractice")
    (payload,) = _entries(vault).values()
    assert "Peña" not in json.dumps(payload, ensure_ascii=False)
    assert describe_event("import.chart", payload) == "Chart imported (from a CSV client list)"
    # A folder of scans named after the client: the ledger gets no name, the line says what it was.
    folder = tmp_path / "Lucía Peña"
    folder.mkdir()
    (folder / "Intake 2024-03-05.pdf").write_bytes(_pdf(["Intake form", "Signed."]))
    client_id = str(payload["client_id"])
    import_pdf_folder(vault, folder, client_id)
    entries = [dict(e.payload) for e in vault.ledger.entries(kinds=("import.chart",))]
    assert len(entries) == 2 and "Peña" not in json.dumps(entries[-1], ensure_ascii=False)
    assert describe_event("import.chart", entries[-1]) == (
        "Chart imported (1 document; into the existing chart; from a folder of PDFs)")
    i18n.install("es")
    assert describe_event("import.chart", entries[-1]) == (
        "Expediente importado (1 documento; en el expediente existente; de una carpeta de PDF)")
    assert describe_event("import.chart", payload) == (
        "Expediente importado (de una lista de clientes en CSV)")


def test_a_line_logged_late_or_naming_a_folder(qtbot: Any, english: Any) -> None:
    """An entry logged after an interruption: said so; an entry that names a folder anyway (written
    by hand, or by a build that kept it): the kind of source alone, the name never shown."""
    late = {"client_id": "c1", "source": "simplepractice", "created": True, "progress_notes": 1,
            "psychotherapy_notes": 0, "documents": 0, "late": True}
    assert describe_event("import.chart", late) == (
        "Chart imported (1 progress note; from a SimplePractice export; logged late, after an interruption)")
    odd = {"client_id": "c1", "source": "csv", "created": True, "folder": "list\u202e.csv\nx"}
    assert describe_event("import.chart", odd) == "Chart imported (from a CSV client list)"

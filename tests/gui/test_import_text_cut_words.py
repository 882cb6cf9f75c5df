"""The import wizard's review and report name each note whose text was cut, and a damaged
note PDF, one row each, in English and in Spanish (services/importers/text_cut.py); the report
of a folder of PDFs names each document searchable only in part. Counts as the practice writes
numbers: 1,000 in the US, 1.000 in Spain; a note's day as it writes dates: 03/05/2024 in the US,
05/03/2024 in Spain (not the ISO the core and the CLI give)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QTreeWidget

from scripts.make_simplepractice_export import make_export
from tests.core.long_note_pdfs import PAGE_CAP_PAGES, add_long_documents, add_long_notes
from tests.gui.conftest import wait_ops
from tests.gui.test_import_wizard import open_wizard, read_dry_run
from vault_app.gui import dates
from vault_app.gui.controller import AppController
from vault_app.gui.import_wizard import ImportWizard
from vault_app.services import clients, notes, practice


def _rows(tree: QTreeWidget) -> dict[str, str]:
    items = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
    return {item.text(0): item.text(1) for item in items if item is not None}


ENGLISH = {
    "pages": f"Progress Note of 03/05/2024: text cut after 1,000 of its {PAGE_CAP_PAGES:,} pages; the whole PDF is "
             "attached.",
    "size": "Progress Note of 03/06/2024: text cut: the text of 1 of its 3 pages was too large to read; the whole PDF "
            "is attached.",
    "too_large": "Progress Note of 03/08/2024: no text could be read (its pages are larger than the import reads); "
                 "kept as the PDF only, with no note text.",
    "damaged": "Progress Note of 03/11/2024: the PDF is damaged and its text cannot be read; the original PDF is "
               "attached to the chart, with no note text. Download it from SimplePractice again to read it.",
}
SPANISH = {
    "pages": "Progress Note del 05/03/2024: texto cortado tras 1.000 de sus 1.005 páginas; el PDF "
             "completo queda adjunto.",
    "size": "Progress Note del 06/03/2024: texto cortado: el texto de 1 de sus 3 páginas era demasiado grande para "
            "leerlo; el PDF completo queda adjunto.",
    "too_large": "Progress Note del 08/03/2024: no se pudo leer el texto (sus páginas son más grandes de lo que lee "
                 "la importación); se guarda solo el PDF, sin texto de nota.",
    "damaged": "Progress Note del 11/03/2024: el PDF está dañado y no se puede leer su texto; el PDF original queda "
               "adjunto al expediente, sin texto de nota. Descárguelo de nuevo de SimplePractice para leerlo.",
}


def _walk(app: AppController, qtbot: object, tmp_path: Path, says: dict[str, str]) -> None:
    export = make_export(tmp_path / "export", clients=1, notes_per_client=1)
    long = add_long_notes(export.root, export.clients[0].name)
    rel = {k: getattr(long, k).relative_to(export.root).as_posix() for k in says}
    wizard = ImportWizard(app, None, app.main_window)
    qtbot.addWidget(wizard)  # type: ignore[attr-defined]
    wizard.show()
    wizard.source_page.path.setText(str(export.root))
    wizard.next()
    read_dry_run(wizard, qtbot)
    review = _rows(wizard.review_page.skipped)
    assert {rel[k]: review.get(rel[k]) for k in says} == {rel[k]: v for k, v in says.items()}
    chars = review[long.characters.relative_to(export.root).as_posix()]
    assert chars.startswith("Progress Note ") and dates.show_date("2024-03-07") in chars
    assert "2024-03-07" not in chars, "the day as the practice writes dates, not ISO"
    assert long.normal.relative_to(export.root).as_posix() not in review
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.report_page, timeout=60_000)  # type: ignore[attr-defined]
    report = _rows(wizard.report_page.issues)
    assert {rel[k]: report.get(rel[k]) for k in says} == {rel[k]: v for k, v in says.items()}
    assert report[long.characters.relative_to(export.root).as_posix()] == chars
    assert wizard.report is not None and wizard.report.charts_created == len(export.clients)
    wizard.accept()
    wait_ops(qtbot)


def test_the_wizard_names_each_cut_note_and_the_damaged_one(unlocked_app: AppController, qtbot: object,
                                                             tmp_path: Path) -> None:
    _walk(unlocked_app, qtbot, tmp_path, ENGLISH)


def test_the_wizard_says_them_in_spanish(unlocked_app: AppController, qtbot: object, tmp_path: Path,
                                        spanish: None) -> None:  # after the app: its start installs English
    vault = unlocked_app.vault
    assert vault is not None
    practice.update(vault, locale="es_ES")  # what the import beside the GUI reads: the notes' own lines
    dates.set_practice_locale("es_ES")
    try:
        _walk(unlocked_app, qtbot, tmp_path, SPANISH)
    finally:
        dates.set_practice_locale(None)
    texts = [notes.get_any(vault, s.note_id, s.kind).sections["text"]
             for c in clients.list_clients(vault) for s in notes.list_notes(vault, c.client_id)]
    assert any(t.endswith("\n\n[Añadido por la importación: el texto de arriba termina tras la página 1.000 de "
                          f"{PAGE_CAP_PAGES:,}".replace(",", ".") + "; la nota completa está en su PDF original, "
                          "guardado con ella.]") for t in texts)
    assert not any("Added by the import" in t for t in texts)


def _walk_folder(app: AppController, qtbot: object, tmp_path: Path) -> dict[str, str]:
    """A folder of PDFs, some past the caps, imported into a chart: the report's rows."""
    vault = app.vault
    assert vault is not None
    target = clients.create_client(vault, "Ines Harrow").client_id
    docs = add_long_documents(tmp_path / "Records from the hospital")
    wizard = open_wizard(app, qtbot)
    page = wizard.source_page
    page.source.setCurrentIndex(page.source.findData("pdf-folder"))
    wait_ops(qtbot)
    page.chart.setCurrentIndex(page.chart.findData(target))
    page.path.setText(str(docs.normal.parent))
    wizard.next()
    read_dry_run(wizard, qtbot)
    assert wizard.review_page.skipped.topLevelItemCount() == 0  # the text is read at the import, not before
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.report_page, timeout=60_000)  # type: ignore[attr-defined]
    assert wizard.report is not None and wizard.report.documents == 5
    rows = _rows(wizard.report_page.issues)
    wizard.accept()
    wait_ops(qtbot)
    assert set(rows) == {p.name for p in (docs.pages, docs.size, docs.characters, docs.too_large)}
    return {Path(k).stem.split(" 20")[0]: v for k, v in rows.items()}


def test_the_report_names_each_document_searchable_in_part(unlocked_app: AppController, qtbot: object,
                                                           tmp_path: Path) -> None:
    rows = _walk_folder(unlocked_app, qtbot, tmp_path)
    assert rows["Hospital records"] == ("Hospital records 2023-01-10: only the first 1,000 of its 1,005 pages are "
                                        "searchable; the whole document is attached.")
    assert rows["Scanned intake"] == ("Scanned intake 2023-02-11: the text of 1 of its 3 pages was too large to read "
                                      "and is not searchable; the whole document is attached.")
    assert re.fullmatch(r"Court transcript 2023-03-12: only its first 1,9\d\d,\d{3} characters are searchable; the "
                        r"whole document is attached\.", rows["Court transcript"])
    assert rows["Discharge summary"].startswith("Discharge summary 2023-04-13: its text could not be read")


def test_the_report_names_them_in_spanish(unlocked_app: AppController, qtbot: object, tmp_path: Path,
                                          spanish: None) -> None:
    dates.set_practice_locale("es_ES")
    try:
        rows = _walk_folder(unlocked_app, qtbot, tmp_path)
    finally:
        dates.set_practice_locale(None)
    assert rows["Hospital records"] == ("Hospital records 2023-01-10: solo se pueden buscar las primeras 1.000 de sus "
                                        "1.005 páginas; el documento completo queda adjunto.")
    assert rows["Scanned intake"] == ("Scanned intake 2023-02-11: el texto de 1 de sus 3 páginas era demasiado grande "
                                      "para leerlo y no se puede buscar; el documento completo queda adjunto.")
    assert re.fullmatch(r"Court transcript 2023-03-12: solo se pueden buscar sus primeros 1\.9\d\d\.\d{3} "
                        r"caracteres; el documento completo queda adjunto\.", rows["Court transcript"])
    assert rows["Discharge summary"] == (
        "Discharge summary 2023-04-13: no se pudo leer su texto (sus páginas son más grandes de lo que lee la "
        "importación), así que no se puede buscar; el documento completo queda adjunto.")

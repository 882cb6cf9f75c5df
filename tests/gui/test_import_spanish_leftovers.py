"""What a Spanish-speaking therapist still met in the import wizard (found in the real app,
VAULT_APP_LANGUAGE=es): a client list without a name column left Next greyed out with no word
why; a chart the import refused was reported by the importer's key ("custom:aaaa…"), its reason
pushed out of sight by the long name; the wizard's screen-reader names were English."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_import_wizard import read_dry_run
from vault_app.gui.controller import AppController
from vault_app.gui.import_wizard import WIDEST_COLUMN, ImportWizard

pytestmark = pytest.mark.gui

NO_NAME = ("Elija la columna con el nombre completo del cliente, o las columnas del nombre y de los apellidos: "
           "sin un nombre no se puede crear ningún expediente.")


def _wizard(app: AppController, qtbot: Any, csv: Path) -> ImportWizard:
    wizard = ImportWizard(app, None, app.main_window)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.source_page
    page.source.setCurrentIndex(page.source.findData("csv"))
    page.path.setText(str(csv))
    page.read_columns()
    wait_ops(qtbot)
    return wizard


def test_a_list_without_a_name_column_says_why_next_waits(unlocked_app: AppController, qtbot: Any,
                                                         tmp_path: Path, spanish: None) -> None:
    odd = tmp_path / "odd.csv"
    odd.write_text("Who,Born\nTove Eastwick,1990-02-03\n", encoding="utf-8")
    wizard = _wizard(unlocked_app, qtbot, odd)
    page = wizard.source_page
    assert page.source.accessibleName() == "Importar desde"
    assert page.field_boxes["name"].accessibleName() == "Columna para: Nombre completo"
    assert not page.isComplete() and page.csv_error.text() == NO_NAME
    page.field_boxes["name"].setCurrentIndex(page.field_boxes["name"].findData("Who"))
    assert page.isComplete() and page.csv_error.text() == ""
    # Another file that is not there: the last file's columns no longer let Next through.
    page.path.setText(str(tmp_path / "missing.csv"))
    page.read_columns()
    wait_ops(qtbot)
    assert page.csv_error.text() == "Ese archivo CSV no existe." and not page.isComplete()
    wizard.reject()


def test_a_refused_chart_is_reported_by_its_name_in_one_sentence(unlocked_app: AppController, qtbot: Any,
                                                                 tmp_path: Path, spanish: None) -> None:
    long_name = "Aurelio " + "Q" * 240
    listing = tmp_path / "clients.csv"
    listing.write_text(f"name,date_of_birth\n{long_name},1980-01-01\nMarisol Quintanar,1990-02-03\n",
                       encoding="utf-8")
    wizard = _wizard(unlocked_app, qtbot, listing)
    assert wizard.source_page.isComplete()
    wizard.next()
    read_dry_run(wizard, qtbot)
    review = wizard.review_page
    # Refused in the dry run already (the name rule every door applies: hostile-import round),
    # listed by its row, the other chart planned.
    assert review.plan is not None and len(review.plan.charts) == 1
    assert [issue.path for issue in review.plan.skipped] == ["row 2"]
    assert review.created.accessibleName() == "Se crearán"
    assert review.created.header().maximumSectionSize() == WIDEST_COLUMN
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.report_page, timeout=60_000)
    report = wizard.report
    assert report is not None and report.charts_created == 1
    issues = wizard.report_page.issues
    assert issues.headerItem().text(0) == "Archivo, fila o expediente"
    assert issues.topLevelItemCount() == 1
    row = issues.topLevelItem(0)
    assert row.text(0) == "fila 2"  # where it is in the file, in the screen's language, never the importer's key
    said = row.text(1)
    assert said.endswith("(expediente no importado).") and said.count(":") == 1, said
    assert said.startswith("Acorte el nombre"), said
    issues.setCurrentItem(row)  # the keyboard on it: its reason whole under the list
    assert wizard.report_page.detail.text() == said
    # The reason stays in sight beside the long name: the name's column is capped.
    issues.resizeColumnToContents(0)
    assert issues.header().sectionSize(0) <= WIDEST_COLUMN
    wizard.accept()
    wait_ops(qtbot)

"""The import wizard with a Spanish client list (round 39's walker: nothing was mapped, and Next
waited for the therapist to pick every column): the columns are chosen by their names, whatever
preset is chosen or with "Another system", both surnames make the chart's name, and the columns
that go nowhere are said under the choices, in the screen's language. Real file, real widgets,
real dry run."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_import_wizard import open_wizard, read_dry_run
from vault_app.gui import i18n
from vault_app.gui.controller import AppController

SPANISH = ("Nº de expediente;Nombre;Primer apellido;Segundo apellido;Fecha de nacimiento;Teléfono;"
           "Correo electrónico;Notas\n"
           "7001;María José;García;López;1980-03-04;555-0101;mj@example.org;paga en efectivo\n")


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_spanish_list_is_mapped_and_what_stays_out_is_said(unlocked_app: AppController, qtbot: Any,
                                                              tmp_path: Path, language: str) -> None:
    path = tmp_path / "clientes.csv"
    path.write_text(SPANISH, encoding="utf-8")
    i18n.install(language)
    try:
        wizard = open_wizard(unlocked_app, qtbot)
        page = wizard.source_page
        page.source.setCurrentIndex(page.source.findData("csv"))
        page.path.setText(str(path))
        page.read_columns()
        wait_ops(qtbot)
        chosen = {key: box.currentData() for key, box in page.field_boxes.items() if box.currentData()}
        assert chosen == {"id": "Nº de expediente", "first_name": "Nombre", "last_name": "Primer apellido",
                          "second_last_name": "Segundo apellido", "date_of_birth": "Fecha de nacimiento",
                          "phone": "Teléfono", "email": "Correo electrónico"}
        said = {"en": "Columns that go into no chart: Notas",
                "es": "Columnas que no entran en ningún expediente: Notas"}
        assert page.csv_unused.text() == said[language] and page.csv_unused.isVisible()
        # Another system's list: the same columns, by their names.
        other = page.preset.findData("")
        assert other >= 0
        page.preset.setCurrentIndex(other)
        wait_ops(qtbot)
        assert {key: box.currentData() for key, box in page.field_boxes.items() if box.currentData()} == chosen
        # A column put aside by hand is said as going nowhere too.
        page.field_boxes["phone"].setCurrentIndex(0)
        assert page.csv_unused.text().endswith("Teléfono, Notas")
        assert page.isComplete()
        wizard.next()
        read_dry_run(wizard, qtbot)
        review = wizard.review_page
        assert review.created.topLevelItemCount() == 1
        assert review.created.topLevelItem(0).text(0) == "María José García López"  # type: ignore[union-attr]
        wizard.reject()
    finally:
        i18n.install("en")

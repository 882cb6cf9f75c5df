"""Screens translated in one round (Help's windows, the open export, a disclosure made outside
the app, the access copy's outcome), opened with the Spanish translator installed: the words
their lists and results are built from at run time are Spanish too, not only the fixed labels
(tests/gui/test_i18n.py checks those against es.ts). Real vault, real exports, real widgets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QTableWidget

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from tests.gui.test_export_mnemonics import _check, _own
from vault_app.gui import i18n, shortcuts
from vault_app.gui.controller import AppController
from vault_app.services import clients, requests

pytestmark = pytest.mark.gui


@pytest.fixture
def spanish() -> Iterator[None]:
    assert i18n.install("es") == "es"
    try:
        yield
    finally:
        i18n.install("en")


@pytest.fixture
def spanish_app(unlocked_app: AppController) -> Iterator[AppController]:
    """Unlocked first (its start installs the language of its settings), then Spanish."""
    assert i18n.install("es") == "es"
    try:
        yield unlocked_app
    finally:
        i18n.install("en")


def test_the_shortcuts_list_reads_in_spanish_whole(spanish: None, qtbot) -> None:
    from vault_app.gui.about import ShortcutsDialog

    dialog = ShortcutsDialog()
    qtbot.addWidget(dialog)
    dialog.resize(620, 460)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.findChild(QTableWidget)
    assert table is not None
    shown = {k: text for k, text in shortcuts.DESCRIPTIONS.items() if shortcuts.DEFAULTS.get(k)}
    assert table.rowCount() == len(shown)
    for row, (key, english) in enumerate(shown.items()):
        action = table.item(row, 1).text()
        assert action == QCoreApplication.translate("ShortcutsDialog", english) != english, key
        # The keys as the Spanish menus write them ("Control+Mayúsculas+B").
        keys = table.item(row, 0).text()
        assert keys == QKeySequence(shortcuts.DEFAULTS[key]).toString(QKeySequence.SequenceFormat.NativeText)
    assert "Mayúsculas" in table.item(list(shown).index("backups"), 0).text()
    # Every row as tall as its wrapped words: the chart tabs' line was cut off at a fixed height.
    for row in range(table.rowCount()):
        assert table.rowHeight(row) >= table.sizeHintForRow(row), table.item(row, 1).text()
    tabs_row = list(shown).index("tab_1")
    assert table.rowHeight(tabs_row) > table.rowHeight(list(shown).index("dashboard"))


def test_a_disclosure_made_outside_offers_its_kinds_and_channels_in_spanish(
    spanish_app: AppController, qtbot
) -> None:
    from vault_app.gui.manual_disclosure import ManualDisclosureDialog

    vault = spanish_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    dialog = ManualDisclosureDialog(spanish_app, chart.client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops(qtbot)
    kinds = [(dialog.kind.itemData(i), dialog.kind.itemText(i)) for i in range(dialog.kind.count())]
    assert kinds == [("progress", "Notas de evolución"), ("psychotherapy", "Notas de psicoterapia"),
                     ("billing", "Información de facturación")]
    channels = {dialog.channel.itemData(i): dialog.channel.itemText(i) for i in range(dialog.channel.count())}
    assert channels == {"phone": "Teléfono", "mail": "Correo postal", "fax": "Fax", "email": "Correo electrónico",
                        "in_person": "En persona", "other": "Otro"}
    assert dialog.windowTitle().startswith("Registrar una divulgación hecha fuera de la aplicación")
    dialog.close()


def test_the_open_export_speaks_spanish_from_refusal_to_receipt(
    spanish_app: AppController, qtbot, tmp_path: Path
) -> None:
    from vault_app.gui.open_export_dialog import OpenExportDialog

    vault = spanish_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=2)
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(1))
    dialog = OpenExportDialog(spanish_app, chart.client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops(qtbot)
    # Every button shown its own letter in Spanish too (Exportar, Examinar, Cerrar); a row hidden
    # (the drafts tick, until there are drafts) gives its letter back until it shows.
    qtbot.wait(0)  # the letters given again after the rows the data showed or hid (one event-loop turn)
    _check([w for w in _own(dialog) if w.isVisibleTo(dialog) or w is dialog])
    assert dialog.psychotherapy.itemText(0) == "No incluirlas"
    dialog.recipient.setText("Alex Testclient")
    dialog.purpose.setText("copia propia")
    out = tmp_path / "copia.pdf"
    dialog.path.setText(str(out))
    dialog.password.setText(fx.PASSWORD)
    dialog.confirm.setText(fx.PASSWORD + "x")
    dialog.export_button.click()
    assert dialog.error.text() == "Las dos contraseñas no coinciden."
    dialog.confirm.setText(fx.PASSWORD)
    dialog.path.setText("")
    dialog.export_button.click()
    assert "Examinar" in dialog.error.text() and not out.exists()
    dialog.path.setText(str(out))
    dialog.basis.basis.setCurrentIndex(dialog.basis.basis.findData("client_access"))
    dialog.basis.set_value("request_id", q.id)
    dialog.export_button.click()
    wait_ops(qtbot)
    assert out.exists(), dialog.error.text()
    receipt = dialog.result_label.text()
    assert "2 notas de evolución, 0 notas de psicoterapia" in receipt, receipt
    assert "Registrado como divulgación" in receipt, receipt
    assert "Logged" not in receipt
    dialog.close()


def test_the_access_copy_says_what_remains_in_spanish(
    spanish_app: AppController, qtbot, tmp_path: Path
) -> None:
    """One copy cannot be made (its folder was taken away before the billing part): the outcome's
    frame and the kinds are Spanish; the request stays open. (A file of the copy's name the ledger
    does not record as given no longer refuses: it is made again, access-retry round.)"""
    from vault_app.gui.access_copy_dialog import AccessCopyDialog

    vault = spanish_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    asked = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3))
    number = clients.get_client(vault, chart.client_id).chart_number
    (tmp_path / f"access-copy-{number}-{asked.id}-billing.pdf").mkdir()  # where the billing copy would go
    dialog = AccessCopyDialog(spanish_app, asked.id)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops(qtbot)
    assert dialog.windowTitle().startswith("Entregar la copia")
    assert dialog.recipient.itemText(0) == "El cliente"
    dialog.password.setText(fx.PASSWORD)
    dialog.password_again.setText(fx.PASSWORD)
    dialog.folder.setText(str(tmp_path))
    dialog.make_button.click()
    wait_ops(qtbot)
    lines = dialog.outcome.text().splitlines()
    assert lines[0].startswith("Copia creada: notas de evolución (access-copy-"), lines
    assert lines[1].startswith("Copia no creada: información de facturación: "), lines
    assert lines[-1].startswith("La solicitud sigue abierta"), lines
    assert requests.get_request(vault, asked.id).status != "granted"
    dialog.close()

"""The complete open export from the app: the gate's refusal shown in the dialog; then the
client's own copy written and logged, psychotherapy notes left out under that basis."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pypdf

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.open_export_dialog import OpenExportDialog
from vault_app.services import export, requests


def test_open_export_dialog(unlocked_app: AppController, qtbot: object, tmp_path: Path) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=2)
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(1))
    dialog = OpenExportDialog(unlocked_app, chart.client_id)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    wait_ops(qtbot)
    assert dialog.psychotherapy.itemData(0) is None
    dialog.recipient.setText("Alex Testclient")
    dialog.purpose.setText("own copy")
    out = tmp_path / "copy.pdf"
    dialog.path.setText(str(out))
    dialog.password.setText(fx.PASSWORD)
    dialog.confirm.setText(fx.PASSWORD + "x")
    dialog.export_button.click()
    assert "differ" in dialog.error.text()
    dialog.confirm.setText(fx.PASSWORD)
    dialog.export_button.click()  # the basis is still "authorization", with none on file: refused
    wait_ops(qtbot)
    assert dialog.error.text() and not out.exists()
    dialog.basis.basis.setCurrentIndex(dialog.basis.basis.findData("client_access"))
    dialog.basis.set_value("request_id", q.id)
    dialog.export_button.click()
    wait_ops(qtbot)
    assert out.exists(), dialog.error.text()
    assert "Logged as disclosure" in dialog.result_label.text()
    if os.environ.get("IMPORT_WIZARD_SHOTS"):
        dialog.grab().save(str(Path(os.environ["IMPORT_WIZARD_SHOTS"]) / "open-export.png"))
    reader = pypdf.PdfReader(io.BytesIO(out.read_bytes()))
    reader.decrypt(fx.PASSWORD)
    chart_json = json.loads(reader.attachments["chart.json"][0])
    assert len(chart_json["progress_notes"]) == 2
    assert [d.basis_kind for d in export.disclosures(vault, chart.client_id)] == ["client_access"]
    dialog.close()

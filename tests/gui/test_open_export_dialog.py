"""The complete open export from the app: the gate's refusal shown in the dialog; then the
client's own copy written and logged, psychotherapy notes left out under that basis."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pypdf
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date
from vault_app.gui.open_export_dialog import OpenExportDialog
from vault_app.services import export, notes, requests


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
    # The client's own copy holds the sessions too (billing information): a part of its own.
    assert [(d.kind, d.basis_kind) for d in export.disclosures(vault, chart.client_id)] == [
        ("progress", "client_access"), ("billing", "client_access")]
    dialog.close()


def _shown(qtbot: object, dialog: OpenExportDialog) -> None:
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    wait_ops(qtbot)


def test_the_authorization_fills_recipient_address_and_purpose(unlocked_app: AppController, qtbot: object) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    auth = fx.add_auth(vault, chart.client_id, covers=["progress", "billing"])
    dialog = OpenExportDialog(unlocked_app, chart.client_id)
    _shown(qtbot, dialog)
    index = dialog.basis.authorization.findData(auth.id)
    dialog.basis.authorization.setCurrentIndex(-1)
    dialog.basis.authorization.setCurrentIndex(index)
    assert dialog.recipient.text() == fx.RECIPIENT.name
    assert dialog.address.text() == fx.RECIPIENT.address
    assert dialog.purpose.text() == fx.PURPOSE
    # Still editable, and what the therapist typed is never overwritten.
    assert not dialog.recipient.isReadOnly()
    QTest.keyClicks(dialog.purpose, " (typed)")
    dialog.basis.authorization.setCurrentIndex(-1)
    dialog.basis.authorization.setCurrentIndex(index)
    assert dialog.purpose.text() == fx.PURPOSE + " (typed)"
    dialog.close()


def test_drafts_said_before_typing_left_out_and_done_after_export(unlocked_app: AppController, qtbot: object,
                                                                   tmp_path: Path) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    notes.create_progress_note(vault, chart.client_id, template="free", text="draft", note_date=fx.days_ago(3))
    auth = fx.add_auth(vault, chart.client_id, covers=["progress"])
    dialog = OpenExportDialog(unlocked_app, chart.client_id)
    _shown(qtbot, dialog)
    # Said when the window opens, before anything is typed, with the draft's date.
    assert dialog.drafts_box.isVisibleTo(dialog)
    assert show_date(fx.days_ago(3)) in dialog.drafts_label.text()
    dialog.basis.authorization.setCurrentIndex(dialog.basis.authorization.findData(auth.id))
    out = tmp_path / "chart.pdf"
    dialog.path.setText(str(out))
    dialog.password.setText(fx.PASSWORD)
    dialog.confirm.setText(fx.PASSWORD)
    dialog.leave_out_drafts.setChecked(True)
    dialog.export_button.click()
    wait_ops(qtbot)
    assert out.exists(), dialog.error.text()
    said = dialog.result_label.text()
    assert "1 progress note," in said and "1 document" in said and "1 documents" not in said
    assert show_date(fx.days_ago(3)) in said  # the draft left out, by its date
    assert "Sessions" in said or "sessions" in said  # left out: the authorization does not cover billing
    # Done: Escape closes without asking "Close without saving what you typed?".
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())  # type: ignore[attr-defined]
    assert dialog.leave_box is None


def test_escape_after_a_successful_export_closes_without_asking(unlocked_app: AppController, qtbot: object,
                                                                 tmp_path: Path) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    auth = fx.add_auth(vault, chart.client_id, covers=["progress"])
    dialog = OpenExportDialog(unlocked_app, chart.client_id)
    _shown(qtbot, dialog)
    dialog.basis.authorization.setCurrentIndex(dialog.basis.authorization.findData(auth.id))
    for field, text in ((dialog.recipient, fx.RECIPIENT.name), (dialog.address, fx.RECIPIENT.address),
                        (dialog.purpose, fx.PURPOSE)):
        field.clear()
        QTest.keyClicks(field, text)  # typed, as the walker did
    out = tmp_path / "chart.pdf"
    dialog.path.setText(str(out))
    dialog.password.setText(fx.PASSWORD)
    dialog.confirm.setText(fx.PASSWORD)
    assert dialog.typed()
    dialog.export_button.click()
    wait_ops(qtbot)
    assert out.exists(), dialog.error.text()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())  # type: ignore[attr-defined]
    assert dialog.leave_box is None
    # Typing again after the export is new work: Escape asks again.
    dialog.show()
    QTest.keyClicks(dialog.purpose, "x")
    assert dialog.typed()
    dialog.close()

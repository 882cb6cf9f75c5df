"""Record an authorization by keyboard, found on the real app (fifteenth round): after the
scan was attached the keyboard stayed on "Attach the signed scan…", and Enter (to record)
opened the file chooser again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui import file_dialogs
from vault_app.gui.controller import AppController
from vault_app.services import authorizations

pytestmark = pytest.mark.gui


def test_enter_after_attaching_the_scan_records(unlocked_app: AppController, qtbot, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot)
    scan = tmp_path / "signed-form.pdf"
    scan.write_bytes(b"%PDF-1.4\n% signed form\n")
    choosers: list[str] = []

    def chooser(_parent: object, caption: str, _directory: str, _filters: str = "") -> str:
        choosers.append(caption)  # the modal file chooser, answered as the therapist would
        return str(scan)

    monkeypatch.setattr(file_dialogs, "open_file", chooser)
    dialog = window.chart.authorizations.add()
    dialog.description.setText("Progress notes from March 2024")
    dialog.cover_progress.setChecked(True)
    dialog.discloser.setText("The practice")
    dialog.recipient.setText("Dr. Receiving Psychiatrist")
    dialog.purpose.setText("continuity of care")
    dialog.signer_name.setText("Ada Testperson")
    for box in (dialog.statement_revoke, dialog.statement_conditioning, dialog.statement_redisclosure):
        box.setChecked(True)
    dialog.activateWindow()
    dialog.scan_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.scan_button, timeout=10_000)
    qtbot.keyClick(dialog.scan_button, Qt.Key.Key_Space)  # Space attaches
    assert len(choosers) == 1 and dialog.scan_path == scan
    assert QApplication.focusWidget() is dialog.scan_button
    qtbot.keyClick(dialog.scan_button, Qt.Key.Key_Return)  # Enter records, no second chooser
    wait_ops(qtbot)
    assert len(choosers) == 1
    assert dialog.message.text() == "", dialog.message.text()
    vault = unlocked_app.vault
    assert vault is not None
    (auth,) = authorizations.list_authorizations(vault, client_id)
    assert auth.recipient_name == "Dr. Receiving Psychiatrist"

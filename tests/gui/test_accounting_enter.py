"""Accounting of disclosures by keyboard, found on the real app (fifteenth round): Close
was the first button Qt found, so Enter after typing the PDF password closed the dialog,
the password typed and nothing produced. Enter now produces it, once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.accounting_dialog import AccountingDialog
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


def test_enter_after_the_password_produces_one_accounting(unlocked_app: AppController, qtbot,
                                                          tmp_path: Path) -> None:
    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot, name="Ada Accountable")
    vault = unlocked_app.vault
    assert vault is not None
    out = tmp_path / "accounting.pdf"
    dialog = AccountingDialog(unlocked_app, client_id, window)
    dialog.path.setText(str(out))
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    field = dialog.password.edit
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=10_000)
    qtbot.keyClicks(field, "give-by-phone-7")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    again = dialog.confirm.edit
    qtbot.keyClicks(again, "give-by-phone-7")  # typed twice, as the export wizard asks
    qtbot.keyClick(again, Qt.Key.Key_Return)
    qtbot.keyClick(again, Qt.Key.Key_Return)  # a second Enter at once
    wait_ops(qtbot)
    assert dialog.isVisible()
    assert out.exists()
    provided = list(vault.ledger.entries(kinds=("accounting.provided",)))
    assert len(provided) == 1
    assert str(out) in dialog.result_label.text()
    assert dialog.password.text() == "" and dialog.confirm.text() == ""  # emptied: one Enter more produces nothing
    qtbot.keyClick(again, Qt.Key.Key_Return)
    wait_ops(qtbot)
    assert len(list(vault.ledger.entries(kinds=("accounting.provided",)))) == 1
    assert "already exists" in dialog.result_label.text()  # said beside the form, not in a box

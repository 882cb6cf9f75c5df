"""A PDF asked for with its "Save as" left empty says so, found on the real app (seventeenth
round): a client's account (whose Save as starts empty) sent the empty field on as the current
folder, and the superbill came back as " is a folder: give the name of the superbill's file
inside it", naming nothing the therapist had typed. Nothing is written, logged or recorded."""

from __future__ import annotations

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.account_dialog import AccountDialog
from vault_app.gui.accounting_dialog import AccountingDialog
from vault_app.gui.controller import AppController
from vault_app.gui.open_export_dialog import OpenExportDialog

pytestmark = pytest.mark.gui


def _entries(app: AppController) -> int:
    assert app.vault is not None
    return len(app.vault.ledger.entries())


def test_a_superbill_with_no_file_says_where_to_give_it(unlocked_app: AppController, qtbot) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    dialog = AccountDialog(unlocked_app, chart.client_id, parent=unlocked_app.main_window)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    assert dialog.path.text() == ""  # as the account opens
    dialog.password.setText(fx.PASSWORD)
    before = _entries(unlocked_app)
    dialog.issue_button.click()
    wait_ops(qtbot)
    assert "Save as" in dialog.message.text() and "folder" not in dialog.message.text()
    assert _entries(unlocked_app) == before  # no access request recorded either: it would be logged
    assert dialog.focusWidget() is dialog.path  # the keyboard is put where the file is to be typed
    dialog.close()
    wait_ops(qtbot)


def test_an_accounting_or_open_export_with_no_file_says_so(unlocked_app: AppController, qtbot) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    accounting = AccountingDialog(unlocked_app, chart.client_id, unlocked_app.main_window)
    accounting.show()
    qtbot.waitExposed(accounting)
    accounting.path.setText("  ")
    accounting.password.setText(fx.PASSWORD)
    accounting.confirm.setText(fx.PASSWORD)
    before = _entries(unlocked_app)
    accounting.produce()
    wait_ops(qtbot)
    assert "Save to" in accounting.result_label.text() and "folder" not in accounting.result_label.text()
    assert _entries(unlocked_app) == before
    accounting.close()

    opened = OpenExportDialog(unlocked_app, chart.client_id)
    qtbot.addWidget(opened)
    opened.show()
    wait_ops(qtbot)
    opened.recipient.setText("Alex Testclient")
    opened.purpose.setText("own copy")
    opened.path.setText("")
    opened.password.setText(fx.PASSWORD)
    opened.confirm.setText(fx.PASSWORD)
    opened.export_button.click()
    wait_ops(qtbot)
    assert "Save as" in opened.error.text() and "folder" not in opened.error.text()
    assert _entries(unlocked_app) == before
    opened.close()
    wait_ops(qtbot)

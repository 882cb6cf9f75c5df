"""A statement of dates without a session, made from the client's account (found last round in
the real app: refused with "No session falls within these dates" though the client had paid
in them). It is written, and the message says what it holds instead of "(0 lines)"."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.account_dialog import AccountDialog
from vault_app.gui.controller import AppController
from vault_app.services import billing, sessions

pytestmark = pytest.mark.gui


def test_a_statement_of_a_month_with_only_a_payment(unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    client_id = add_client(unlocked_app, qtbot, name="Paula Payer")
    billing.set_scheduled_fee(vault, "90837", "180.00")
    today = date.today()
    sessions.add_session(vault, client_id, date=(today - timedelta(days=60)).isoformat(), duration_minutes=55)
    billing.record_payment(vault, client_id, paid_on=today.isoformat(), amount="80", method="check")
    dialog = AccountDialog(unlocked_app, client_id, chart_number="1", parent=unlocked_app.main_window)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    dialog.kind.setCurrentIndex(dialog.kind.findData("statement"))
    dialog.first.setDate(QDate(today.year, today.month, today.day).addDays(-10))
    dialog.path.setText(str(tmp_path / "statement.pdf"))
    dialog.password.setText(fx.PASSWORD)
    dialog.issue_button.click()
    wait_ops(qtbot)
    assert (tmp_path / "statement.pdf").exists(), dialog.message.text()
    assert "(the balances: no session or fee in these dates)" in dialog.message.text()
    assert "0 lines" not in dialog.message.text()
    text = " ".join(fx.pdf_text(tmp_path / "statement.pdf"))
    assert "Payments received in these dates $80.00 Balance due" in text and "$100.00" in text
    dialog.close()
    wait_ops(qtbot)

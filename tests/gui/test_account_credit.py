"""The client's account says a credit as one (found in the real app: a client who had paid
$200.00 more than was charged read "Balance: -$200.00"), in English and in Spanish."""

from __future__ import annotations

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui import i18n
from vault_app.gui.account_dialog import AccountDialog
from vault_app.gui.controller import AppController
from vault_app.services import billing, sessions

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(("language", "owed", "credit"), [
    ("en", "Balance: $80.00", "Credit: $40.00"),
    ("es", "Saldo: $80.00", "Saldo a favor: $40.00"),
])
def test_a_credit_reads_as_one(unlocked_app: AppController, qtbot, language: str, owed: str, credit: str) -> None:
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    client_id = add_client(unlocked_app, qtbot, name="Cora Credit")
    billing.set_scheduled_fee(vault, "90837", "180.00")
    sessions.add_session(vault, client_id, date="2026-03-02", duration_minutes=55)
    billing.record_payment(vault, client_id, paid_on="2026-03-02", amount="100", method="check")
    assert i18n.install(language) == language
    try:
        dialog = AccountDialog(unlocked_app, client_id, chart_number="1", parent=window)
        qtbot.addWidget(dialog)
        wait_ops(qtbot)
        assert dialog.balance.text() == owed
        billing.record_payment(vault, client_id, paid_on="2026-03-09", amount="120", method="check")
        dialog.refresh()
        wait_ops(qtbot)
        assert dialog.balance.text() == credit
        dialog.close()
        wait_ops(qtbot)
    finally:
        i18n.install("en")

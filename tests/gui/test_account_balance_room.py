"""The account's balance is read whole, cents included: in Spanish at 150 % it read "Saldo a favor:
$140" while the rows said "-$140.00" (found by the Spanish walker). Its room was that of a large
"Balance:" ("Saldo: -$99,999.99"), and a credit's words are longer ("Saldo a favor: …"): squeezed
by the buttons beside it, the label cut its cents off."""

from __future__ import annotations

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui import i18n
from vault_app.gui.account_dialog import AccountDialog
from vault_app.gui.controller import AppController
from vault_app.services import billing, sessions

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(("language", "credit"), [("en", "Credit: $1,140.00"), ("es", "Saldo a favor: $1,140.00")])
def test_a_credit_is_read_whole_at_the_narrowest(unlocked_app: AppController, qtbot, language: str,
                                                 credit: str) -> None:
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    client_id = add_client(unlocked_app, qtbot, name="Cora Credit")
    sessions.add_session(vault, client_id, date="2026-03-02", duration_minutes=55)
    billing.record_payment(vault, client_id, paid_on="2026-03-02", amount="1140", method="check")
    assert i18n.install(language) == language
    try:
        dialog = AccountDialog(unlocked_app, client_id, chart_number="1", parent=window)
        qtbot.addWidget(dialog)
        dialog.show()
        wait_ops(qtbot)
        assert dialog.balance.text() == credit
        dialog.resize(dialog.minimumSizeHint().width(), dialog.height())
        qtbot.wait(50)
        label = dialog.balance
        room = label.contentsRect().width()
        assert room >= label.fontMetrics().horizontalAdvance(credit), (room, label.width())
        dialog.close()
        wait_ops(qtbot)
    finally:
        i18n.install("en")


def test_the_window_fits_a_laptop_at_150(unlocked_app: AppController, qtbot) -> None:
    """Its room made, the credit did not widen the window past a 1366x768 laptop's edge at 150 %
    (910 logical pixels, the window's frame taken)."""
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    client_id = add_client(unlocked_app, qtbot, name="Cora Credit")
    billing.record_payment(vault, client_id, paid_on="2026-03-02", amount="99999", method="check")
    assert i18n.install("es") == "es"
    try:
        dialog = AccountDialog(unlocked_app, client_id, chart_number="1", parent=window)
        qtbot.addWidget(dialog)
        dialog.show()
        wait_ops(qtbot)
        assert dialog.balance.text() == "Saldo a favor: $99,999.00"
        assert dialog.minimumSizeHint().width() <= 1366 * 2 // 3 - 20, dialog.minimumSizeHint()
        dialog.close()
        wait_ops(qtbot)
    finally:
        i18n.install("en")

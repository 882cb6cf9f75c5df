"""A client's account lists charges and payments newest first by their date, found on the real
app (seventeenth round): the list was sorted on the date as shown ("12/15/2025" after
"10/07/2026" as text), so a client in their second year had last year's December on top of
this year's sessions; and "payment (check)" was cut to "payment (ch…"."""

from __future__ import annotations

from datetime import date

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.account_dialog import AccountDialog
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date
from vault_app.services import billing, sessions

pytestmark = pytest.mark.gui


def test_charges_and_payments_read_newest_first_across_years(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    client_id = add_client(unlocked_app, qtbot, name="Yara Yearlong")
    for day in (date(2025, 11, 20), date(2026, 10, 7), date(2026, 1, 8)):
        sessions.add_session(vault, client_id, date=day.isoformat(), duration_minutes=53)
    billing.record_payment(vault, client_id, paid_on="2025-12-15", amount="60", method="transfer")
    dialog = AccountDialog(unlocked_app, client_id, parent=window)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    tree = dialog.tree
    assert tree.topLevelItemCount() == 4
    shown = [tree.topLevelItem(i).text(0) for i in range(4)]
    assert shown == [show_date(d) for d in (date(2026, 10, 7), date(2026, 1, 8), date(2025, 12, 15),
                                            date(2025, 11, 20))]
    payment = tree.topLevelItem(2)
    assert payment.text(1) == "payment (transfer)"
    # read whole: the column is as wide as what it holds
    assert tree.header().sectionSize(1) >= tree.fontMetrics().horizontalAdvance(payment.text(1))
    dialog.close()
    wait_ops(qtbot)


def test_the_account_opens_from_the_chart_with_no_appointment_on_the_agenda(unlocked_app: AppController,
                                                                             qtbot) -> None:
    """Found on the real app (seventeenth round): the account opened only from the agenda, on
    an appointment of the client in the week shown; a check from a client last seen months ago
    meant paging back through the weeks to find one. Clients > Account… opens the chart's."""
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    window.show_dashboard()
    window.menu_actions["account"].trigger()  # no chart on screen: said, nothing opened
    assert "Open a client's chart first" in window.status_label.text()
    assert window.findChild(AccountDialog) is None
    client_id = add_client(unlocked_app, qtbot, name="Olga Oldcheck")
    sessions.add_session(vault, client_id, date="2026-01-08", duration_minutes=53)
    window.menu_actions["account"].trigger()
    wait_ops(qtbot)
    (dialog,) = window.findChildren(AccountDialog)
    assert dialog.client_id == client_id and dialog.isVisible()
    assert dialog.windowTitle() == f"Account · chart {window.chart.shown_client().chart_number}"
    assert dialog.tree.topLevelItemCount() == 1
    dialog.amount.setText("80")
    dialog.record_payment()
    wait_ops(qtbot)
    assert [p.amount_cents for p in billing.account(vault, client_id).payments] == [8000]
    dialog.close()
    wait_ops(qtbot)


def test_a_payment_entered_by_mistake_is_deleted_after_a_question(unlocked_app: AppController, qtbot) -> None:
    """Found on the real app (seventeenth round): a payment typed wrong (1400 for 140) could be
    taken back only with 'vault-app payment delete'; the account had no way to."""
    from PySide6.QtWidgets import QMessageBox

    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    client_id = add_client(unlocked_app, qtbot, name="Tess Typedwrong")
    sessions.add_session(vault, client_id, date="2026-01-08", duration_minutes=53)
    billing.record_payment(vault, client_id, paid_on="2026-01-08", amount="1400", method="check")
    dialog = AccountDialog(unlocked_app, client_id, parent=window)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))  # the session (listed first on the same day)
    assert dialog.tree.currentItem().text(1) == "session"
    assert dialog.delete_payment() is None and "Choose a payment" in dialog.message.text()
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(1))
    box = dialog.delete_payment()
    assert isinstance(box, QMessageBox)
    qtbot.waitExposed(box)
    assert "-$1,400.00" not in box.informativeText() and "$1,400.00" in box.informativeText()
    box.reject()  # Cancel: nothing deleted
    wait_ops(qtbot)
    assert len(billing.account(vault, client_id).payments) == 1
    box = dialog.delete_payment()
    assert isinstance(box, QMessageBox)
    (delete,) = [b for b in box.buttons() if b.text().replace("&", "") == "Delete the payment"]
    delete.click()
    wait_ops(qtbot)
    assert billing.account(vault, client_id).payments == ()
    assert "Payment deleted." in dialog.message.text()
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 1, timeout=10_000)  # the list follows
    assert [e.kind for e in vault.ledger.entries()][-1] == "payment.deleted"
    dialog.close()
    wait_ops(qtbot)

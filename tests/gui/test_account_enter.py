"""A payment typed into a client's account, by keyboard, found on the real app (fifteenth
round): with no button of its own Enter went to the first one, "Set the selected session's
fee…", so 140 typed as a payment and Enter opened the session fee's question (where the
next 140 would have repriced the session) and no payment was recorded."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui import account_dialog
from vault_app.gui.account_dialog import AccountDialog
from vault_app.gui.controller import AppController
from vault_app.services import billing, sessions

pytestmark = pytest.mark.gui


def test_enter_in_the_amount_records_one_payment_and_nothing_else(unlocked_app: AppController, qtbot,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot, name="Pia Payswell")
    vault = unlocked_app.vault
    assert vault is not None
    session = sessions.add_session(vault, client_id, date=date.today().isoformat(), duration_minutes=53)
    asked: list[str] = []

    def question(_parent: object, title: str, _label: str, *_a: object, **_k: object) -> tuple[str, bool]:
        asked.append(title)  # the session fee's modal question, answered "Cancel"
        return "", False

    monkeypatch.setattr(account_dialog.QInputDialog, "getText", question)
    dialog = AccountDialog(unlocked_app, client_id, parent=window)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))  # a session chosen in the list
    fee_before = billing.session_fee(vault, session.session_id)
    dialog.activateWindow()
    dialog.amount.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.amount, timeout=10_000)
    qtbot.keyClicks(dialog.amount, "140")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)  # a second Enter, at once
    wait_ops(qtbot)
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)  # and once it is recorded (the field is empty)
    wait_ops(qtbot)
    assert asked == []
    (payment,) = billing.account(vault, client_id).payments
    assert payment.amount_cents == 14000
    assert billing.session_fee(vault, session.session_id) == fee_before
    assert "Payment of $140.00 recorded." in dialog.message.text()
    assert dialog.isVisible()

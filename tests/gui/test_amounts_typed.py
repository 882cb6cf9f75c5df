"""Fees, payments and a session's charge typed the way the practice writes amounts. Found in
the real app: a practice in Spain (es_ES), whose screens read every amount as 85,50 US$, typed
its fee as 85,50 and was told "Dollars and cents with a point". A US practice's "85,50" stays
refused, saying how to write it (85.50), with nothing stored and nothing typed lost."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.domain.billing import FeePolicy
from vault_app.gui import account_dialog, dates
from vault_app.gui.account_dialog import AccountDialog
from vault_app.gui.controller import AppController
from vault_app.gui.fees_dialog import FeesDialog
from vault_app.services import billing, sessions

pytestmark = pytest.mark.gui


@pytest.fixture
def spain(unlocked_app: AppController, qtbot) -> Iterator[None]:
    wait_ops(qtbot)  # the practice's own locale, read after the unlock, first
    dates.set_practice_locale("es_ES")
    yield
    dates.set_practice_locale("en_US")


@pytest.mark.usefixtures("spain")
def test_a_practice_in_spain_types_its_fees_with_a_decimal_comma(unlocked_app: AppController, qtbot) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    dialog = FeesDialog(unlocked_app)
    qtbot.addWidget(dialog)
    wait_ops(qtbot)
    assert dialog.amount.placeholderText() == "e.g. 180,00"
    assert any("Empty: no fee. 0,00: recorded" in label.text() for label in dialog.findChildren(QLabel))

    dialog.code.setCurrentText("90837")
    dialog.amount.setText("85,50")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    wait_ops(qtbot)
    assert billing.fee_schedule(vault) == {"90837": 8550}
    dialog.code.setCurrentText("90834")
    dialog.amount.setText("1.250,00")
    dialog.set_button.click()
    wait_ops(qtbot)
    assert billing.fee_schedule(vault) == {"90834": 125000, "90837": 8550}
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(1))
    assert dialog.amount.text() == "85,50"  # to edit, as it is read back

    # a point where the cents go: refused, written the practice's way, nothing lost
    dialog.code.setCurrentText("90832")
    dialog.amount.setText("85.50")
    dialog.set_button.click()
    wait_ops(qtbot)
    assert 'The fee "85.50" is not written the way this practice writes amounts: write 85,50.' \
        in dialog.message.text()
    assert dialog.amount.text() == "85.50" and "90832" not in billing.fee_schedule(vault)

    dialog.no_show.setText("25,5")
    dialog.late_cancel.setText("40")
    dialog.policy_button.click()
    wait_ops(qtbot)
    assert billing.policy(vault) == FeePolicy(no_show_cents=2550, late_cancel_cents=4000)
    assert dialog.no_show.text() == "25,50" and dialog.late_cancel.text() == "40,00"


@pytest.mark.usefixtures("spain")
def test_a_payment_and_a_session_fee_with_a_decimal_comma(unlocked_app: AppController, qtbot,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    client_id = add_client(unlocked_app, qtbot, name="Paz Pagada")
    session = sessions.add_session(vault, client_id, date=date.today().isoformat(), duration_minutes=53)
    dialog = AccountDialog(unlocked_app, client_id)
    qtbot.addWidget(dialog)
    wait_ops(qtbot)
    assert dialog.amount.placeholderText() == "e.g. 140,00"
    dialog.amount.setText("140,50")
    dialog.pay_button.click()
    wait_ops(qtbot)
    (payment,) = billing.account(vault, client_id).payments
    assert payment.amount_cents == 14050

    asked: list[str] = []

    def question(_parent: object, _title: str, label: str, *_a: object, **_k: object) -> tuple[str, bool]:
        asked.append(label)  # the session fee's modal question, answered "95,25"
        return "95,25", True

    monkeypatch.setattr(account_dialog.QInputDialog, "getText", question)
    dialog.tree.setCurrentItem(next(dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())
                                    if dialog.tree.topLevelItem(i).data(0, account_dialog.SESSION_ROLE)))
    dialog.fee_button.click()
    wait_ops(qtbot)
    assert asked == ["Fee for this session (e.g. 140,00):"]
    assert billing.session_fee(vault, session.session_id) == (9525, "edited")


def test_a_us_practice_s_decimal_comma_is_refused_saying_how_to_write_it(unlocked_app: AppController,
                                                                          qtbot) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    client_id = add_client(unlocked_app, qtbot, name="Uma Unpaid")
    dialog = AccountDialog(unlocked_app, client_id)
    qtbot.addWidget(dialog)
    wait_ops(qtbot)
    dialog.amount.setText("85,50")
    dialog.pay_button.click()
    wait_ops(qtbot)
    assert 'The payment "85,50" is not written the way this practice writes amounts: write 85.50.' \
        in dialog.message.text()
    assert billing.account(vault, client_id).payments == () and dialog.amount.text() == "85,50"
    dialog.amount.setText("1,250")
    dialog.pay_button.click()
    wait_ops(qtbot)
    (payment,) = billing.account(vault, client_id).payments
    assert payment.amount_cents == 125000

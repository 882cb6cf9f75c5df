"""A money field refused keeps what was typed, so it can be corrected rather than typed again.
Found by a walker on Spanish screens of an es_US practice: the fee dialog refused "140,00" with a
clear message, and the amount field was empty under it."""

from __future__ import annotations

from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.fees_dialog import FeesDialog
from vault_app.services import billing


def test_a_refused_fee_keeps_what_was_typed(unlocked_app: AppController, qtbot, spanish: None) -> None:
    dialog = FeesDialog(unlocked_app, unlocked_app.main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops(qtbot)
    dialog.code.setCurrentText("90834")
    dialog.amount.setText("140,00")
    dialog.set_fee()
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=10_000)
    wait_ops(qtbot)
    assert dialog.amount.text() == "140,00", dialog.message.text()
    assert dialog.code.currentText() == "90834"
    assert unlocked_app.vault is not None
    assert "90834" not in billing.fee_schedule(unlocked_app.vault)


def test_a_refused_policy_keeps_what_was_typed(unlocked_app: AppController, qtbot, spanish: None) -> None:
    dialog = FeesDialog(unlocked_app, unlocked_app.main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops(qtbot)
    dialog.no_show.setText("75,5x")
    dialog.late_cancel.setText("40")
    dialog.save_policy()
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=10_000)
    wait_ops(qtbot)
    assert (dialog.no_show.text(), dialog.late_cancel.text()) == ("75,5x", "40"), dialog.message.text()


def test_a_refused_session_fee_is_asked_again_with_what_was_typed(unlocked_app: AppController, qtbot,
                                                                  monkeypatch) -> None:
    """The session fee is a modal question: refused, it closed and "140,00" was gone (the
    walker's screenshot: the refusal under an Account window with nothing to correct)."""
    from datetime import date

    from tests.gui.test_chart import add_client
    from vault_app.gui import account_dialog
    from vault_app.services import sessions

    vault = unlocked_app.vault
    assert vault is not None
    client_id = add_client(unlocked_app, qtbot, name="Nuria Nofee")
    session = sessions.add_session(vault, client_id, date=date.today().isoformat(), duration_minutes=53)
    asked: list[tuple[str, str]] = []

    def question(_parent: object, _title: str, label: str, *a: object, **_k: object) -> tuple[str, bool]:
        asked.append((label, str(a[1]) if len(a) > 1 else ""))
        return ("140,00", True) if len(asked) == 1 else ("", False)  # then Cancel

    monkeypatch.setattr(account_dialog.QInputDialog, "getText", question)
    dialog = account_dialog.AccountDialog(unlocked_app, client_id)
    qtbot.addWidget(dialog)
    wait_ops(qtbot)
    dialog.tree.setCurrentItem(next(dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())
                                    if dialog.tree.topLevelItem(i).data(0, account_dialog.SESSION_ROLE)))
    dialog.fee_button.click()
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=10_000)
    wait_ops(qtbot)
    (first, _), (again, typed) = asked
    assert typed == "140,00"  # what was typed, to correct
    assert "140,00" in again and again.endswith(first), again  # the refusal said above the question
    assert "140,00" in dialog.message.text()
    assert billing.session_fee(vault, session.session_id)[0] is None


def test_a_refused_payment_keeps_what_was_typed(unlocked_app: AppController, qtbot) -> None:
    from tests.gui.test_chart import add_client
    from vault_app.gui.account_dialog import AccountDialog

    vault = unlocked_app.vault
    assert vault is not None
    client_id = add_client(unlocked_app, qtbot, name="Pilar Paysoon")
    dialog = AccountDialog(unlocked_app, client_id)
    qtbot.addWidget(dialog)
    wait_ops(qtbot)
    dialog.amount.setText("85,50")
    dialog.reference.setText("cheque 1042")
    dialog.pay_button.click()
    qtbot.waitUntil(lambda: "85,50" in dialog.message.text(), timeout=10_000)
    wait_ops(qtbot)
    assert (dialog.amount.text(), dialog.reference.text()) == ("85,50", "cheque 1042")
    assert not billing.account(vault, client_id).payments

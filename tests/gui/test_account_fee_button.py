"""The Account window's "Set the selected session's fee…" button, pressed as a therapist presses it.

Found by a walker on Spanish screens (round 44): the button did nothing, click or Alt letter, and
the app's log held a TypeError: the button's clicked(bool) reached set_fee as what was typed, and
QInputDialog.getText refused a bool. The tests that came before called set_fee() themselves, or
replaced QInputDialog.getText, so the real question was never asked. Here the real button is
clicked and the real question answered."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.services import billing


def test_the_fee_button_asks_for_the_fee_and_sets_it(unlocked_app: AppController, qtbot, spanish: None) -> None:
    from tests.gui.test_chart import add_client
    from vault_app.gui import account_dialog
    from vault_app.services import sessions

    vault = unlocked_app.vault
    assert vault is not None
    client_id = add_client(unlocked_app, qtbot, name="Marta Honorarios")
    session = sessions.add_session(vault, client_id, date=date.today().isoformat(), duration_minutes=53)
    dialog = account_dialog.AccountDialog(unlocked_app, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops(qtbot)
    dialog.tree.setCurrentItem(next(dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())
                                    if dialog.tree.topLevelItem(i).data(0, account_dialog.SESSION_ROLE)))
    asked: list[str] = []

    def answer() -> None:
        question = QApplication.activeModalWidget()
        if not isinstance(question, QInputDialog):
            QTimer.singleShot(50, answer)
            return
        asked.append(question.labelText())
        question.setTextValue("140.00")
        question.accept()

    QTimer.singleShot(50, answer)
    QTimer.singleShot(5_000, lambda: asked or asked.append(""))  # never asked: the wait below ends
    dialog.fee_button.click()
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert asked[0], "the button asked nothing"
    assert "140" in asked[0]  # its example amount, in the practice's way
    qtbot.waitUntil(lambda: billing.session_fee(vault, session.session_id)[0] is not None, timeout=10_000)
    wait_ops(qtbot)
    assert billing.session_fee(vault, session.session_id)[0] == 14000

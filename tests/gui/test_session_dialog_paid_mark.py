"""Correct session details offers "Paid" as a billing mark; beside it the dialog says that a mark
is not a payment and does not lower the balance (the account's "paid" is a recorded payment,
domain/billing.shown_billing_state). Found: the dialog offered "Paid" with no word of it, and a
therapist who chose it expected the balance to drop. Real vault, real widgets, both languages."""

from __future__ import annotations

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.services import clients, sessions

pytestmark = pytest.mark.gui


def _dialog(unlocked_app: AppController, qtbot, mark: str):  # type: ignore[no-untyped-def]
    from vault_app.gui.session_dialog import SessionDialog

    vault = unlocked_app.vault
    assert vault is not None
    client = clients.create_client(vault, "Ilse Marrow")
    session = sessions.add_session(vault, client.client_id, date=fx.days_ago(3), start_time="10:00",
                                   duration_minutes=53, billing_status=mark)
    window = unlocked_app.main_window
    assert window is not None
    dialog = SessionDialog(unlocked_app, session, parent=window)  # closed with the window, as in the app
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    return dialog


def test_choosing_paid_says_it_is_only_a_mark(unlocked_app: AppController, qtbot) -> None:
    dialog = _dialog(unlocked_app, qtbot, "billed")
    assert not dialog.paid_note.isVisible()
    dialog.billing.setCurrentIndex(dialog.billing.findData("paid"))
    qtbot.waitUntil(dialog.paid_note.isVisible)
    assert "does not lower the balance" in dialog.paid_note.text()
    assert "Clients > Account" in dialog.paid_note.text()
    dialog.billing.setCurrentIndex(dialog.billing.findData("self_pay"))
    qtbot.waitUntil(lambda: not dialog.paid_note.isVisible())
    assert dialog.changes() == {"billing_status": "self_pay"}, "the note changes nothing that is sent"


def test_a_session_marked_paid_says_so_in_spanish(unlocked_app: AppController, qtbot, spanish: None) -> None:
    dialog = _dialog(unlocked_app, qtbot, "paid")
    assert dialog.billing.currentText() == "Pagada"
    assert dialog.paid_note.isVisible()
    assert "no reduce el saldo" in dialog.paid_note.text() and "Clientes > Cuenta" in dialog.paid_note.text()

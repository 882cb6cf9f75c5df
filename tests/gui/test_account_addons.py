"""A session's add-on codes on the client's account (found last round in the real app: a crisis
session's 90840 ×2 was listed on the superbill with no fee and counted nowhere): each add-on code
a row with its units and fee, in the balance; a code with no fee set reads so, with a warning,
in English and in Spanish."""

from __future__ import annotations

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui import i18n
from vault_app.gui.account_dialog import AccountDialog
from vault_app.gui.controller import AppController
from vault_app.services import billing, sessions

pytestmark = pytest.mark.gui


def _rows(dialog: AccountDialog) -> list[list[str]]:
    tree = dialog.tree
    return [[tree.topLevelItem(i).text(c) for c in range(1, 4)] for i in range(tree.topLevelItemCount())]


@pytest.mark.parametrize(("language", "rows", "balance", "warning"), [
    ("en", [["session", "90839", "$250.00"], ["add-on code", "90840 ×2", "$180.00"],
            ["add-on code", "90785", "no fee set"]], "Balance: $430.00",
     "No fee is set for code 90785: it adds nothing to the charges until its fee is set (Fee schedule…)."),
    ("es", [["sesión", "90839", "$250.00"], ["código adicional", "90840 ×2", "$180.00"],
            ["código adicional", "90785", "sin honorario fijado"]], "Saldo: $430.00",
     "El código 90785 no tiene honorario fijado: no suma nada a los cargos hasta que se fije (Tarifas…)."),
])
def test_add_on_codes_are_priced_on_the_account(unlocked_app: AppController, qtbot, language: str,
                                                rows: list[list[str]], balance: str, warning: str) -> None:
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    client_id = add_client(unlocked_app, qtbot, name="Ada Addon")
    billing.set_scheduled_fee(vault, "90839", "250.00")
    billing.set_scheduled_fee(vault, "90840", "90.00")
    sessions.add_session(vault, client_id, date="2026-03-02", duration_minutes=120, service_type="crisis",
                         addon_codes=["90840", "90840", "90785"])
    assert i18n.install(language) == language
    try:
        dialog = AccountDialog(unlocked_app, client_id, chart_number="1", parent=window)
        qtbot.addWidget(dialog)
        wait_ops(qtbot)
        assert _rows(dialog) == rows
        assert dialog.balance.text() == balance
        assert dialog.unpriced.text() == warning and not dialog.unpriced.isHidden()
        # the fee set, the session takes it and the warning goes
        billing.set_scheduled_fee(vault, "90785", "25.00")
        dialog.refresh()
        wait_ops(qtbot)
        assert _rows(dialog)[2][2] == "$25.00" and dialog.unpriced.isHidden()
        dialog.close()
        wait_ops(qtbot)
    finally:
        i18n.install("en")

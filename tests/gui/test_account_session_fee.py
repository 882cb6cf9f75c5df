"""A session recorded before its code had a fee, on the client's account (found this round: the
first week's sessions stayed $0.00 once the fee schedule was filled in): it reads "no fee set"
with the warning, then the fee set for its code, in English and in Spanish."""

from __future__ import annotations

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui import i18n
from vault_app.gui.account_dialog import AccountDialog
from vault_app.gui.controller import AppController
from vault_app.services import billing, sessions

pytestmark = pytest.mark.gui


def _amounts(dialog: AccountDialog) -> list[str]:
    return [dialog.tree.topLevelItem(i).text(3) for i in range(dialog.tree.topLevelItemCount())]


@pytest.mark.parametrize(("language", "unpriced", "warning", "balance"), [
    ("en", "no fee set",
     "No fee is set for code 90837: it adds nothing to the charges until its fee is set (Fee schedule…).",
     "Balance: $360.00"),
    ("es", "sin honorario fijado",
     "El código 90837 no tiene honorario fijado: no suma nada a los cargos hasta que se fije (Tarifas…).",
     "Saldo: $360.00"),
])
def test_a_session_with_no_fee_takes_the_fee_set_later(unlocked_app: AppController, qtbot, language: str,
                                                       unpriced: str, warning: str, balance: str) -> None:
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    client_id = add_client(unlocked_app, qtbot, name="Fern Firstweek")
    for day in ("2026-03-02", "2026-03-09"):
        sessions.add_session(vault, client_id, date=day, duration_minutes=53)
    assert i18n.install(language) == language
    try:
        dialog = AccountDialog(unlocked_app, client_id, chart_number="1", parent=window)
        qtbot.addWidget(dialog)
        wait_ops(qtbot)
        assert _amounts(dialog) == [unpriced, unpriced]
        assert dialog.unpriced.text() == warning and not dialog.unpriced.isHidden()
        billing.set_scheduled_fee(vault, "90837", "180.00")
        billing.set_scheduled_fee(vault, "90837", "200.00")  # a change later: they keep the 180
        dialog.refresh()
        wait_ops(qtbot)
        assert _amounts(dialog) == ["$180.00", "$180.00"]
        assert dialog.balance.text() == balance and dialog.unpriced.isHidden()
        dialog.close()
        wait_ops(qtbot)
    finally:
        i18n.install("en")

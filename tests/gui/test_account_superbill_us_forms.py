"""The account window says, beside Superbill, that a superbill writes US dates and amounts
whatever Dates and money says (it is for a US health plan: domain/document_dates). Found on
the real app: a practice in Spain, whose every screen and statement says 05/12/2026 and
1.140,50 US$, got a superbill of 10/23/2026 and $1,140.50 without a word why."""

from __future__ import annotations

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui import dates, i18n
from vault_app.gui.account_dialog import AccountDialog
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(("language", "locale", "said"), [
    ("es", "es_ES", "Un superbill es para el seguro médico estadounidense del cliente: sus fechas se escriben "
                    "como en EE. UU. (mes/día/año: 10/23/2026) y sus importes también ($1,140.50), diga lo que "
                    "diga Fechas e importes."),
    ("en", "en_GB", "A superbill is for the client's US health plan: its dates are written as the US writes "
                    "them (month/day/year: 10/23/2026), and its amounts too ($1,140.50), whatever Dates and "
                    "money says."),
    ("en", "en_US", ""),
])
def test_the_superbill_says_it_is_written_the_us_way(unlocked_app: AppController, qtbot, language: str,
                                                     locale: str, said: str) -> None:
    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot, name="Iria Superbill")
    assert i18n.install(language) == language
    dates.set_practice_locale(locale)
    try:
        dialog = AccountDialog(unlocked_app, client_id, chart_number="1", parent=window)
        qtbot.addWidget(dialog)
        dialog.show()
        wait_ops(qtbot)
        assert dialog.kind.currentData() == "superbill"
        assert dialog.us_forms.text() == said
        assert dialog.us_forms.isVisible() is bool(said)
        dialog.kind.setCurrentIndex(dialog.kind.findData("statement"))  # the statement follows Dates and money
        assert not dialog.us_forms.isVisible()
        dialog.kind.setCurrentIndex(dialog.kind.findData("superbill"))
        assert dialog.us_forms.isVisible() is bool(said)
        dialog.close()
        wait_ops(qtbot)
    finally:
        dates.set_practice_locale("en_US")
        i18n.install("en")

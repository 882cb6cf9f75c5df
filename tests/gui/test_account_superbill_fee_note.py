"""Beside Superbill, before the PDF, the account window says which services have no fee and that a
superbill listing them is refused (domain/superbill_fees), as it says a missing NPI; the note goes
once the fee is set, and is not shown for a statement. In English and in Spanish."""

from __future__ import annotations

import pytest

from tests.core.payable_practice import payable
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui import i18n
from vault_app.gui.account_dialog import AccountDialog
from vault_app.gui.controller import AppController
from vault_app.services import billing, sessions

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(("language", "note"), [
    ("en", "No fee is set for 90785: a superbill listing it is refused (a health plan pays from each service's "
           "charge). Set the fee with Fee schedule… (or the session's own) first; a statement can be made as it is."),
    ("es", "No hay honorario fijado para 90785: un superbill que lo incluya se rechaza (un plan de salud paga a "
           "partir del cargo de cada servicio). Fije antes el honorario con Tarifas… (o el de la propia sesión); un "
           "estado de cuenta se puede hacer tal como está."),
])
def test_the_note_beside_superbill_names_the_services_without_a_fee(unlocked_app: AppController, qtbot,
                                                                    language: str, note: str) -> None:
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    payable(vault)  # the practice's details set: the note says only the fees
    client_id = add_client(unlocked_app, qtbot, name="Noa Feeless")
    billing.set_scheduled_fee(vault, "90834", "150.00")
    sessions.add_session(vault, client_id, date="2026-03-09", duration_minutes=45, cpt_code="90834",
                         addon_codes=["90785"])
    assert i18n.install(language) == language
    try:
        dialog = AccountDialog(unlocked_app, client_id, chart_number="1", parent=window)
        qtbot.addWidget(dialog)
        wait_ops(qtbot)
        assert dialog.kind.currentData() == "superbill"
        assert dialog.provider.text() == note and not dialog.provider.isHidden()
        dialog.kind.setCurrentIndex(dialog.kind.findData("statement"))
        assert dialog.provider.isHidden()
        dialog.kind.setCurrentIndex(dialog.kind.findData("superbill"))
        assert not dialog.provider.isHidden()
        billing.set_scheduled_fee(vault, "90785", "25.00")
        dialog.refresh()
        wait_ops(qtbot)
        assert dialog.provider.isHidden()
        dialog.close()
        wait_ops(qtbot)
    finally:
        i18n.install("en")

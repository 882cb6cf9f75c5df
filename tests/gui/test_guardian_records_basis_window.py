"""The Guardians window offers the basis on which a parent who may not sign still has the child's records
as a choice (the custody order, another court order, the state's law, another in words; each with its
citation), with the words beside it; the state's law without saying which is refused, the keyboard at the
words; in the window's language. It was a line of free text. Real vault, real widgets, the real es.ts."""

from __future__ import annotations

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.services import clients, guardians, practice

pytestmark = pytest.mark.gui


def test_the_basis_is_chosen_with_its_words_in_spanish(spanish_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    vault = spanish_app.vault
    assert vault is not None
    fx.set_practice(vault)
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 14})
    client_id = clients.create_client(vault, "Maya Lopez", date_of_birth=fx.born_years_ago(10)).client_id
    father = guardians.add_guardian(vault, client_id, "Ned Roe", authority="parent", relationship="father",
                                    may_authorize=False)
    window = spanish_app.main_window
    assert window is not None
    window.open_chart(client_id)
    wait_ops(qtbot)
    dialog = window.chart.overview.edit_guardians()
    assert dialog is not None
    wait_ops(qtbot)
    dialog.select(father.guardian_id)
    box = dialog.records_basis
    assert box.isEnabled() and dialog.records_access.isEnabled()
    shown = [box.itemText(i) for i in range(box.count())]
    assert shown[0] == "ninguno anotado" and "la orden de custodia o el plan de crianza le da los registros" in shown
    assert "164.502(g)" in str(box.itemData(box.findData("custody_order"), 3))  # its citation, as its tip
    box.setCurrentIndex(box.findData("state_law"))
    dialog.save_button.click()
    wait_ops(qtbot)
    assert "Diga el fundamento" in dialog.message.text() and dialog.records_access.hasFocus(), dialog.message.text()
    assert not clients.get_client(vault, client_id).guardians[0].has_records_basis, "nothing saved"
    box.setCurrentIndex(box.findData("custody_order"))
    dialog.records_access.setText("orden del 03/02/2026, sección 4")
    dialog.save_button.click()
    wait_ops(qtbot)
    (saved,) = clients.get_client(vault, client_id).guardians
    assert saved.records_access_code == "custody_order"
    assert saved.records_access_basis == "orden del 03/02/2026, sección 4"
    assert dialog.list.topLevelItem(0).text(3) == "no; registros según el fundamento anotado"
    dialog.records_access.clear()  # the words alone cleared: the choice stays, kept as chosen
    dialog.save_button.click()
    wait_ops(qtbot)
    (kept,) = clients.get_client(vault, client_id).guardians
    assert (kept.records_access_code, kept.records_access_basis) == ("custody_order", "")
    dialog.reject()
    wait_ops(qtbot)

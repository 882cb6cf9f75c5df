"""A father who asked for his 15-year-old's records, then recorded as not allowed to sign (a custody order
limits his authority), in the window's language: the Guardians window says, as it saves, that his open
request needs review; the copy's window greys him and the client, with the reason, and proposes no copy
(the client's copy answered his request before; 45 CFR 164.502(g)(1), (g)(3), (g)(5)). Real vault, real
widgets, the real es.ts."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QStandardItemModel

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.services import access_copy, clients, guardians, practice, requests

pytestmark = pytest.mark.gui


def test_the_request_of_a_parent_limited_since_needs_review_in_spanish(
        spanish_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    from vault_app.gui.access_copy_dialog import AccessCopyDialog

    vault = spanish_app.vault
    assert vault is not None
    fx.set_practice(vault)
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 14})
    client_id = clients.create_client(vault, "Maya Lopez", date_of_birth=fx.born_years_ago(15)).client_id
    father = guardians.add_guardian(vault, client_id, "Ned Roe", authority="parent", relationship="father")
    asked = requests.add_request(vault, client_id, kind="access", received_on=fx.days_ago(3),
                                 guardian_id=father.guardian_id)
    window = spanish_app.main_window
    assert window is not None
    window.open_chart(client_id)
    wait_ops(qtbot)
    dialog = window.chart.overview.edit_guardians()
    assert dialog is not None
    wait_ops(qtbot)
    dialog.select(father.guardian_id)
    dialog.may_authorize.setChecked(False)
    dialog.save_button.click()
    wait_ops(qtbot)
    said = dialog.message.text()
    assert asked.id in said and "requiere su revisión" in said and "Registros pese a la limitación" in said, said
    assert "--" not in said, "no command line words"
    dialog.reject()
    wait_ops(qtbot)

    copy = AccessCopyDialog(spanish_app, asked.id)
    qtbot.addWidget(copy)
    copy.show()
    qtbot.waitUntil(lambda: copy.recipient.findData(father.guardian_id) >= 0)
    model = copy.recipient.model()
    assert isinstance(model, QStandardItemModel)
    for key in (access_copy.CLIENT, father.guardian_id):
        assert not model.item(copy.recipient.findData(key)).isEnabled(), key
    assert copy.recipient.currentData() != access_copy.CLIENT
    reasons = copy.barred_label.text()
    assert "requiere su revisión" in reasons and "Ned Roe" in reasons, reasons
    copy.reject()

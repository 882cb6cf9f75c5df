"""Client details' "Agreed by" list follows the Guardians window while the form is open: a parent recorded
meanwhile is offered, one removed is no longer (it filled only when the form opened, so a parent added in
the Guardians window beside it could not be chosen). What was chosen stays chosen. Real vault, real widgets,
the window's change notices (AppController.changed)."""

from __future__ import annotations

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from tests.gui.test_confidential_care_gui import _details, _minor
from vault_app.gui.controller import AppController
from vault_app.services import guardians

pytestmark = pytest.mark.gui


def test_agreed_by_follows_the_guardians_while_open(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, client_id, mother = _minor(unlocked_app, qtbot)
    dialog = _details(window, qtbot)
    rows = dialog.agreement
    rows.agreed_on.setText(fx.days_ago(7).isoformat())
    rows.agreed_by.setCurrentIndex(rows.agreed_by.findData(mother))
    added: list[str] = []
    unlocked_app.op(None, lambda v: added.append(
        guardians.add_guardian(v, client_id, "John Roe", authority="parent").guardian_id)).run()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: bool(added) and rows.agreed_by.findData(added[0]) >= 0)
    assert rows.agreed_by.itemText(rows.agreed_by.findData(added[0])) == "John Roe"
    assert rows.agreed_by.currentData() == mother, "the choice made stays"
    unlocked_app.op(None, lambda v: guardians.remove_guardian(v, client_id, added[0])).run()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: rows.agreed_by.findData(added[0]) < 0)
    assert rows.agreed_by.currentData() == mother
    # A non-parental representative (a health care agent) is not one who agrees (164.502(g)(3)(i)(C)).
    unlocked_app.op(None, lambda v: guardians.add_guardian(v, client_id, "Pat Agent",
                                                           authority="health_care_agent")).run()
    wait_ops(qtbot)
    assert rows.agreed_by.findText("Pat Agent") < 0

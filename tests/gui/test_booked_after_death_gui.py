"""Client details: a date of death recorded while appointments are booked after it says so, and "Cancel them"
cancels them (by the therapist, no fee); "Leave them" leaves the agenda as it is. Found by the date of death's
author: they stayed on the agenda without a word. Real widgets, a real vault."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.client_details import ClientDetailsDialog
from vault_app.gui.controller import AppController
from vault_app.services import appointments, clients

pytestmark = pytest.mark.gui


def _recorded(app: AppController, qtbot) -> tuple[str, QMessageBox]:  # type: ignore[no-untyped-def]
    vault = app.vault
    assert vault is not None
    walter = clients.create_client(vault, "Walter Ames", date_of_birth="1950-03-02").client_id
    appointments.schedule(vault, walter, date=fx.today() + timedelta(days=2), start="10:00", recurrence="weekly",
                          count=2)
    dialog = ClientDetailsDialog(app, clients.get_client(vault, walter), parent=app.main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops(qtbot)
    dialog.died_on.set_day(fx.days_ago(3))
    dialog.save_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: dialog.after_death_notice is not None and dialog.after_death_notice.isVisible())
    box = dialog.after_death_notice
    assert box is not None
    assert "2 appointments are still booked after the date of death" in box.text()
    assert "Cancel them here" in box.informativeText() and "Walter" not in box.informativeText()
    assert {a.status for a in appointments.list_for_client(vault, walter)} == {"scheduled"}, "not cancelled yet"
    return walter, box


def _button(box: QMessageBox, words: str):  # type: ignore[no-untyped-def]
    return next(b for b in box.buttons() if b.text().replace("&", "") == words)


def test_cancel_them_cancels_each_by_the_therapist(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    walter, box = _recorded(unlocked_app, qtbot)
    _button(box, "Cancel them").click()
    wait_ops(qtbot)
    assert unlocked_app.vault is not None
    assert {a.status for a in appointments.list_for_client(unlocked_app.vault, walter)} == {"cancelled_by_therapist"}


def test_leave_them_leaves_the_agenda(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    walter, box = _recorded(unlocked_app, qtbot)
    _button(box, "Leave them").click()
    wait_ops(qtbot)
    assert unlocked_app.vault is not None
    assert {a.status for a in appointments.list_for_client(unlocked_app.vault, walter)} == {"scheduled"}

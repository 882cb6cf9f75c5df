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


def _told(app: AppController, qtbot, name: str) -> QMessageBox:  # type: ignore[no-untyped-def]
    window = app.main_window
    assert window is not None
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, name) is not None)
    box = window.findChild(QMessageBox, name)
    assert box is not None and box.isVisible()
    return box


def test_cancel_them_says_how_many_were_cancelled(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    # Found by the date of death's author: "Cancel them" did its work and nothing said so.
    _walter, box = _recorded(unlocked_app, qtbot)
    _button(box, "Cancel them").click()
    wait_ops(qtbot)
    told = _told(unlocked_app, qtbot, "afterDeathCancelledNotice")
    assert told.text() == "2 appointments after the date of death were cancelled."
    assert "By the therapist, no fee" in told.informativeText() and "Walter" not in told.informativeText()
    told.accept()


def test_one_changed_meanwhile_is_said_and_the_rest_cancelled(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    walter, box = _recorded(unlocked_app, qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    first = appointments.list_for_client(vault, walter)[0]
    appointments.set_status(vault, first.appointment_id, "cancelled_by_client")  # on the agenda, meanwhile
    _button(box, "Cancel them").click()
    wait_ops(qtbot)
    told = _told(unlocked_app, qtbot, "afterDeathCancelledNotice")
    assert told.text() == "1 appointment after the date of death was cancelled."
    assert "1 was no longer booked" in told.informativeText()
    assert sorted(a.status for a in appointments.list_for_client(vault, walter)) == [
        "cancelled_by_client", "cancelled_by_therapist"]


def test_a_failure_is_said_and_nothing_is_cancelled(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    _walter, box = _recorded(unlocked_app, qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    vault.lock()  # locked behind the box (as a lock the app had not yet heard of): nothing can be written
    _button(box, "Cancel them").click()
    wait_ops(qtbot)
    told = _told(unlocked_app, qtbot, "afterDeathNotCancelledNotice")
    assert told.text() == "The appointments after the date of death were not cancelled."
    assert "The vault is locked" in told.informativeText() and "still on the agenda" in told.informativeText()
    told.accept()


def test_a_discharge_and_a_death_saved_together_are_said_in_one_box(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    # Found by the date of death's author: two boxes one after the other, the discharge's then the death's.
    vault = unlocked_app.vault
    assert vault is not None
    walter = clients.create_client(vault, "Walter Ames", date_of_birth="1950-03-02").client_id
    before = appointments.schedule(vault, walter, date=fx.days_ago(1), start="10:00")  # after the death, before today
    later = appointments.schedule(vault, walter, date=fx.today() + timedelta(days=2), start="10:00",
                                  recurrence="weekly", count=2)
    dialog = ClientDetailsDialog(unlocked_app, clients.get_client(vault, walter), parent=unlocked_app.main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops(qtbot)
    dialog.died_on.set_day(fx.days_ago(3))
    dialog.discharged.setChecked(True)
    dialog.save_button.click()
    wait_ops(qtbot)
    confirm = dialog.discharge_confirm
    assert confirm is not None
    _button(confirm, "Discharge").click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.cancelled_notice is None, "one box, not two"
    box = dialog.after_death_notice
    assert box is not None and box.isVisible()
    assert box.text() == ("2 appointments after the discharge were cancelled. 1 appointment is still booked after "
                          "the date of death.")
    assert {appointments.get(vault, a.appointment_id).status for a in later} == {"cancelled_by_therapist"}
    assert appointments.get(vault, before[0].appointment_id).status == "scheduled"
    _button(box, "Cancel them").click()
    wait_ops(qtbot)
    assert appointments.get(vault, before[0].appointment_id).status == "cancelled_by_therapist"

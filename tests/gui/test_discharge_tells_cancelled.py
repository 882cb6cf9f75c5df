"""Discharging from the chart's Edit details says which later appointments the discharge cancels,
before (the confirmation) and after (a notice from what the service returned): days and times,
no names. Real vault, real widgets, the real es.ts.

Found (H8b): a discharge cancelled the weekly series after its day without a word; the therapist
learned of it from an agenda gone empty, the client still expecting Tuesday's session."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.domain.appointments import Appointment
from vault_app.gui.client_details import ClientDetailsDialog
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date
from vault_app.services import appointments

pytestmark = pytest.mark.gui

NAME = "Wilhelmina Quartermaine"


def _discharge_from_the_chart(app: AppController, qtbot) -> tuple[ClientDetailsDialog, QMessageBox, list[Appointment]]:
    window = app.main_window
    vault = app.vault
    assert window is not None and vault is not None
    client_id = add_client(app, qtbot, NAME)
    today = date.today()
    kept = appointments.schedule(vault, client_id, date=today, start="08:00")  # the last session: today
    later = appointments.schedule(vault, client_id, date=today + timedelta(days=1), start="10:00",
                                  recurrence="weekly", count=3)
    window.chart.tabs.setCurrentWidget(window.chart.overview)
    dialog = window.chart.overview.edit_details()
    assert isinstance(dialog, ClientDetailsDialog)
    dialog.discharged.setChecked(True)
    dialog.save()
    wait_ops(qtbot)
    confirm = dialog.discharge_confirm
    assert confirm is not None and confirm.isVisible()
    # Nothing is cancelled while the question is up.
    assert {appointments.get(vault, a.appointment_id).status for a in kept + later} == {"scheduled"}
    return dialog, confirm, later


def _click(box: QMessageBox, text: str) -> None:
    next(b for b in box.buttons() if b.text().replace("&", "") == text).click()


def test_the_confirmation_lists_what_will_be_cancelled_and_the_notice_what_was(
        unlocked_app: AppController, qtbot) -> None:
    dialog, confirm, later = _discharge_from_the_chart(unlocked_app, qtbot)
    said = confirm.informativeText()
    assert "3 appointments after today will be cancelled (by the therapist, no fee)" in said
    assert all(show_date(a.date) in said for a in later)
    assert show_date(date.today()) not in said.split("cancelled")[1]  # today's session stays
    assert "Wilhelmina" not in said and "Quartermaine" not in said
    _click(confirm, "Discharge")
    wait_ops(qtbot)
    assert not dialog.isVisible(), dialog.message.text()
    vault = unlocked_app.vault
    assert vault is not None
    assert {appointments.get(vault, a.appointment_id).status for a in later} == {"cancelled_by_therapist"}
    told = dialog.cancelled_notice
    assert told is not None and told.isVisible()
    assert told.text() == "3 appointments after the discharge were cancelled."
    assert all(show_date(a.date) in told.informativeText() for a in later)
    assert "Wilhelmina" not in told.informativeText() + told.windowTitle()
    # A discharge at the closing of a practice: where the letter to give is (the notice of closure).
    assert "Records > Notices of closure to clients…" in told.informativeText()
    told.accept()


def test_cancelling_the_confirmation_cancels_nothing(unlocked_app: AppController, qtbot) -> None:
    dialog, confirm, later = _discharge_from_the_chart(unlocked_app, qtbot)
    _click(confirm, "Cancel")
    wait_ops(qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    assert {appointments.get(vault, a.appointment_id).status for a in later} == {"scheduled"}
    assert dialog.cancelled_notice is None
    dialog.reject()


def test_a_discharge_with_nothing_after_it_says_nothing_of_appointments(
        unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot, NAME)
    dialog = window.chart.overview.edit_details()
    assert isinstance(dialog, ClientDetailsDialog)
    dialog.discharged.setChecked(True)
    dialog.save()
    wait_ops(qtbot)
    confirm = dialog.discharge_confirm
    assert confirm is not None and "appointment" not in confirm.informativeText()
    _click(confirm, "Discharge")
    wait_ops(qtbot)
    assert not dialog.isVisible() and dialog.cancelled_notice is None


def test_in_spanish(unlocked_app: AppController, qtbot, spanish: None) -> None:
    dialog, confirm, later = _discharge_from_the_chart(unlocked_app, qtbot)
    said = confirm.informativeText()
    assert "3 citas posteriores a hoy se cancelarán (por el terapeuta, sin cargo)" in said
    assert all(show_date(a.date) in said for a in later)
    _click(confirm, "Dar de alta")
    wait_ops(qtbot)
    told = dialog.cancelled_notice
    assert told is not None and told.isVisible()
    assert told.text() == "Se cancelaron 3 citas posteriores al alta."
    assert told.windowTitle() == "Citas canceladas"
    assert "Avise al cliente" in told.informativeText()
    assert "Registros > Avisos de cierre a los clientes…" in told.informativeText()
    assert all(show_date(a.date) in told.informativeText() for a in later)
    told.accept()

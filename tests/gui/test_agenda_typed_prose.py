"""Typing meant for a note that lands on the agenda acts on nothing (found by a NY walker: after A
was refused, the note typed next reached the agenda: "n" opened New appointment, other letters S,
M and A). One key acts at a time: the letters after it are swallowed, the refusal stays in view
and a line says why; an arrow key makes the next letter a command again. And the status menu
(S) opens on the first status that applies; End reaches the last, Home the first."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import wait_ops
from tests.gui.test_agenda import _select
from vault_app.gui.controller import AppController
from vault_app.services import appointments, clients, sessions

pytestmark = pytest.mark.gui


def _agenda_on(app: AppController, qtbot, day: date):
    window = app.main_window
    assert window is not None
    window.activateWindow()
    window.menu_actions["agenda"].trigger()
    agenda = window.agenda
    agenda.show_day(day)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is agenda.table, timeout=10_000)
    return agenda


def test_prose_typed_after_a_refused_attended_acts_on_nothing(unlocked_app: AppController, qtbot) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    client_id = clients.create_client(vault, "Nadia Okafor", chart_number="NO-1").client_id
    later = date.today() + timedelta(days=2)  # not yet held: Attended is refused
    (appt,) = appointments.schedule(vault, client_id, date=later, start="10:00")
    agenda = _agenda_on(unlocked_app, qtbot, later)
    _select(agenda, appt.appointment_id)

    qtbot.keyClick(agenda.table, Qt.Key.Key_A)
    wait_ops(qtbot)
    refusal = agenda.message.text()
    assert refusal, "Attended before the appointment's time is refused in words"

    qtbot.keyClicks(agenda.table, "Client reports sleep is better and anxiety lower; she is more social now.")
    qtbot.keyClick(agenda.table, Qt.Key.Key_Return)
    wait_ops(qtbot)
    assert agenda.dialog is None, "no New appointment or Move form opened"
    assert not agenda.status_menu.isVisible()
    assert sessions.list_sessions(vault, client_id) == []
    assert appointments.get(vault, appt.appointment_id).status == "scheduled"
    assert agenda.message.text() == refusal, "the refusal stays in view"
    assert agenda.keys.hint.isVisible() and "one at a time" in agenda.keys.hint.text()
    assert agenda.selected() is not None and agenda.selected().item_id == appt.appointment_id

    # An arrow key: the next letter is a command again
    qtbot.keyClick(agenda.table, Qt.Key.Key_Down)
    assert not agenda.keys.hint.isVisible()
    qtbot.keyClick(agenda.table, Qt.Key.Key_N)
    dialog = agenda.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=10_000)
    dialog.reject()


def test_status_menu_opens_on_the_first_status_that_applies_and_end_reaches_the_last(
        unlocked_app: AppController, qtbot) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    client_id = clients.create_client(vault, "Tomas Byrne", chart_number="TB-1").client_id
    later = date.today() + timedelta(days=2)
    (appt,) = appointments.schedule(vault, client_id, date=later, start="11:00")
    agenda = _agenda_on(unlocked_app, qtbot, later)
    _select(agenda, appt.appointment_id)
    qtbot.keyClick(agenda.table, Qt.Key.Key_S)
    menu = agenda.status_menu
    qtbot.waitUntil(menu.isVisible, timeout=10_000)
    labels = [a.text() for a in menu.actions()]
    assert menu.activeAction() is not None and menu.activeAction().text() == labels[1], labels
    assert not menu.actions()[0].isEnabled(), "Back to scheduled does not apply to a scheduled appointment"
    qtbot.keyClick(menu, Qt.Key.Key_End)
    assert menu.activeAction() is menu.actions()[-1]
    qtbot.keyClick(menu, Qt.Key.Key_Home)
    assert menu.activeAction() is menu.actions()[1]
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not menu.isVisible(), timeout=10_000)

    # A cancelled one: "Back to scheduled" applies and comes first
    appointments.set_status(vault, appt.appointment_id, "cancelled_by_client")
    agenda.refresh()
    wait_ops(qtbot)
    _select(agenda, appt.appointment_id)
    agenda.show_status_menu()
    qtbot.waitUntil(menu.isVisible, timeout=10_000)
    assert menu.activeAction() is menu.actions()[0] and menu.actions()[0].isEnabled()
    assert not menu.actions()[1].isEnabled()
    menu.close()

"""The New appointment and Move appointment forms, being typed, survive a lock and a quit
(gui/appointment_dialog.py held_entry, AgendaPage.reopen_held, gui/held_restore.py), as every
other typed form does.

Found in the real app: Ctrl+L, the idle lock or Ctrl+Q closed a New appointment with its client,
day, time, length and series chosen, and nothing came back, where a note, a New client or an
authorization came back with "Restored: …" and the keyboard where it was. Typed with real key
events into real widgets, through a real lock (or a real Ctrl+Q and a start again) and a real
unlock of a real vault; what comes back is then booked; no file outside the encrypted vault
(the vault folder's plain files, the Qt settings file, the home folder) has the client's name.
A form whose client's chart was destroyed meanwhile (by a real command-line process) does not
come back."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli_process
from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_agenda import _select
from tests.gui.test_agenda_keyboard import _open_agenda
from tests.gui.test_held_dates import _reopened, quit_from
from tests.gui.test_held_new_client_and_authorization import CANARY, _away_and_back, _no_plain_copy
from vault_app.gui.appointment_dialog import AppointmentDialog
from vault_app.gui.controller import AppController
from vault_app.gui.held import restored_text
from vault_app.services import appointments, clients, held_text
from vault_app.services.vault import open_vault

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]


def _two_clients(app: AppController) -> tuple[str, str]:
    vault = app.vault
    assert vault is not None
    first = clients.create_client(vault, "Abel Firstlisted", chart_number="C-0001")
    second = clients.create_client(vault, f"Marisol {CANARY}", chart_number="C-0002")
    return first.client_id, second.client_id


def _new_form(agenda, qtbot) -> AppointmentDialog:  # type: ignore[no-untyped-def]
    qtbot.keyClick(agenda.table, Qt.Key.Key_N)
    dialog = agenda.dialog
    assert isinstance(dialog, AppointmentDialog)
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.client and dialog.client.count() == 2,
                    timeout=10_000)
    return dialog


def _day() -> QDate:
    return QDate.currentDate().addDays(9)


def _type_date(qtbot, dialog: AppointmentDialog, day: QDate) -> None:  # type: ignore[no-untyped-def]
    dialog.date.setFocus()
    dialog.date.setSelectedSection(dialog.date.sectionAt(0))
    qtbot.keyClicks(dialog.date, day.toString(dialog.date.displayFormat()))


def _type_number(qtbot, spin, text: str) -> None:  # type: ignore[no-untyped-def]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)


def _on_the_minutes(dialog: AppointmentDialog) -> bool:
    focus = dialog.focusWidget()
    return focus is dialog.minutes or (focus is not None and focus.parentWidget() is dialog.minutes)


def _back(app: AppController, dialog: QDialog, qtbot, how: str, app_folder: Path) -> AppointmentDialog:  # type: ignore[no-untyped-def]
    window = _away_and_back(app, dialog, qtbot, how, app_folder)  # and no plain copy anywhere
    again = _reopened(window, AppointmentDialog, qtbot)
    assert isinstance(again, AppointmentDialog) and again is not dialog
    assert window.stack.currentWidget() is window.agenda, "back on the agenda, where it was opened"
    return again


@pytest.mark.parametrize("how", ["lock", "quit"])
def test_a_typed_new_appointment_comes_back_whole_and_books_as_typed(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, app_folder: Path, how: str) -> None:
    _first, second = _two_clients(unlocked_app)
    dialog = _new_form(_open_agenda(unlocked_app, qtbot), qtbot)
    qtbot.keyClick(dialog.client, Qt.Key.Key_Down)  # the second client, not the one proposed
    assert dialog.client.currentData() == second
    _type_date(qtbot, dialog, _day())
    dialog.start.setFocus()
    qtbot.keyClicks(dialog.start, "2:30 PM")
    dialog.setting.setFocus()
    qtbot.keyClick(dialog.setting, Qt.Key.Key_Down)  # telehealth
    dialog.repeat.setFocus()
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Down)  # every week
    _type_number(qtbot, dialog.count, "6")
    _type_number(qtbot, dialog.minutes, "45")  # the keyboard is here at the lock
    assert (dialog.date.date(), dialog.start.time(), dialog.minutes.value(), dialog.count.value()) == \
        (_day(), QTime(14, 30), 45, 6)

    again = _back(unlocked_app, dialog, qtbot, how, app_folder)
    assert again.appointment is None and again.windowTitle() == "New appointment"
    qtbot.waitUntil(lambda: again.client.count() == 2, timeout=10_000)
    assert again.client.currentData() == second, "the client chosen, not the first of the list"
    assert again.date.date() == _day() and not again.date.half_typed()
    assert again.start.time() == QTime(14, 30) and not again.start.half_typed()
    assert again.minutes.value() == 45 and again.setting.currentData() == "telehealth"
    assert again.repeat.currentData() == "weekly" and again.count.isEnabled() and again.count.value() == 6
    assert again.error.text() == restored_text(how)
    assert _on_the_minutes(again), "the keyboard back where it was"
    assert again.typed(), "Escape asks about it, and a second lock holds it again"

    again.save_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not again.isVisible(), timeout=10_000)
    vault = unlocked_app.vault
    assert vault is not None
    booked = appointments.list_for_client(vault, second)
    assert len(booked) == 6
    assert booked[0].date == _day().toPython() and booked[1].date == _day().addDays(7).toPython()
    assert {(a.start_time, a.duration_minutes, a.setting) for a in booked} == {(time(14, 30), 45, "telehealth")}
    assert held_text.take(vault, "records") == [], "taken at the unlock: nothing held twice"


@pytest.mark.parametrize("how", ["lock", "quit"])
def test_a_move_being_typed_comes_back_and_moves_that_appointment(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, app_folder: Path, how: str) -> None:
    _first, second = _two_clients(unlocked_app)
    vault = unlocked_app.vault
    assert vault is not None
    (appointment,) = appointments.schedule(vault, second, date=_day().toPython(), start="10:00",
                                           duration_minutes=50)
    agenda = _open_agenda(unlocked_app, qtbot)
    agenda.show_day(_day().toPython())
    wait_ops(qtbot)
    _select(agenda, appointment.appointment_id)
    dialog = agenda.move_appointment()
    assert isinstance(dialog, AppointmentDialog)
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.date, timeout=10_000)
    dialog.setting.setFocus()
    qtbot.keyClick(dialog.setting, Qt.Key.Key_Down)  # telehealth
    _type_date(qtbot, dialog, _day().addDays(1))
    qtbot.keyClick(dialog.setting, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # Alt+T: Start, from its hour
    assert QApplication.focusWidget() is dialog.start
    qtbot.keyClicks(dialog.start, "3:15 PM")  # the keyboard is here at the lock
    assert dialog.start.time() == QTime(15, 15)

    again = _back(unlocked_app, dialog, qtbot, how, app_folder)
    assert again.appointment_id == appointment.appointment_id and again.windowTitle() == "Move appointment"
    agenda = unlocked_app.main_window.agenda  # type: ignore[union-attr]
    assert _day().addDays(1).toPython() in agenda.days(), "the agenda behind shows the week of the day typed"
    assert again.date.date() == _day().addDays(1) and again.start.time() == QTime(15, 15)
    assert again.minutes.value() == 50 and again.setting.currentData() == "telehealth"
    assert again.error.text() == restored_text(how)
    assert again.focusWidget() is again.start, "the keyboard back where it was"

    again.save_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not again.isVisible(), timeout=10_000)
    vault = unlocked_app.vault
    assert vault is not None
    moved = appointments.get(vault, appointment.appointment_id)
    assert (moved.date, moved.start_time, moved.duration_minutes, moved.setting) == \
        (_day().addDays(1).toPython(), time(15, 15), 50, "telehealth")


def test_an_untouched_new_appointment_is_not_held(unlocked_app: AppController, qtbot, app_folder: Path) -> None:  # type: ignore[no-untyped-def]
    _two_clients(unlocked_app)
    dialog = _new_form(_open_agenda(unlocked_app, qtbot), qtbot)
    assert dialog.held_entry() is None, "the client list read and the proposed client are no typing"
    window = _away_and_back(unlocked_app, dialog, qtbot, "lock", app_folder)
    wait_ops(qtbot)
    assert window.restorer.queue == []
    assert not [d for d in window.findChildren(AppointmentDialog) if d.isVisible()], "nothing typed: nothing back"


def test_a_half_typed_start_time_comes_back_unfinished_and_books_nothing(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, app_folder: Path) -> None:
    _first, second = _two_clients(unlocked_app)
    dialog = _new_form(_open_agenda(unlocked_app, qtbot), qtbot)
    qtbot.keyClick(dialog.client, Qt.Key.Key_Down)
    dialog.start.setFocus()
    qtbot.keyClicks(dialog.start, "2:3")
    dialog.minutes.setFocus()  # left half-typed: Qt shows a whole time again
    assert dialog.start.half_typed() and dialog.held_entry() is not None

    again = _back(unlocked_app, dialog, qtbot, "lock", app_folder)
    qtbot.waitUntil(lambda: again.client.currentData() == second, timeout=10_000)
    assert again.start.half_typed()
    assert again.error.text() == restored_text("lock") + " The start time is not complete: type it again or " \
                                                          "use the arrow keys."
    assert again.focusWidget() is again.start, "on the time to type again"
    again.save_button.click()
    wait_ops(qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    assert again.isVisible() and appointments.list_for_client(vault, second) == [], "no time nobody typed"
    again.reject()
    wait_ops(qtbot)


def test_a_client_discharged_meanwhile_is_not_replaced_by_another(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, app_folder: Path) -> None:
    """The Restored form chooses no client (the first of the list would have been booked in the
    discharged one's place, without a word) and says why."""
    _first, second = _two_clients(unlocked_app)
    dialog = _new_form(_open_agenda(unlocked_app, qtbot), qtbot)
    qtbot.keyClick(dialog.client, Qt.Key.Key_Down)
    _type_number(qtbot, dialog.minutes, "45")
    quit_from(unlocked_app, dialog, qtbot)
    assert unlocked_app.vault is None
    _no_plain_copy(app_folder)
    elsewhere = open_vault(unlocked_app.folder, PASSPHRASE)  # another path: the command line, say
    try:
        clients.discharge(elsewhere, second)
    finally:
        elsewhere.lock()
    unlocked_app.start()
    window = unlock(unlocked_app, qtbot)
    again = _reopened(window, AppointmentDialog, qtbot)
    assert isinstance(again, AppointmentDialog)
    qtbot.waitUntil(lambda: again.client.count() == 1, timeout=10_000)
    assert again.client.currentIndex() == -1 and again.minutes.value() == 45
    assert again.error.text() == restored_text("quit") + " The client chosen before is no longer an active " \
                                                         "client: choose the client again."
    again.reject()
    wait_ops(qtbot)


def test_a_form_whose_chart_was_destroyed_meanwhile_does_not_come_back(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, app_folder: Path) -> None:
    first, second = _two_clients(unlocked_app)
    vault = unlocked_app.vault
    assert vault is not None
    number = clients.get_client(vault, second).chart_number
    dialog = _new_form(_open_agenda(unlocked_app, qtbot), qtbot)
    qtbot.keyClick(dialog.client, Qt.Key.Key_Down)
    _type_number(qtbot, dialog.minutes, "45")
    unlocked_app.lock("Locked now.")
    wait_ops(qtbot)

    done = cli_process("destroy", "--vault", str(unlocked_app.folder), "--client", number, "--basis", "override",
                       "--override-reason", "the client asked in writing; an appointment form was left open",
                       "--confirm", number)
    assert done.code == 0, done.err

    window = unlock(unlocked_app, qtbot)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: window.restorer.queue == [], timeout=10_000)
    wait_ops(qtbot)
    shown = [d for d in window.findChildren(QDialog) if d.isVisible()]
    assert not any(isinstance(d, AppointmentDialog | QMessageBox) for d in shown), shown
    vault = unlocked_app.vault
    assert vault is not None
    assert appointments.list_for_client(vault, first) == []
    assert held_text.take(vault, "records") == []

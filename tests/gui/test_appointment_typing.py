"""A new appointment typed as a therapist types it, found on the real app (fifteenth round).

"2:30 PM" typed into the start time booked 2:30 in the night (the space after the minutes
garbled the field and Qt kept the hour alone). A time typed one Tab too far, into the date's
day ("12/23/0000 PM" on screen), booked the appointment three weeks away at 9:00 AM, and
the agenda went on saying "Nothing scheduled on these days". Now the time reads as typed, a
half-typed date or time is refused with a sentence, and the agenda goes to the day the
appointment was booked on, selects it and says when it is.
"""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import wait_ops
from tests.gui.test_agenda_keyboard import _open_agenda
from tests.gui.test_chart import add_client
from vault_app.gui import dates
from vault_app.gui.controller import AppController
from vault_app.gui.date_field import TimeField
from vault_app.services import appointments

pytestmark = pytest.mark.gui


def _new_dialog(agenda, qtbot) -> object:
    qtbot.keyClick(agenda.table, Qt.Key.Key_N)
    dialog = agenda.dialog
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.client, timeout=10_000)
    return dialog


def test_the_start_time_reads_as_typed(unlocked_app: AppController, qtbot) -> None:
    client_id = add_client(unlocked_app, qtbot, name="Paloma Timewise")
    vault = unlocked_app.vault
    assert vault is not None
    assert "AP" in dates.qt_time_format()  # a 12-hour practice: where "2:30 PM" went wrong
    agenda = _open_agenda(unlocked_app, qtbot)
    dialog = _new_dialog(agenda, qtbot)
    qtbot.keyClick(dialog.client, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # Alt+T: Start
    assert QApplication.focusWidget() is dialog.start
    qtbot.keyClicks(dialog.start, "2:30 PM")
    qtbot.keyClick(dialog.start, Qt.Key.Key_Return)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    (made,) = appointments.list_for_client(vault, client_id)
    assert made.start_time == time(14, 30)


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize(("typed", "meant"), [("2:30 PM", QTime(14, 30)), ("2:30pm", QTime(14, 30)),
                                               ("14:30", QTime(14, 30)), ("1:05 PM", QTime(13, 5)),
                                               ("12:15 PM", QTime(12, 15)), ("10:45 AM", QTime(10, 45))])
def test_a_12_hour_time_field_takes_what_a_therapist_types(qtbot, typed: str, meant: QTime, language: str) -> None:
    """In a US practice, in either language on screen (found on Xvfb: the Spanish appointment
    form showed "9:00 A. M." and refused "2:30 PM" as not complete)."""
    from vault_app.gui import i18n

    dates.set_practice_locale("en_US")
    assert i18n.install(language) == language
    try:
        field = TimeField(QTime(9, 0), "Start time")
        qtbot.addWidget(field)
        field.show()
        field.setFocus()
        field.setSelectedSection(field.sectionAt(0))  # where Tab or Alt+T puts the keyboard
        qtbot.keyClicks(field, typed)
        assert field.hasAcceptableInput(), field.text()
        assert field.time() == meant, field.text()
        assert field.text() == dates.show_time(meant.toPython())  # as the rest of the app writes it
    finally:
        i18n.install("en")
        dates.set_practice_locale(None)


def test_a_half_typed_date_is_refused(unlocked_app: AppController, qtbot) -> None:
    client_id = add_client(unlocked_app, qtbot, name="Quentin Halfday")
    vault = unlocked_app.vault
    assert vault is not None
    agenda = _open_agenda(unlocked_app, qtbot)
    dialog = _new_dialog(agenda, qtbot)
    # Tab to the date, a separator (into its day), and the time typed there
    qtbot.keyClick(dialog.client, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.date
    qtbot.keyClick(dialog.date, Qt.Key.Key_Slash)
    assert QApplication.focusWidget() is dialog.date
    qtbot.keyClicks(dialog.date, "2:30 PM")
    assert not dialog.date.hasAcceptableInput(), dialog.date.text()
    qtbot.keyClick(dialog.date, Qt.Key.Key_Return)
    wait_ops(qtbot)
    # Enter saves nothing: the form stays, says why, and the keyboard is on the date
    assert dialog.isVisible()
    assert "not complete" in dialog.date.problem() and dialog.error.text() == ""  # said once, by the field
    assert QApplication.focusWidget() is dialog.date
    assert appointments.list_for_client(vault, client_id) == []
    # typed again at once, the whole date replaces the half-typed one
    later = date.today() + timedelta(days=9)
    qtbot.keyClicks(dialog.date, QDate(later.year, later.month, later.day).toString(dates.qt_date_format()))
    assert dialog.date.hasAcceptableInput(), dialog.date.text()
    assert dialog.date.date().toPython() == later


def test_the_agenda_goes_to_the_day_an_appointment_is_booked_on(unlocked_app: AppController, qtbot) -> None:
    client_id = add_client(unlocked_app, qtbot, name="Rhoda Farweek")
    vault = unlocked_app.vault
    assert vault is not None
    agenda = _open_agenda(unlocked_app, qtbot)
    dialog = _new_dialog(agenda, qtbot)
    qtbot.keyClick(dialog.client, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # Alt+D: Date
    assert QApplication.focusWidget() is dialog.date
    # a whole date three weeks on: the agenda goes there, on the appointment, and says when
    later = date.today() + timedelta(days=21)
    qtbot.keyClicks(dialog.date, QDate(later.year, later.month, later.day).toString(dates.qt_date_format()))
    assert dialog.date.hasAcceptableInput(), dialog.date.text()
    qtbot.keyClick(dialog.date, Qt.Key.Key_Return)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    (made,) = appointments.list_for_client(vault, client_id)
    assert made.date == later
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: agenda.selected() is not None, timeout=10_000)
    assert agenda.day == later
    selected = agenda.selected()
    assert selected is not None and selected.item_id == made.appointment_id
    assert dates.show_day(later) in agenda.message.text()
    assert not agenda.empty.isVisible()


def test_a_move_typed_by_keyboard_is_followed_and_said(unlocked_app: AppController, qtbot) -> None:
    from tests.gui.test_agenda import _select

    client_id = add_client(unlocked_app, qtbot, name="Sol Movewell")
    vault = unlocked_app.vault
    assert vault is not None
    (appt,) = appointments.schedule(vault, client_id, date=date.today(), start="09:00")
    agenda = _open_agenda(unlocked_app, qtbot)
    wait_ops(qtbot)
    _select(agenda, appt.appointment_id)
    qtbot.keyClick(agenda.table, Qt.Key.Key_M)
    dialog = agenda.dialog
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.date, timeout=10_000)
    later = date.today() + timedelta(days=14)
    qtbot.keyClicks(dialog.date, QDate(later.year, later.month, later.day).toString(dates.qt_date_format()))
    qtbot.keyClick(dialog.date, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(dialog.start, "4:15 PM")
    qtbot.keyClick(dialog.start, Qt.Key.Key_Return)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    moved = appointments.get(vault, appt.appointment_id)
    assert (moved.date, moved.start_time) == (later, time(16, 15))
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: agenda.selected() is not None and agenda.selected().item_id == appt.appointment_id,
                    timeout=10_000)
    assert agenda.day == later
    assert agenda.message.text().startswith("Moved to ") and dates.show_day(later) in agenda.message.text()

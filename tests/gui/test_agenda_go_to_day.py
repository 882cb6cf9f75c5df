"""The agenda goes to a day typed or picked: twelve years of practice back was some 600 presses of
Page Up (found by a walker on a big vault). Ctrl+G (or Alt+G, the field's label) takes the keyboard
to the "Go to day" field; Enter shows that day's week with the keyboard back on the table; a date
half typed is said and goes nowhere."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import wait_ops
from tests.gui.test_agenda_keyboard import _open_agenda
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.gui.date_field import DateField
from vault_app.services import appointments

pytestmark = pytest.mark.gui


def _focus() -> object:
    return QApplication.focusWidget()


def _field(agenda: object) -> DateField:
    focus = _focus()
    assert isinstance(focus, DateField), focus
    assert focus.accessibleName() == "Go to day"
    return focus


def test_ctrl_g_and_a_typed_date_show_that_week(unlocked_app: AppController, qtbot) -> None:
    client_id = add_client(unlocked_app, qtbot, name="Olga Older")
    vault = unlocked_app.vault
    assert vault is not None
    long_ago = date(2014, 3, 12)  # a Wednesday
    (appt,) = appointments.schedule(vault, client_id, date=long_ago, start="09:00")
    agenda = _open_agenda(unlocked_app, qtbot)

    qtbot.keyClick(agenda.table, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    field = _field(agenda)
    qtbot.keyClicks(field, "03122014")  # the practice's order (US: month, day, year)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    wait_ops(qtbot)
    assert agenda.day == long_ago
    assert date(2014, 3, 10) in agenda.days() and date(2014, 3, 16) in agenda.days()
    qtbot.waitUntil(lambda: _focus() is agenda.table, timeout=10_000)
    qtbot.waitUntil(lambda: agenda.selected() is not None and agenda.selected().item_id == appt.appointment_id,
                    timeout=10_000)

    # Alt+G reaches the field too; T (today) still works after
    qtbot.keyClick(agenda.table, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    field = _field(agenda)
    qtbot.keyClick(field, Qt.Key.Key_Escape)  # Esc gives the keyboard back, the day unchanged
    assert agenda.day == long_ago
    qtbot.waitUntil(lambda: _focus() is agenda.table, timeout=10_000)


def test_a_half_typed_day_goes_nowhere_and_is_said(unlocked_app: AppController, qtbot) -> None:
    agenda = _open_agenda(unlocked_app, qtbot)
    before = agenda.day
    qtbot.keyClick(agenda.table, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    field = _field(agenda)
    qtbot.keyClicks(field, "031220")  # the year half typed
    qtbot.keyClick(field, Qt.Key.Key_Return)
    wait_ops(qtbot)
    assert agenda.day == before
    assert field.problem() != ""
    assert _focus() is field

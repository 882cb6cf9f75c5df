"""The appointment's start time as a therapist types it, then Tab: "0230P" booked 2:30 AM in
the real app (Qt waited for the "M" of PM, and Tab, which now leaves the field, left "02:30 P"
for the last whole time it could make: the morning). The letter alone is the afternoon now,
and a time left half-typed is refused at Save, never booked as a time nobody chose."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import wait_ops
from tests.gui.test_agenda_keyboard import _open_agenda
from tests.gui.test_appointment_typing import _new_dialog
from tests.gui.test_chart import add_client
from vault_app.gui import dates
from vault_app.gui.controller import AppController
from vault_app.services import appointments

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(("typed", "meant"), [("0230P", time(14, 30)), ("02:30p", time(14, 30)),
                                               ("1115a", time(11, 15)), ("12:15 P", time(12, 15))])
def test_the_letter_alone_says_the_half_of_the_day(unlocked_app: AppController, qtbot, typed: str,
                                                     meant: time) -> None:
    client_id = add_client(unlocked_app, qtbot, name="Paloma Timewise")
    vault = unlocked_app.vault
    assert vault is not None and "AP" in dates.qt_time_format()
    dialog = _new_dialog(_open_agenda(unlocked_app, qtbot), qtbot)
    qtbot.keyClick(dialog.client, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.start
    qtbot.keyClicks(dialog.start, typed)
    qtbot.keyClick(dialog.start, Qt.Key.Key_Tab)  # on to the length, as the therapist did
    assert QApplication.focusWidget() is not dialog.start
    dialog.save()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    (made,) = appointments.list_for_client(vault, client_id)
    assert made.start_time == meant


def test_a_time_left_half_typed_is_refused_not_booked(unlocked_app: AppController, qtbot) -> None:
    client_id = add_client(unlocked_app, qtbot, name="Quinn Halfhour")
    vault = unlocked_app.vault
    assert vault is not None
    dialog = _new_dialog(_open_agenda(unlocked_app, qtbot), qtbot)
    qtbot.keyClick(dialog.client, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # Alt+T: Start
    qtbot.keyClicks(dialog.start, "02:3")
    assert not dialog.start.hasAcceptableInput(), dialog.start.text()
    qtbot.keyClick(dialog.start, Qt.Key.Key_Tab)  # Qt puts back a whole time here
    dialog.save()
    wait_ops(qtbot)
    assert dialog.isVisible() and "start time is not complete" in dialog.error.text()
    assert QApplication.focusWidget() is dialog.start
    assert appointments.list_for_client(vault, client_id) == []
    qtbot.keyClicks(dialog.start, "2:30 PM")  # typed again: booked as typed
    dialog.save()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    (made,) = appointments.list_for_client(vault, client_id)
    assert made.start_time == time(14, 30)

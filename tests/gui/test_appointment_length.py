"""A length typed out of range is said, not booked as another (found on Xvfb, Spanish screen:
"0" typed into the length and Enter booked a 53-minute appointment without a word; the Move
form showed 53 min afterwards)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import wait_ops
from tests.gui.test_agenda_keyboard import _open_agenda
from tests.gui.test_appointment_typing import _new_dialog
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.services import appointments

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("typed", ["0", "3", ""])
def test_a_length_out_of_range_is_refused_and_kept(unlocked_app: AppController, qtbot, typed: str) -> None:
    client_id = add_client(unlocked_app, qtbot, name="Lena Nolength")
    vault = unlocked_app.vault
    assert vault is not None
    agenda = _open_agenda(unlocked_app, qtbot)
    dialog = _new_dialog(agenda, qtbot)
    qtbot.keyClick(dialog.client, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # Alt+L: Length
    assert QApplication.focusWidget() is dialog.minutes
    dialog.minutes.lineEdit().selectAll()
    qtbot.keyClick(dialog.minutes, Qt.Key.Key_Backspace)  # the length cleared, then typed
    qtbot.keyClicks(dialog.minutes, typed)
    qtbot.keyClick(dialog.minutes, Qt.Key.Key_Return)
    wait_ops(qtbot)
    # nothing booked: the form stays, says the range, keeps what was typed, the keyboard on it
    assert dialog.isVisible()
    assert appointments.list_for_client(vault, client_id) == []
    assert "5" in dialog.error.text() and "600" in dialog.error.text(), dialog.error.text()
    assert dialog.minutes.cleanText() == typed
    assert QApplication.focusWidget() is dialog.minutes
    # typed again in range, it books that length
    dialog.minutes.lineEdit().selectAll()
    qtbot.keyClicks(dialog.minutes, "45")
    qtbot.keyClick(dialog.minutes, Qt.Key.Key_Return)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    (made,) = appointments.list_for_client(vault, client_id)
    assert made.duration_minutes == 45


def test_a_series_of_zero_is_refused_not_booked_as_twelve(unlocked_app: AppController, qtbot) -> None:
    client_id = add_client(unlocked_app, qtbot, name="Nico Noseries")
    vault = unlocked_app.vault
    assert vault is not None
    agenda = _open_agenda(unlocked_app, qtbot)
    dialog = _new_dialog(agenda, qtbot)
    dialog.repeat.setCurrentIndex(dialog.repeat.findData("weekly"))
    qtbot.keyClick(dialog.client, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # Alt+F: For
    assert QApplication.focusWidget() is dialog.count
    dialog.count.lineEdit().selectAll()
    qtbot.keyClick(dialog.count, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.count, "0")
    qtbot.keyClick(dialog.count, Qt.Key.Key_Tab)  # leaving the field: Qt put 12 back here
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    wait_ops(qtbot)
    assert dialog.isVisible()
    assert appointments.list_for_client(vault, client_id) == []
    assert "104" in dialog.error.text(), dialog.error.text()
    assert dialog.count.cleanText() == "0"
    assert QApplication.focusWidget() is dialog.count

"""Ctrl+H in a passphrase field shows or hides what was typed (KeePassXC's key; Windows' Alt+F8
resizes the window in GNOME and KDE), in every passphrase field of the app.

Found walking a keyboard-only day with low vision: "Show" beside a passphrase is out of the Tab
order on purpose (Tab then Space once showed a passphrase being typed) and has an Alt letter only
in the unlock window, so in the first-run wizard, the export's PDF password, a restore or the
psychotherapy notes' lock a therapist who cannot read the dots well could never check them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


def test_ctrl_h_shows_and_hides_the_psychotherapy_passphrase(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot, "Pia Processnote")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    wait_ops(qtbot)
    field = window.chart.psychotherapy.passphrase
    edit = QApplication.focusWidget()
    assert edit is field.edit
    qtbot.keyClicks(edit, "two words")
    assert field.edit.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClick(edit, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert field.edit.echoMode() == QLineEdit.EchoMode.Normal
    assert field.toggle.isChecked()  # the button says Hide, as a click on it would
    assert QApplication.focusWidget() is edit and field.text() == "two words"
    qtbot.keyClicks(edit, " more")
    qtbot.keyClick(edit, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert field.edit.echoMode() == QLineEdit.EchoMode.Password
    assert field.text() == "two words more"
    field.clear()

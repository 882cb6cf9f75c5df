"""A recovery or a restore opened from the unlock window and cancelled gives the keyboard back
to the passphrase. Found: it stayed on the button that opened the dialog, so the next passphrase
typed pressed that button at its first space, opened the dialog again and put the rest of the
passphrase, in clear, into the recovery key's field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("way", ["recover", "restore"])
def test_a_cancelled_dialog_leaves_the_keyboard_on_the_passphrase(locked_app: AppController, qtbot,
                                                                  way: str) -> None:
    window = locked_app.unlock_window
    assert window is not None
    button = window.recover_button if way == "recover" else window.restore_button
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)  # as the keyboard opens it
    wait_ops(qtbot)
    opened = [d for d in window.findChildren(QDialog) if d.isVisible()]
    assert len(opened) == 1
    dialog = opened[0]
    dialog.reject()
    wait_ops(qtbot)
    # The window's own focus (the widget that has the keyboard when the window is active): the
    # offscreen platform does not give the window back its activation after the dialog.
    focused = window.focusWidget()
    assert focused is window.passphrase.edit
    qtbot.keyClicks(focused, "two words")
    assert not [d for d in window.findChildren(QDialog) if d.isVisible()], "no dialog opened again"
    assert window.passphrase.text() == "two words"

"""Enter in a dialog's field does the dialog's one action (forms.action_buttons makes it the
default button). It did nothing in every such dialog: QPushButton.setDefault was called
before the button box was laid out in its dialog, and Qt dropped it. Seen in the real app
under Xvfb (Replace every key…: the passphrase typed, Enter, nothing happened)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

from tests.conftest import PASSPHRASE
from vault_app.gui.controller import AppController
from vault_app.gui.forms import action_buttons
from vault_app.gui.vault_keys_dialogs import RekeyDialog


def test_enter_in_a_field_runs_the_action_of_a_dialog_built_with_action_buttons(qtbot: Any) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    field = QLineEdit()
    ran: list[bool] = []
    buttons, action = action_buttons(dialog, "Save", lambda: ran.append(True))
    action.setEnabled(False)  # as the dialogs do until their fields are filled
    layout = QVBoxLayout(dialog)
    layout.addWidget(field)
    layout.addWidget(buttons)
    action.setEnabled(True)
    dialog.show()
    assert action.isDefault()
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert ran == [True]


def test_enter_after_the_passphrase_starts_replacing_every_key(unlocked_app: AppController, qtbot: Any) -> None:
    window = unlocked_app.main_window
    assert window is not None
    dialog = window.open_rekey()
    assert isinstance(dialog, RekeyDialog)
    started: list[bool] = []
    dialog.buttons.accepted.disconnect()
    dialog.buttons.accepted.connect(lambda: started.append(True))
    QTest.keyClicks(dialog.current.edit, PASSPHRASE)
    QTest.keyClick(dialog.current.edit, Qt.Key.Key_Return)
    assert started == [True]
    dialog.reject()

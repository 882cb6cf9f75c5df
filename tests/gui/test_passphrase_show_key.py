"""Ctrl+H shows what was typed in a hidden field, and hides it again (found by a keyboard-only
therapist with low vision at 200 %: "Show" is out of the Tab order on purpose and had an Alt
letter only in the unlock window, so in the first-run wizard, Change passphrase, Restore, the
export's PDF password or the psychotherapy notes' lock nobody could check the dots they typed)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFormLayout, QLineEdit, QWidget

from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.passphrase import KEPT_FROM_SELECTION

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
HIDDEN, SHOWN = QLineEdit.EchoMode.Password, QLineEdit.EchoMode.Normal


def test_ctrl_h_shows_and_hides_a_passphrase_in_change_passphrase(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    dialog = window.open_change_passphrase()
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    for field in (dialog.current, dialog.new.first, dialog.new.second):
        field.edit.setFocus()
        qtbot.waitUntil(lambda f=field: QApplication.focusWidget() is f.edit)  # type: ignore[misc]
        qtbot.keyClicks(field.edit, "otters juggle")
        assert field.edit.echoMode() == HIDDEN
        qtbot.keyClick(field.edit, Qt.Key.Key_H, CTRL)
        assert field.edit.echoMode() == SHOWN and field.toggle.isChecked()
        assert field.toggle.text().replace("&", "") == "Hide"
        assert field.text() == "otters juggle"  # the key typed nothing into the field
        qtbot.keyClick(field.edit, Qt.Key.Key_H, CTRL)
        assert field.edit.echoMode() == HIDDEN and not field.toggle.isChecked()
        # A screen reader is told the key with the field, and the Show button's tip says it.
        assert "Ctrl+H" in field.edit.accessibleDescription()
        assert "Ctrl+H" in field.toggle.toolTip()
    dialog.close()
    wait_ops(qtbot)


def test_ctrl_h_shows_a_pdf_password_typed_twice(qtbot) -> None:
    """The letter and access-copy windows' PDF password has no Show button at all."""
    from vault_app.gui.forms import PasswordPair

    page = QWidget()
    pair = PasswordPair()
    form = QFormLayout(page)
    form.addRow("a", pair.password)
    form.addRow("b", pair.again)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    for edit in (pair.password, pair.again):
        edit.setFocus()
        qtbot.waitUntil(lambda e=edit: QApplication.focusWidget() is e)  # type: ignore[misc]
        qtbot.keyClicks(edit, "river stones")
        qtbot.keyClick(edit, Qt.Key.Key_H, CTRL)
        assert edit.echoMode() == SHOWN and edit.text() == "river stones"
        # Shown, it is selectable: never offered to another program's middle click (gui/clipboard).
        assert edit.property(KEPT_FROM_SELECTION)
        qtbot.keyClick(edit, Qt.Key.Key_H, CTRL)
        assert edit.echoMode() == HIDDEN

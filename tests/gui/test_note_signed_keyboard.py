"""After a progress note is signed by keyboard (Ctrl+Shift+S, Enter), the keyboard is on
"Addendum or amendment…", the one thing a signed note offers next.

Found walking a keyboard-only day on the real app: the signature disabled the note's fields one
after the other and Qt walked the keyboard past each to "Confidentiality decision…", shown with no
focus at all; the next Space or Enter would have opened a confidentiality decision nobody asked for."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


def test_the_keyboard_waits_on_addendum_after_signing(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot, "Winslow Saddlewick")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    wait_ops(qtbot)
    (editor,) = window.chart.editors
    first = editor.section_edits["subjective"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first, timeout=10_000)
    qtbot.keyClicks(first, "Client reports sleeping better.")
    qtbot.keyClick(first, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: getattr(editor.form, "sign_confirm", None) is not None
                    and editor.form.sign_confirm.isVisible(), timeout=10_000)
    box = editor.form.sign_confirm
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Sign, the default
    qtbot.waitUntil(lambda: editor.signed, timeout=10_000)
    wait_ops(qtbot)
    # The window's own keyboard (the offscreen platform does not give it back its activation after
    # the question): what has the keyboard when the note window is active again
    assert editor.focusWidget() is editor.amend_button, editor.focusWidget()
    editor.close()
    wait_ops(qtbot)

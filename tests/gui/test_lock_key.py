"""Ctrl+L locks from every window of the app, a window-modal dialog included (Qt blocks the
main window's application-wide shortcut there): found by the real-X test of issue 17, where
an addendum being typed must survive the lock.

The keys go to the window (`QTest.keyClick(widget.window().windowHandle(), ...)`), as the
system delivers them: the idle watcher that takes Ctrl+L/Ctrl+Q where Qt's shortcut is
blocked filters the app's windows, and a key sent straight to a widget never passes one.
Only the press is sent: QTest handles the events that the press posted before it returns, so
the lock has already deleted the window that a release would be sent to (an X server drops
the release of a destroyed window; QTest would use its stale pointer)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


def test_ctrl_l_in_a_modal_addendum_locks_and_keeps_the_text(unlocked_app: AppController, qtbot) -> None:
    from vault_app.gui.amend_dialog import AmendDialog

    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot, "Ada Firstperson")
    window.open_chart(client_id)
    wait_ops(qtbot)
    editor = window.chart.new_note()
    assert editor is not None
    qtbot.keyClicks(editor.section_edits["subjective"], "Slept badly.")
    editor.sign_now()
    wait_ops(qtbot)
    editor.amend()
    amend = editor.findChild(AmendDialog)
    assert amend is not None and amend.windowModality() != Qt.WindowModality.NonModal  # blocks the main window
    typed = "Phone call the next day."
    qtbot.keyClicks(amend.text, typed)
    handle = amend.windowHandle()
    assert handle is not None
    QTest.keyPress(handle, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: unlocked_app.vault is None, timeout=20_000)
    wait_ops(qtbot)
    assert unlocked_app.unlock_window is not None
    main = unlock(unlocked_app, qtbot)
    wait_ops(qtbot)
    restored = [d for d in main.findChildren(AmendDialog) if d.isVisible()]
    assert restored and restored[0].text.toPlainText() == typed


def test_ctrl_l_typed_in_the_main_window_locks_once(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    locks: list[str] = []
    unlocked_app.locked.connect(locks.append)
    search = window.client_list.search
    typed: list[str] = []
    search.textChanged.connect(typed.append)
    search.setFocus()
    handle = window.windowHandle()
    assert handle is not None
    QTest.keyPress(handle, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: unlocked_app.vault is None, timeout=20_000)
    wait_ops(qtbot)
    assert len(locks) == 1
    assert "l" not in "".join(typed).lower(), "the key did not also land in the field"


def test_ctrl_q_in_a_modal_dialog_quits(unlocked_app: AppController, qtbot) -> None:
    from PySide6.QtWidgets import QDialog

    window = unlocked_app.main_window
    assert window is not None
    quits: list[bool] = []
    unlocked_app.quit_requested.connect(lambda: quits.append(True))
    dialog = window.open_settings()
    assert isinstance(dialog, QDialog) and dialog.windowModality() != Qt.WindowModality.NonModal
    qtbot.waitExposed(dialog)
    handle = dialog.windowHandle()
    assert handle is not None
    QTest.keyPress(handle, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(quits), timeout=20_000)
    wait_ops(qtbot)
    assert unlocked_app.vault is None

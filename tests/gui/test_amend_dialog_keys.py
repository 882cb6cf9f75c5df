"""An addendum to a signed note, as typed in the real app (sixteenth round): the dialog opened
with the keyboard on its Kind list, so "Client phoned…" opened the list at the first space and
the words were lost."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.amend_dialog import AmendDialog
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


def test_words_typed_in_a_new_addendum_go_into_its_text(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot, "Ada Addendum")
    editor = window.chart.new_note()
    assert editor is not None
    qtbot.keyClicks(editor.section_edits["subjective"], "Slept better.")
    qtbot.waitUntil(lambda: editor.note_id is not None, timeout=5000)
    editor.sign_now()
    wait_ops(qtbot)
    assert editor.signed
    editor.amend()
    dialog = editor.findChild(AmendDialog)
    assert dialog is not None
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=10_000)
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClicks(focused, "Client phoned on Monday")
    assert dialog.text.toPlainText() == "Client phoned on Monday"
    assert dialog.change.currentData() == "addendum"
    dialog.reject()
    wait_ops(qtbot)
    editor.close()
    wait_ops(qtbot)


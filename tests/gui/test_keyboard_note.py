"""Keyboard only, from "new note" to "signed", with carry forward and a snippet, counting the
key strokes that are not the note's own text (issue #19: under ten)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.services import faster_notes, notes

pytestmark = pytest.mark.gui

CTRL, SHIFT, ALT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
                    Qt.KeyboardModifier.AltModifier)


def test_new_note_to_signed_by_keyboard(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    cid = add_client(unlocked_app, qtbot, "Kim Keyboardperson")
    first = notes.create_progress_note(vault, cid, sections={"subjective": "Tired.", "plan": "Sleep diary."})
    notes.sign_note(vault, first.note_id)
    unlocked_app.op(None, lambda v: faster_notes.save_snippet(v, ";hw", "Homework: walk after lunch.")).run()
    wait_ops(qtbot)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.chart.tabs.setFocus()
    strokes = 0

    def focused() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "no widget has the keyboard"
        return widget

    def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        nonlocal strokes
        strokes += 1
        qtbot.keyClick(focused(), key, modifiers)
        wait_ops(qtbot)

    press(Qt.Key.Key_N, CTRL)  # New note
    assert window.chart.editors, "Ctrl+N opened no editor"
    editor = window.chart.editors[-1]
    qtbot.waitUntil(editor.isActiveWindow)
    press(Qt.Key.Key_F, ALT)  # Start from last note: the marker line of the plan is selected
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.section_edits["plan"], timeout=10_000)
    qtbot.keyClicks(focused(), "Slept 6 h most nights. ;hw")  # the text (replaces the marker)
    press(Qt.Key.Key_Space)  # expands the snippet
    press(Qt.Key.Key_S, CTRL | SHIFT)  # Sign and lock: the summary first
    qtbot.waitUntil(lambda: getattr(editor, "sign_confirm", None) is not None and editor.sign_confirm.isVisible())
    qtbot.waitUntil(editor.sign_confirm.isActiveWindow)  # the summary has the keyboard
    press(Qt.Key.Key_Return)  # Sign
    wait_ops(qtbot)

    note_id = editor.autosave.draft.note_id
    assert note_id is not None and editor.signed
    signed = notes.get_note(vault, note_id)
    assert signed.signed
    assert signed.sections["plan"] == "Slept 6 h most nights. Homework: walk after lunch. \nSleep diary."
    assert strokes == 5 and strokes < 10
    editor.close()
    wait_ops(qtbot)


def test_a_new_note_takes_the_typing_in_its_first_section(unlocked_app: AppController, qtbot) -> None:
    """Found in the real app: New note opened with the keyboard in the template box, and the
    first sentence a therapist typed was lost (letters pick a template, Space opens its list)."""
    window = unlocked_app.main_window
    assert window is not None
    cid = add_client(unlocked_app, qtbot, "Nia Newnote")
    window.open_chart(cid)
    wait_ops(qtbot)
    editor = window.chart.new_note()
    assert editor is not None
    editor.activateWindow()
    first = editor.section_edits["subjective"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first, timeout=10_000)
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClicks(widget, "Client reports better sleep this week.")
    assert first.toPlainText() == "Client reports better sleep this week."
    assert editor.template.currentData() == "soap"  # no letter picked another template
    editor.close()
    wait_ops(qtbot)

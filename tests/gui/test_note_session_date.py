"""The progress note's session date left half-typed (found walking the real app by keyboard:
"12/02/20", Tab on): the field said "not complete", yet Ctrl+Shift+S offered to sign with the
date Qt had put back, and Sign fixed that day in the signed note for good."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.gui.note_editor import NoteEditor
from vault_app.services import notes, sessions

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _editor(app: AppController, qtbot) -> NoteEditor:
    window = app.main_window
    assert window is not None
    add_client(app, qtbot, "Sam Sessiondate")
    window.chart.new_note()
    editor = window.chart.editors[-1]
    qtbot.waitUntil(editor.isActiveWindow)
    editor.session_date.setDate(QDate(2026, 11, 20))
    qtbot.keyClicks(editor.section_edits["subjective"], "Came in anxious about school.")
    return editor


def test_signing_waits_for_a_half_typed_session_date(unlocked_app: AppController, qtbot) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    editor = _editor(unlocked_app, qtbot)
    field = editor.session_date
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=10_000)
    field.setSelectedSection(field.sectionAt(2))  # the year
    qtbot.keyClicks(field, "20")
    assert not field.hasAcceptableInput()
    editor.duration.setFocus()  # Tab on: Qt puts back 11/20/2026
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.duration, timeout=10_000)
    # A two-digit year is said as such (not a birth date: no pivot guesses its century)
    assert "four digits: 20 could be 1920 or 2020" in field.problem()

    qtbot.keyClick(editor.duration, Qt.Key.Key_S, CTRL_SHIFT)
    wait_ops(qtbot)
    assert editor.form.sign_confirm is None  # no summary offered with a day nobody typed
    assert not editor.signed
    assert QApplication.focusWidget() is field  # the keyboard is taken to the date
    assert "four digits" in field.problem()

    field.setSelectedSection(field.sectionAt(0))
    qtbot.keyClicks(field, "11/19/2026")
    assert field.problem() == ""
    qtbot.keyClick(field, Qt.Key.Key_S, CTRL_SHIFT)
    qtbot.waitUntil(lambda: editor.form.sign_confirm is not None and editor.sign_confirm.isVisible())
    assert any("11/19/2026" in line for line in editor.sign_summary())
    editor.sign_now()
    wait_ops(qtbot)
    note_id = editor.note_id
    assert note_id is not None and editor.signed
    note = notes.get_note(vault, note_id)
    assert note.session_id is not None
    assert sessions.get_session(vault, note.session_id).date.isoformat() == "2026-11-19"
    editor.close()
    wait_ops(qtbot)

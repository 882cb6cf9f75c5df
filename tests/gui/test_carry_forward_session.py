"""Start from last note keeps what the form said of the visit: the documented keyboard path
(Ctrl+N, the session's start and length, Alt+F, the text, Ctrl+Shift+S, Enter) signed a note
with NO session (found by a keyboard-only therapist): the carried note replaced the form and its
session box came back unticked, so the visit was in neither the agenda, the last visit nor the
account."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.services import notes, sessions

pytestmark = pytest.mark.gui

CTRL, SHIFT, ALT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
                    Qt.KeyboardModifier.AltModifier)


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard"
    return widget


def _new_note_with_a_signed_one_before(unlocked_app: AppController, qtbot, name: str):  # type: ignore[no-untyped-def]
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    cid = add_client(unlocked_app, qtbot, name)
    first = notes.create_progress_note(vault, cid, note_date=date.today() - timedelta(days=7),
                                       sections={"subjective": "Tired.", "plan": "Sleep diary."})
    notes.sign_note(vault, first.note_id)
    wait_ops(qtbot)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.chart.tabs.setFocus()
    qtbot.keyClick(_focused(), Qt.Key.Key_N, CTRL)  # New note
    wait_ops(qtbot)
    assert window.chart.editors, "Ctrl+N opened no editor"
    editor = window.chart.editors[-1]
    qtbot.waitUntil(editor.isActiveWindow)
    return vault, cid, editor


def _carry_and_sign(qtbot, editor) -> str:  # type: ignore[no-untyped-def]
    qtbot.keyClick(_focused(), Qt.Key.Key_F, ALT)  # Start from last note
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.section_edits["plan"], timeout=10_000)
    qtbot.keyClicks(_focused(), "Slept 6 h most nights.")
    wait_ops(qtbot)
    qtbot.keyClick(_focused(), Qt.Key.Key_S, CTRL | SHIFT)  # Sign and lock: the summary first
    qtbot.waitUntil(lambda: getattr(editor, "sign_confirm", None) is not None and editor.sign_confirm.isVisible())
    qtbot.waitUntil(editor.sign_confirm.isActiveWindow)
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)  # Sign
    wait_ops(qtbot)
    note_id = editor.autosave.draft.note_id
    assert note_id is not None and editor.signed
    return str(note_id)


def test_the_carried_note_keeps_the_session_the_form_had(unlocked_app: AppController, qtbot) -> None:
    vault, _cid, editor = _new_note_with_a_signed_one_before(unlocked_app, qtbot, "Cara Carrysession")
    day = date.today() - timedelta(days=1)
    editor.session_date.setDate(QDate(day.year, day.month, day.day))
    editor.fields.start.setFocus()
    qtbot.keyClicks(editor.fields.start, "2:30 PM")
    editor.duration.setFocus()
    qtbot.keyClick(editor.duration, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(editor.duration, "45")
    wait_ops(qtbot)
    assert editor.autosave.draft.note_id is None  # nothing written yet: carry forward is offered

    note_id = _carry_and_sign(qtbot, editor)
    signed = notes.get_note(vault, note_id)
    assert signed.signed and signed.sections["plan"].startswith("Slept 6 h most nights.")
    assert signed.session_id is not None, "the carried note was signed with no session"
    session = sessions.get_session(vault, signed.session_id)
    assert (session.date, session.start_time, session.duration_minutes) == (day, time(14, 30), 45)
    assert signed.note_date == day
    # The form shows the session it documents, as it does for any note with one.
    assert editor.session_box.isChecked() and editor.duration.value() == 45
    editor.close()
    wait_ops(qtbot)


def test_a_form_without_a_session_carries_without_one(unlocked_app: AppController, qtbot) -> None:
    """The other side: the box unticked (a phone call, a letter) stays unticked, and no visit
    is recorded for the carried note."""
    vault, _cid, editor = _new_note_with_a_signed_one_before(unlocked_app, qtbot, "Nell Nosession")
    editor.session_box.setFocus()
    qtbot.keyClick(editor.session_box, Qt.Key.Key_Space)  # untick "Session"
    assert not editor.session_box.isChecked()
    note_id = _carry_and_sign(qtbot, editor)
    signed = notes.get_note(vault, note_id)
    assert signed.signed and signed.session_id is None
    assert not editor.session_box.isChecked()
    editor.close()
    wait_ops(qtbot)

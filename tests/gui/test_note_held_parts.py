"""A new progress note restored after the idle lock comes back with all of the window it was:
the "Start from last note" button, the line that says what the day's session already was and
what this note does about it, and the plan's ICD-10 codes in the session box. Found walking the
real app (screenshots 59 and 61): only the text came back, the session line was gone and the
ICD-10 field empty, so a session ticked afterwards went to billing without its diagnoses.
Real vault, real widgets, a real lock and unlock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_chart import add_client
from tests.gui.test_held_dates import _reopened
from vault_app.domain.same_day_sessions import NO_SESSION
from vault_app.gui.controller import AppController
from vault_app.gui.note_editor import NoteEditor
from vault_app.gui.note_same_day import key
from vault_app.services import notes, plans, sessions

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]


def test_a_new_note_comes_back_with_its_button_session_line_and_codes(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot) -> None:
    window, vault = unlocked_app.main_window, unlocked_app.vault
    assert window is not None and vault is not None
    cid = add_client(unlocked_app, qtbot, "Rosa Restored")
    plans.update_plan(vault, cid, problems="Worry", diagnosis_codes=["F43.10"])
    sessions.add_session(vault, cid, date="2026-11-20", start_time="10:00", duration_minutes=45,
                         icd10_codes=["F43.10"])
    editor = window.chart.new_note()
    assert isinstance(editor, NoteEditor)
    qtbot.waitExposed(editor)
    editor.session_date.setDate(QDate(2026, 11, 20))
    wait_ops(qtbot)
    row = editor.fields.same_day
    row.combo.setCurrentIndex(row.combo.findData(key(NO_SESSION)))  # a phone call: no session
    subjective = editor.section_edits["subjective"]
    subjective.setFocus()
    qtbot.keyClicks(subjective, "Phone call about the holidays")
    editor.flush()
    wait_ops(qtbot)
    said_before = row.said.text()
    assert "already has a session on 11/20/2026" in said_before and "without a session" in said_before
    assert editor.icd.text() == "F43.10" and editor.carry_button.isVisibleTo(editor)
    unlocked_app.lock("Locked now.")
    wait_ops(qtbot)
    window = unlock(unlocked_app, qtbot)
    again = _reopened(window, NoteEditor, qtbot)
    assert isinstance(again, NoteEditor)
    qtbot.waitUntil(lambda: again.section_edits["subjective"].toPlainText() == "Phone call about the holidays",
                    timeout=10_000)
    qtbot.waitUntil(lambda: again.status.text().startswith("Restored:"), timeout=10_000)
    # The keyboard back in the text: the note was read and the window put back as it was.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is again.section_edits["subjective"], timeout=10_000)
    wait_ops(qtbot)
    assert again.carry_button.isVisibleTo(again)
    assert again.fields.same_day.row.isVisibleTo(again)
    assert again.fields.same_day.said.text() == said_before
    assert not again.fields.same_day.combo.isEnabled()  # the first save chose, as before the lock
    assert again.icd.text() == "F43.10"
    # Nothing was saved by putting the parts back: the note is as it was, and still has no session.
    vault = unlocked_app.vault  # the vault opened again at the unlock
    assert vault is not None
    (summary,) = notes.list_notes(vault, cid)
    assert notes.get_note(vault, summary.note_id).session_id is None
    assert "Saved" not in again.status.text()
    again.close()
    wait_ops(qtbot)

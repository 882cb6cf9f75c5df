"""A new note for a day that has a session already (found in the real app: each Ctrl+N of a
day recorded another session, three "unbilled" ones on 12/03 for one client). The form
says so before the first save and offers: attach (the default), no session, a separate one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.domain.same_day_sessions import ATTACH, NO_SESSION, SEPARATE
from vault_app.gui import dates
from vault_app.gui.controller import AppController
from vault_app.gui.note_editor import NoteEditor
from vault_app.gui.note_same_day import key
from vault_app.services import notes, sessions
from vault_app.services.vault import Vault

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]

DAY = QDate(2026, 11, 20)


def _new_note(app: AppController, qtbot, day: QDate = DAY) -> NoteEditor:
    window = app.main_window
    assert window is not None
    window.chart.new_note()
    editor = window.chart.editors[-1]
    qtbot.waitUntil(editor.isActiveWindow)
    editor.session_date.setDate(day)
    wait_ops(qtbot)
    return editor


def _write(editor: NoteEditor, qtbot, text: str) -> str:
    qtbot.keyClicks(editor.section_edits["subjective"], text)
    editor.flush()
    wait_ops(qtbot)
    assert editor.note_id is not None
    return editor.note_id


def _vault(app: AppController) -> Vault:
    assert app.vault is not None
    return app.vault


def test_a_note_attaches_to_the_days_session_from_the_agenda_or_cli(unlocked_app: AppController, qtbot) -> None:
    client_id = add_client(unlocked_app, qtbot, "Ana Sameday")
    booked = sessions.add_session(_vault(unlocked_app), client_id, date="2026-11-20", start_time="10:00",
                                  duration_minutes=45)
    editor = _new_note(unlocked_app, qtbot)
    row = editor.fields.same_day
    assert not row.row.isHidden()
    assert row.choice() == (ATTACH, booked.session_id)
    assert "already has a session on 11/20/2026" in row.said.text() and "billed once" in row.said.text()
    assert editor.duration.value() == 45 and editor.fields.start.text() == "10:00 AM"  # that session's details
    row.combo.setCurrentIndex(row.combo.findData(key(SEPARATE)))
    assert editor.fields.start.text() == ""  # the other session's time is not the new one's
    row.combo.setCurrentIndex(row.combo.findData(key(ATTACH, booked.session_id)))
    assert editor.fields.start.text() == "10:00 AM"  # the practice's clock, read back as stored
    editor.fields.start.setText("2:30 PM")
    assert (editor.fields.session() or {})["start_time"] == "14:30"
    editor.fields.start.setText("10:00 AM")
    note_id = _write(editor, qtbot, "Seen as booked.")
    assert notes.get_note(_vault(unlocked_app), note_id).session_id == booked.session_id
    assert len(sessions.list_sessions(_vault(unlocked_app), client_id)) == 1
    assert not row.combo.isEnabled()  # chosen by the first save
    editor.close()
    wait_ops(qtbot)


def test_a_second_note_that_day_records_no_session_unless_a_separate_one_is_chosen(
    unlocked_app: AppController, qtbot
) -> None:
    client_id = add_client(unlocked_app, qtbot, "Ben Sameday")
    first = _new_note(unlocked_app, qtbot)
    assert first.fields.same_day.row.isHidden()  # the day's first note records its session
    _write(first, qtbot, "The visit.")
    first.close()

    second = _new_note(unlocked_app, qtbot)
    row = second.fields.same_day
    assert not row.row.isHidden() and row.choice() == (NO_SESSION, None)
    # The first note is a draft: its session is no visit yet, and is said so (it read "It has a
    # note already", as a visit documented).
    assert "another note, still an unsigned draft: not a visit until that note is signed" in row.said.text()
    assert "It has a note already" not in row.said.text()
    assert "No session recorded" in second.sign_summary()
    second.session_date.setDate(QDate(2026, 11, 19))  # another day: looked up again
    wait_ops(qtbot)
    assert row.row.isHidden() and row.choice() == (SEPARATE, None)
    second.session_date.setDate(DAY)
    wait_ops(qtbot)
    assert row.choice() == (NO_SESSION, None)
    call = _write(second, qtbot, "Collateral call with the school.")
    assert notes.get_note(_vault(unlocked_app), call).session_id is None
    second.close()

    third = _new_note(unlocked_app, qtbot)
    third.fields.same_day.combo.setCurrentIndex(third.fields.same_day.combo.findData(key(SEPARATE)))
    assert "second session is recorded" in third.fields.same_day.said.text()
    third.fields.start.setText("18:30")
    visit = _write(third, qtbot, "Crisis visit in the evening.")
    found = sessions.list_sessions(_vault(unlocked_app), client_id)
    assert len(found) == 2
    assert notes.get_note(_vault(unlocked_app), visit).session_id in {s.session_id for s in found}
    assert sorted(str(s.start_time) for s in found) == ["18:30:00", "None"]
    third.close()
    wait_ops(qtbot)
    # The Sessions list tells the two apart: the time, the note each belongs to, a warning.
    window = unlocked_app.main_window
    assert window is not None
    tree = window.chart.sessions.sessions
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 2, timeout=10_000)
    rows = [tree.topLevelItem(i) for i in range(2)]
    assert sorted(r.text(1) for r in rows) == ["", dates.show_time("18:30")]
    assert all(r.text(8) in ("Free form, draft", "SOAP, draft") for r in rows)
    # Both notes drafts, neither session is a visit yet: not "2 sessions, each billed" (records
    # migration 0104); signed, they are two visits that day, and the warning says so.
    tab = window.chart.sessions
    qtbot.waitUntil(lambda: len(tab.states) == 2)
    assert all(r.toolTip(0) == "" for r in rows)
    for s in found:
        noted = next(n for n in notes.list_notes(_vault(unlocked_app), client_id) if n.session_id == s.session_id)
        notes.sign_note(_vault(unlocked_app), noted.note_id)
    window.chart.reload()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 2 and all(
        "2 sessions on this day" in r.toolTip(0) for r in (tree.topLevelItem(i) for i in range(2)) if r))

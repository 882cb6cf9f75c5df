"""The dates and times written in an open note editor follow a date format changed in Settings,
as its date and time fields do (tests/gui/test_date_format_follows_settings.py): the signed-at
line, the addenda's heads, the same-day session line and its choices, and the start time shown
from the session. Found in the real app: they kept the old format (12/04/2026, 2:30 PM) beside
fields in the new one until the note was opened again. Nothing is saved for it: the same
moments, written again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.domain.same_day_sessions import ATTACH
from vault_app.gui import dates
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date, show_datetime, show_time
from vault_app.gui.note_editor import NoteEditor
from vault_app.services import notes, sessions

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]


def test_a_signed_notes_lines_follow_the_new_format(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    client_id = add_client(unlocked_app, qtbot, "Oriel Formatfollow")
    session = sessions.add_session(vault, client_id, date="2026-11-20", start_time="14:30", duration_minutes=53)
    note = notes.create_progress_note(vault, client_id, sections={"subjective": "Spoke of the move."},
                                      session_id=session.session_id)
    signed = notes.sign(vault, note.note_id)
    assert signed.signature is not None
    addendum = notes.amend_note(vault, note.note_id, "Called back the next day.")
    editor = window.chart.open_note(note.note_id)
    assert isinstance(editor, NoteEditor)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: editor.signature_label.text() != "", timeout=10_000)
    us_signed, us_added = show_datetime(signed.signature.signed_at), show_datetime(addendum.created_at)
    assert us_signed in editor.signature_label.text() and us_added in editor.history.toPlainText()
    assert editor.fields.start.text() == "2:30 PM" and editor.fields.start.placeholderText() == ""

    dates.set_practice_locale("de_DE")
    de_signed, de_added = show_datetime(signed.signature.signed_at), show_datetime(addendum.created_at)
    assert de_signed != us_signed and de_added != us_added
    assert de_signed in editor.signature_label.text() and us_signed not in editor.signature_label.text()
    assert "signature verified" in editor.signature_label.text()  # the verdict as it was
    history = editor.history.toPlainText()
    assert de_added in history and us_added not in history and "Called back the next day." in history
    assert editor.fields.start.text() == "14:30"
    assert editor.fields.start.placeholderText() == ""  # a signed note shows no examples, still
    editor.close()
    wait_ops(qtbot)


def test_a_new_notes_same_day_line_and_start_time_follow_and_nothing_is_saved(
        unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    client_id = add_client(unlocked_app, qtbot, "Sable Sameday")
    booked = sessions.add_session(vault, client_id, date="2026-11-20", start_time="10:00", duration_minutes=45)
    window.chart.new_note()
    editor = window.chart.editors[-1]
    qtbot.waitUntil(editor.isActiveWindow)
    editor.session_date.setDate(QDate(2026, 11, 20))
    wait_ops(qtbot)
    row = editor.fields.same_day
    assert row.choice() == (ATTACH, booked.session_id)
    assert "already has a session on 11/20/2026." in row.said.text() and "billed once" in row.said.text()
    assert "(10:00 AM, 45 min" in row.combo.currentText()
    assert editor.fields.start.text() == "10:00 AM"
    assert editor.fields.start.placeholderText() == "e.g. 2:30 PM"
    chosen = row.combo.currentIndex()

    dates.set_practice_locale("es_MX")
    day = show_date("2026-11-20")
    assert day == "20/11/2026"
    assert f"already has a session on {day}." in row.said.text() and "billed once" in row.said.text()
    assert "11/20/2026" not in row.said.text()
    assert "(10:00 a.m., 45 min" in row.combo.currentText()
    assert row.combo.currentIndex() == chosen and row.choice() == (ATTACH, booked.session_id)
    assert editor.fields.start.text() == show_time("10:00") == "10:00 a.m."
    assert editor.fields.start.placeholderText() == "e.g. 2:30 p.m."  # the example in the new format too
    wait_ops(qtbot)
    assert editor.note_id is None  # the same moments written again: no edit, nothing saved

    # A time typed by the therapist is theirs: left as typed (and read as typed).
    editor.fields.start.clear()
    qtbot.keyClicks(editor.fields.start, "2:30 PM")
    dates.set_practice_locale("de_DE")
    assert editor.fields.start.text() == "2:30 PM"
    assert (editor.fields.session() or {})["start_time"] == "14:30"
    editor.close()
    wait_ops(qtbot)

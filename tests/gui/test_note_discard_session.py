"""What the status bar says after Discard draft… about the note's session (walker wes, round 37):
a new note's session, recorded only for the draft ("not a visit yet… if you discard the draft, it
is deleted"), went with the draft, yet the bar said "Draft discarded. Its session stays under
Sessions & notes: if it did not take place, remove it there" and the list had none. A session
that is a visit (booked and attended, recorded) stays, and only then is that said. Real editor,
real vault."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.services import clients, notes, sessions

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]


def _discard(editor, qtbot) -> None:  # type: ignore[no-untyped-def]
    box: QMessageBox | None = editor.discard()
    assert box is not None
    (button,) = [b for b in box.buttons() if b.text().replace("&", "") == "Discard draft"]
    button.click()
    wait_ops(qtbot)


def test_a_draft_only_session_goes_and_the_bar_says_only_the_draft(unlocked_app: AppController, qtbot) -> None:
    vault, window = unlocked_app.vault, unlocked_app.main_window
    assert vault is not None and window is not None
    client_id = add_client(unlocked_app, qtbot, "Dora Draftonly")
    editor = window.chart.new_note()  # a day with no session: one is recorded for the draft
    assert editor is not None
    qtbot.keyClicks(editor.section_edits["subjective"], "written on the wrong chart")
    editor.flush()
    wait_ops(qtbot)
    (draft,) = clients.read_chart(vault, client_id).notes
    assert draft.session_id is not None and sessions.draft_only(vault, draft.session_id)
    _discard(editor, qtbot)
    assert not clients.read_chart(vault, client_id).sessions  # it went with the draft
    assert window.status_label.text() == "Draft discarded."


def test_a_visit_s_session_stays_and_the_bar_says_where(unlocked_app: AppController, qtbot) -> None:
    vault, window = unlocked_app.vault, unlocked_app.main_window
    assert vault is not None and window is not None
    client_id = add_client(unlocked_app, qtbot, "Vera Visit")
    seen = sessions.add_session(vault, client_id, date="2026-11-20", start_time="10:00", duration_minutes=53)
    note_id = notes.create_progress_note(vault, client_id, template="free", text="Draft of a real visit.",
                                         session_id=seen.session_id).note_id
    editor = window.chart.open_note(note_id)
    assert editor is not None
    wait_ops(qtbot)
    _discard(editor, qtbot)
    assert [s.session_id for s in clients.read_chart(vault, client_id).sessions] == [seen.session_id]
    assert window.status_label.text().startswith("Draft discarded. Its session stays under Sessions & notes")

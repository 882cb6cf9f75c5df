"""A progress note's CPT code follows its session's modality and length while it is the default
for what they were, and never overwrites a code the therapist typed. Found in the real app
(walk of a teen therapist, shots 52-54): in a client's own chart a note linked to its session,
with Modality set to Family, kept CPT 90837 (a family case's note starts with 90847). Real
editor, real vault."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.gui.note_editor import NoteEditor
from vault_app.services import notes, sessions

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]

DAY = "2026-11-20"


def _editor(app: AppController, qtbot, name: str) -> NoteEditor:  # type: ignore[no-untyped-def]
    vault, window = app.vault, app.main_window
    assert vault is not None and window is not None
    client_id = add_client(app, qtbot, name)
    seen = sessions.add_session(vault, client_id, date=DAY, start_time="16:00", duration_minutes=53)
    assert (seen.modality, seen.cpt_code) == ("individual", "90837")
    note_id = notes.create_progress_note(vault, client_id, template="free", text="Family session.",
                                         session_id=seen.session_id).note_id
    editor = window.chart.open_note(note_id)
    assert editor is not None
    wait_ops(qtbot)
    assert editor.session_box.isChecked() and editor.cpt.text() == "90837"
    return editor


def test_the_default_code_follows_the_modality_of_a_saved_session(unlocked_app: AppController, qtbot) -> None:
    editor = _editor(unlocked_app, qtbot, "Maya Modality")
    editor.modality.setCurrentIndex(editor.modality.findData("family"))
    assert editor.cpt.text() == "90847"
    editor.duration.setValue(45)  # still the family code: it does not go by length under 90847
    assert editor.cpt.text() == "90847"
    editor.modality.setCurrentIndex(editor.modality.findData("individual"))
    assert editor.cpt.text() == "90834"
    editor.close()
    wait_ops(qtbot)


def test_a_code_the_therapist_typed_stays(unlocked_app: AppController, qtbot) -> None:
    editor = _editor(unlocked_app, qtbot, "Tess Typed")
    editor.cpt.selectAll()
    QTest.keyClicks(editor.cpt, "90837")  # typed, even though it is the default
    editor.modality.setCurrentIndex(editor.modality.findData("family"))
    assert editor.cpt.text() == "90837"
    editor.duration.setValue(30)
    assert editor.cpt.text() == "90837"
    editor.close()
    wait_ops(qtbot)


def test_the_session_window_follows_the_same_rule(unlocked_app: AppController, qtbot) -> None:
    """Clients > Sessions' own window: the same rule as the note's session box."""
    from vault_app.gui.session_dialog import SessionDialog

    vault = unlocked_app.vault
    assert vault is not None
    client_id = add_client(unlocked_app, qtbot, "Sid Sessions")
    seen = sessions.add_session(vault, client_id, date=DAY, start_time="16:00", duration_minutes=53)
    dialog = SessionDialog(unlocked_app, seen)
    qtbot.addWidget(dialog)
    dialog.modality.setCurrentIndex(dialog.modality.findData("family"))
    assert dialog.cpt.text() == "90847"
    dialog.cpt.selectAll()
    QTest.keyClicks(dialog.cpt, "90837")
    dialog.modality.setCurrentIndex(dialog.modality.findData("couple"))
    assert dialog.cpt.text() == "90837"  # typed: it stays

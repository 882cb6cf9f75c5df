"""A signed progress note shows only what it holds: its empty start time and ICD-10 codes
showed the editor's examples ("2:30 PM", "e.g. F41.1, F32.1") in the disabled session box,
in the same grey as its values, as if recorded (found in the real app on a first note
signed without them). A draft keeps the examples."""

from __future__ import annotations

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.gui.note_editor import NoteEditor
from vault_app.services import notes, sessions

pytestmark = pytest.mark.gui


def _empty_fields_show(editor: NoteEditor) -> list[str]:
    return [f.placeholderText() for f in (editor.fields.start, editor.icd) if not f.text()]


def test_a_signed_note_shows_no_examples(unlocked_app: AppController, qtbot) -> None:
    window, vault = unlocked_app.main_window, unlocked_app.vault
    assert window is not None and vault is not None
    cid = add_client(unlocked_app, qtbot, "Sia Signedfields")
    editor = window.chart.new_note()
    assert editor is not None
    wait_ops(qtbot)
    assert all(_empty_fields_show(editor)), "a draft shows the examples"
    editor.section_edits["subjective"].setPlainText("First visit.")
    editor.flush()
    wait_ops(qtbot)
    editor.sign_now()
    wait_ops(qtbot)
    assert editor.signed
    note_id = editor.autosave.draft.note_id
    assert note_id is not None
    session = sessions.get_session(vault, str(notes.get_note(vault, note_id).session_id))
    assert session.start_time is None and session.icd10_codes == ()
    assert _empty_fields_show(editor) == ["", ""]
    editor.close()
    wait_ops(qtbot)

    reopened = window.chart.open_note(note_id)
    assert reopened is not None and reopened.client_id == cid
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: reopened.signed)
    assert _empty_fields_show(reopened) == ["", ""]
    reopened.close()
    wait_ops(qtbot)

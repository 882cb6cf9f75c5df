"""A new progress note's session starts with the treatment plan's diagnoses as its ICD-10
codes, as a session recorded from the agenda ("Attended") does. Found in the real app: a
first note written with Ctrl+N after the plan (F41.1, F93.0) was signed with a session
that had no diagnosis, and went to billing that way."""

from __future__ import annotations

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.services import notes, plans, sessions

pytestmark = pytest.mark.gui


def test_a_new_note_starts_from_the_plan_diagnoses(unlocked_app: AppController, qtbot) -> None:
    window, vault = unlocked_app.main_window, unlocked_app.vault
    assert window is not None and vault is not None
    cid = add_client(unlocked_app, qtbot, "Pia Planned")
    plans.update_plan(vault, cid, problems="Worry", diagnosis_codes=["F41.1", "F93.0"])
    editor = window.chart.new_note()
    assert editor is not None
    wait_ops(qtbot)
    assert editor.icd.text() == "F41.1, F93.0"
    editor.section_edits["subjective"].setPlainText("First visit.")
    editor.flush()
    wait_ops(qtbot)
    editor.sign_now()
    wait_ops(qtbot)
    note_id = editor.autosave.draft.note_id
    assert note_id is not None
    session_id = notes.get_note(vault, note_id).session_id
    assert sessions.get_session(vault, str(session_id)).icd10_codes == ("F41.1", "F93.0")
    editor.close()
    wait_ops(qtbot)


def test_codes_typed_first_stay_and_no_plan_leaves_the_field_empty(unlocked_app: AppController, qtbot) -> None:
    window, vault = unlocked_app.main_window, unlocked_app.vault
    assert window is not None and vault is not None
    add_client(unlocked_app, qtbot, "Nia Noplan")
    editor = window.chart.new_note()
    assert editor is not None
    wait_ops(qtbot)
    assert editor.icd.text() == ""
    editor.close()
    wait_ops(qtbot)

    cid = add_client(unlocked_app, qtbot, "Tia Typed")
    plans.update_plan(vault, cid, problems="Worry", diagnosis_codes=["F41.1"])
    editor = window.chart.new_note()
    assert editor is not None
    qtbot.keyClicks(editor.icd, "F32.1")  # typed before the plan was read
    wait_ops(qtbot)
    assert editor.icd.text() == "F32.1"
    editor.close()
    wait_ops(qtbot)

"""Carry forward in the note editor: "Start from last note" fills a new note with the last
note's plan, marked; signing is refused (the standard error) until the carried text is edited."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.services import notes

pytestmark = pytest.mark.gui


def test_start_from_last_note_then_edit_and_sign(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    cid = add_client(unlocked_app, qtbot, "Carry Editorperson")
    first = notes.create_progress_note(vault, cid, sections={"subjective": "Tired.", "plan": "Walk daily."})
    notes.sign_note(vault, first.note_id)
    editor = window.chart.new_note()
    assert editor is not None
    wait_ops(qtbot)
    assert editor.carry_button.isVisible()
    editor.carry_button.click()
    wait_ops(qtbot)
    plan = editor.section_edits["plan"]
    assert plan.toPlainText().startswith("[Carried forward from the note of ") and "Walk daily." in plan.toPlainText()
    assert not editor.carry_button.isVisible() and "edit the marked text" in editor.status.text()
    carried_id = editor.autosave.draft.note_id
    assert carried_id is not None and carried_id != first.note_id

    editor.section_edits["subjective"].setPlainText("Slept better.")
    editor.sign_now()
    wait_ops(qtbot)
    boxes = [b for b in editor.findChildren(QMessageBox) if b.objectName() == "errorDialog" and b.isVisible()]
    assert boxes and "unedited: plan" in boxes[-1].text()
    boxes[-1].close()
    assert not notes.get_note(vault, carried_id).signed

    plan.setPlainText("Walk daily; add stretching.")
    editor.sign_now()
    wait_ops(qtbot)
    assert editor.signed and notes.get_note(vault, carried_id).signed
    assert notes.get_note(vault, carried_id).sections["plan"] == "Walk daily; add stretching."
    editor.close()
    wait_ops(qtbot)

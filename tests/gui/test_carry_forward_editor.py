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


def _carry(unlocked_app: AppController, qtbot, plan: str):  # type: ignore[no-untyped-def]
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    cid = add_client(unlocked_app, qtbot, "Carry Countperson")
    first = notes.create_progress_note(vault, cid, sections={"subjective": "Tired.", "plan": plan})
    notes.sign_note(vault, first.note_id)
    editor = window.chart.new_note()
    assert editor is not None
    wait_ops(qtbot)
    editor.resize(760, 520)  # a laptop's note window: the plan, last section, below the fold
    editor.carry_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: editor.section_edits["plan"].hasFocus())
    return editor


def test_the_marked_carried_text_is_scrolled_into_view(unlocked_app: AppController, qtbot) -> None:
    """Found in the real app: the plan, last of four sections, was selected below the visible
    part of the note, so what the therapist typed went where nobody could see it."""
    editor = _carry(unlocked_app, qtbot, "Walk daily.")
    plan = editor.section_edits["plan"]
    qtbot.waitUntil(lambda: not plan.visibleRegion().isEmpty())
    editor.close()
    wait_ops(qtbot)


def test_sign_summary_says_how_many_words_were_carried(unlocked_app: AppController, qtbot) -> None:
    """Found in the real app: 8 words typed, and the question before the signature said 30:
    the carried plan counted as if written today, with nothing to say so."""
    editor = _carry(unlocked_app, qtbot, "Walk daily and stretch every morning.")
    qtbot.keyClicks(editor.section_edits["plan"], "Slept much better")
    summary = editor.sign_summary()
    assert "SOAP note, 9 words" in summary
    assert any("6 of them were carried unchanged from the note of" in line for line in summary), summary

    # Once the carried words are rewritten, none are said to be carried.
    editor.section_edits["plan"].setPlainText("Walk daily; add stretching every evening.")
    summary = editor.sign_summary()
    assert "SOAP note, 6 words" in summary
    assert not any("carried" in line for line in summary), summary
    editor.close()
    wait_ops(qtbot)


def test_the_editor_says_the_newer_draft_was_passed_over(unlocked_app: AppController, qtbot) -> None:
    """Found: carry forward copied the newest note even when it was an unsigned draft. It carries
    from the signed note before it, and the editor says which note and that the newer is a draft."""
    from datetime import date

    from vault_app.gui.dates import show_date

    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    cid = add_client(unlocked_app, qtbot, "Carry Draftperson")
    signed = notes.create_progress_note(vault, cid, note_date=date(2026, 1, 5),
                                        sections={"subjective": "Tired.", "plan": "Walk daily."})
    notes.sign_note(vault, signed.note_id)
    notes.amend_note(vault, signed.note_id, "Also: drink water.")
    notes.create_progress_note(vault, cid, note_date=date(2026, 1, 12),
                               sections={"subjective": "Half.", "plan": "Draft plan, never signed."})
    editor = window.chart.new_note()
    assert editor is not None
    wait_ops(qtbot)
    editor.carry_button.click()
    wait_ops(qtbot)
    plan = editor.section_edits["plan"].toPlainText()
    assert "Walk daily." in plan and "never signed" not in plan
    said = editor.status.text()
    assert (f"The newest note, of {show_date(date(2026, 1, 12))}, is a draft: carried from the signed note of "
            f"{show_date(date(2026, 1, 5))}.") in said, said
    assert "addenda and amendments (1) were not carried" in said, said
    editor.close()
    wait_ops(qtbot)

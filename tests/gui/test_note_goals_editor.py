"""Issue 19 item 2 in the note editor: the client's active treatment-plan goals, ticked from
the keyboard, are written into the note and recorded with it (services/note_goals)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.domain.note_goals import GOALS_HEADING
from vault_app.gui.controller import AppController
from vault_app.services import notes, plans

pytestmark = pytest.mark.gui


def _with_plan(app: AppController, qtbot) -> tuple[str, list[str]]:
    vault = app.vault
    assert vault is not None
    cid = add_client(app, qtbot, "Gwen Goalperson")
    plan = plans.update_plan(vault, cid, problems="Panic", goals=[
        {"description": "Fewer panic attacks"}, {"description": "Ride the bus alone"}, {"description": "Met already"}])
    ids = [g.goal_id for g in plan.goals]
    plans.set_goal_status(vault, cid, ids[2], "met")
    return cid, ids


def test_goals_ticked_by_keyboard_go_into_the_note(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    _cid, ids = _with_plan(unlocked_app, qtbot)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    editor = window.chart.new_note()
    assert editor is not None
    wait_ops(qtbot)
    qtbot.waitUntil(editor.isActiveWindow)  # mnemonics (Alt+G) reach the active window only
    box = editor.goals_box
    assert box.isVisibleTo(editor)
    assert [box.list.item(i).text() for i in range(box.list.count())] == [
        "Goal 1: Fewer panic attacks", "Goal 2: Ride the bus alone"], "active goals only, as numbered in the plan"

    # Keyboard only: focus the list, Down to the second goal, Space ticks it, Alt+G adds.
    box.list.setFocus()
    qtbot.keyClick(box.list, Qt.Key.Key_Down)
    qtbot.keyClick(box.list, Qt.Key.Key_Space)
    assert box.checked() == [ids[1]]
    qtbot.keyClick(box.list, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    # A mnemonic "clicks" after a short animation: wait for the note, not a fixed time.
    qtbot.waitUntil(lambda: editor.autosave.draft.note_id is not None, timeout=10_000)
    wait_ops(qtbot)
    plan = editor.section_edits["plan"]  # SOAP: the goals go to the plan
    assert plan.toPlainText() == f"{GOALS_HEADING}\n- Goal 2: Ride the bus alone"
    note_id = editor.autosave.draft.note_id
    assert note_id is not None, "an empty editor's first goal creates the note"
    stored = notes.get_note(vault, note_id)
    assert stored.goal_ids == (ids[1],) and stored.sections["plan"] == plan.toPlainText()
    assert "recorded with it" in editor.status.text()

    # Typed text stays; a second goal is added below it, once.
    editor.section_edits["subjective"].setPlainText("Rode two stops with a friend.")
    box.list.item(0).setCheckState(Qt.CheckState.Checked)
    box.add_button.click()
    wait_ops(qtbot)
    assert plan.toPlainText().splitlines() == [GOALS_HEADING, "- Goal 2: Ride the bus alone",
                                              "- Goal 1: Fewer panic attacks"]
    editor.flush()
    wait_ops(qtbot)
    stored = notes.get_note(vault, note_id)
    assert stored.goal_ids == (ids[1], ids[0])
    assert stored.sections["subjective"] == "Rode two stops with a friend."

    editor.sign_now()
    wait_ops(qtbot)
    assert editor.signed and not box.add_button.isEnabled() and not box.list.isEnabled()
    editor.close()
    wait_ops(qtbot)


def test_reopened_note_shows_its_goals_ticked(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    cid, ids = _with_plan(unlocked_app, qtbot)
    note = notes.create_progress_note(vault, cid, sections={"plan": "x"}, goal_ids=[ids[0]])
    editor = window.chart.open_note(note.note_id)
    assert editor is not None
    wait_ops(qtbot)
    assert editor.goals_box.checked() == [ids[0]]
    editor.close()
    wait_ops(qtbot)


def test_no_plan_no_goals_box(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot, "Nia Noplan")
    editor = window.chart.new_note()
    assert editor is not None
    wait_ops(qtbot)
    assert not editor.goals_box.isVisibleTo(editor)
    editor.add_goals([])
    assert "Tick one or more goals" in editor.status.text()
    editor.close()
    wait_ops(qtbot)

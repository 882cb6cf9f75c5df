"""Vault > Snippets…: a therapist makes, changes and removes her snippets in the app. Found by a
walker (a solo LPC setting up a session template, keyboard first): snippets could only be made with
`vault-app snippet add` in a terminal, which refuses while the app has the vault open ("Lock the
vault in that window"), so docs/gui.md's "reach an open editor at once" could not happen. Real app,
real vault, real widgets, typed with the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.gui.note_editor import NoteEditor
from vault_app.gui.snippets_dialog import SnippetsDialog
from vault_app.services import faster_notes

pytestmark = pytest.mark.gui

TEMPLATE = "Mood:\nAffect:\nInterventions:\nPlan:"


def _open(app: AppController, qtbot) -> SnippetsDialog:
    window = app.main_window
    assert window is not None
    window.menu_actions["snippets"].trigger()
    dialog = window.findChild(SnippetsDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    return dialog


def _saved(app: AppController) -> dict[str, str]:
    vault = app.vault
    assert vault is not None
    return faster_notes.snippet_map(vault)


def test_a_snippet_typed_in_the_window_is_saved_and_expands_in_an_open_note(unlocked_app: AppController,
                                                                            qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot)
    editor = window.chart.new_note()
    assert isinstance(editor, NoteEditor)
    wait_ops(qtbot)
    dialog = _open(unlocked_app, qtbot)
    # The keyboard starts in the trigger; Tab goes on to the text, a second Tab to Save.
    assert QApplication.focusWidget() is dialog.trigger
    qtbot.keyClicks(dialog.trigger, ";st")
    qtbot.keyClicks(dialog.text, "Mood:")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.text, "Affect:")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.text, "Interventions:")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.text, "Plan:")
    dialog.save_button.click()
    wait_ops(qtbot)
    assert _saved(unlocked_app) == {";st": TEMPLATE}
    assert dialog.message.text() == ""
    assert dialog.trigger.text() == "" and dialog.text.toPlainText() == ""  # ready for the next one
    assert [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())] == [";st"]
    # The note open behind the window expands it at once (no lock, no restart).
    first = next(iter(editor.form.section_edits.values()))
    qtbot.keyClicks(first, ";st")
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert first.toPlainText() == TEMPLATE + " "
    dialog.reject()


def test_a_bad_trigger_is_said_beside_it_and_nothing_is_saved(unlocked_app: AppController, qtbot) -> None:
    dialog = _open(unlocked_app, qtbot)
    qtbot.keyClicks(dialog.trigger, "ms")  # no mark in front: ordinary words would expand
    qtbot.keyClicks(dialog.text, "Mental status: alert.")
    dialog.save_button.click()
    wait_ops(qtbot)
    assert _saved(unlocked_app) == {}
    assert "trigger" in dialog.message.text()
    assert dialog.text.toPlainText() == "Mental status: alert."  # what was typed stays
    assert QApplication.focusWidget() is dialog.trigger
    dialog.trigger.setText("")
    dialog.text.setPlainText("")
    dialog.reject()


def test_choosing_one_fills_the_form_and_remove_takes_it_away(unlocked_app: AppController, qtbot) -> None:
    unlocked_app.op(None, lambda v: faster_notes.save_snippet(v, ";ms", "Mental status: alert.")).run()
    unlocked_app.op(None, lambda v: faster_notes.save_snippet(v, ";ok", "Went well.")).run()
    wait_ops(qtbot)
    dialog = _open(unlocked_app, qtbot)
    assert dialog.tree.topLevelItemCount() == 2
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    assert dialog.trigger.text() == ";ms" and dialog.text.toPlainText() == "Mental status: alert."
    # Changed and saved under the same trigger: replaced, not a second one.
    dialog.text.setPlainText("Mental status: alert, oriented x4.")
    dialog.save_button.click()
    wait_ops(qtbot)
    assert _saved(unlocked_app) == {";ms": "Mental status: alert, oriented x4.", ";ok": "Went well."}
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(1))
    assert dialog.remove_button.isEnabled()
    dialog.remove_button.click()
    wait_ops(qtbot)
    assert _saved(unlocked_app) == {";ms": "Mental status: alert, oriented x4."}
    assert dialog.tree.topLevelItemCount() == 1
    dialog.reject()

"""Personal snippets in the note editor: typing the trigger and Space expands it in place;
a snippet saved anywhere reaches open editors through the change notices."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.services import faster_notes

pytestmark = pytest.mark.gui


def test_trigger_and_space_expand_in_the_note(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot, "Sam Snippetperson")
    editor = window.chart.new_note()
    assert editor is not None
    wait_ops(qtbot)
    edit = editor.section_edits["subjective"]
    qtbot.keyClicks(edit, "Seen. ;ms ")
    assert edit.toPlainText() == "Seen. ;ms "  # no snippet yet: typed as is
    # Saved elsewhere (the command line's service): the open editor hears of it.
    unlocked_app.op(None, lambda v: faster_notes.save_snippet(v, ";ms", "Mental status: alert, oriented.")).run()
    wait_ops(qtbot)
    assert editor.snippets.snippets == {";ms": "Mental status: alert, oriented."}
    edit.clear()
    qtbot.keyClicks(edit, "Seen. ;ms")
    qtbot.keyClick(edit, Qt.Key.Key_Space)
    qtbot.keyClicks(edit, "Calm.")
    assert edit.toPlainText() == "Seen. Mental status: alert, oriented. Calm."
    # Inside a word, or with a modifier, nothing happens.
    edit.clear()
    qtbot.keyClicks(edit, "x;ms")
    qtbot.keyClick(edit, Qt.Key.Key_Space)
    assert edit.toPlainText() == "x;ms "
    assert editor.snippets.expanded == 1
    editor.close()
    wait_ops(qtbot)

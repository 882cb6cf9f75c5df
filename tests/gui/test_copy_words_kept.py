"""A copied note's "The clipboard is cleared in 30 seconds." stays until the clipboard is
cleared (found by a walker: autosave's "Saved 7:00 PM" replaced it within ~3 s); the save words
come after it, and a refused save is still said at once. The hold's timer is driven by hand."""

from __future__ import annotations

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui

COPIED = "Copied. The clipboard is cleared in 30 seconds."


def test_the_copy_words_stay_until_the_clipboard_is_cleared(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot, "Cora Copy")
    editor = window.chart.new_note()
    assert editor is not None
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.keyClicks(editor.section_edits["subjective"], "Slept six hours.")
    editor.flush()
    wait_ops(qtbot)
    assert editor.status.text().startswith("Saved")
    editor.copy_text()
    assert editor.status.text() == COPIED
    qtbot.keyClicks(editor.section_edits["subjective"], " Ate well.")
    editor.flush()
    wait_ops(qtbot)
    assert not editor.autosave.unsaved, "the save went through"
    assert editor.status.text() == COPIED, "the save did not say itself over the copy's words"
    editor.autosave._hold.timeout.emit()  # the clipboard's 30 s are over
    assert editor.status.text().startswith("Saved"), editor.status.text()
    editor.close()
    wait_ops(qtbot)

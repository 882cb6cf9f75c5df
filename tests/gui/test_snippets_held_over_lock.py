"""The Vault > Snippets… window's typing survives a lock and a quit, as every other form's does
(gui/held.py). Found by a walker: the trigger and template typed went with the idle lock, while the
other open forms came back. Real keys, a real lock (or Ctrl+Q and a start again), a real unlock;
the text reaches no plain file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import wait_ops
from tests.gui.test_held_dates import _reopened
from tests.gui.test_held_new_client_and_authorization import CANARY, _away_and_back
from tests.gui.test_snippets_window import _open, _saved
from vault_app.gui.controller import AppController
from vault_app.gui.held import restored_text
from vault_app.gui.snippets_dialog import SnippetsDialog

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]


@pytest.mark.parametrize("how", ["lock", "quit"])
def test_a_snippet_typed_comes_back_after_a_lock_and_is_saved(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, app_folder: Path, how: str) -> None:
    dialog = _open(unlocked_app, qtbot)
    qtbot.keyClicks(dialog.trigger, ";ms")
    dialog.text.setFocus()
    qtbot.keyClicks(dialog.text, f"Mood: {CANARY}")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.text, "Affect:")

    window = _away_and_back(unlocked_app, dialog, qtbot, how, app_folder)
    again = _reopened(window, SnippetsDialog, qtbot)
    assert isinstance(again, SnippetsDialog) and again is not dialog
    assert again.trigger.text() == ";ms"
    assert again.text.toPlainText() == f"Mood: {CANARY}\nAffect:"
    assert again.message.text() == restored_text(how)
    assert again.typed(), "still typed: Escape asks, and a second lock holds it again"
    again.save_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: ";ms" in _saved(unlocked_app), timeout=10_000)
    assert _saved(unlocked_app)[";ms"] == f"Mood: {CANARY}\nAffect:"

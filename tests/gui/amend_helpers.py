"""A signed progress note with its amendment dialog open, as the tests of that dialog need
(tests/gui/test_amend_dialog_keys.py, test_refusals_in_spanish.py)."""

from __future__ import annotations

from typing import Any

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.amend_dialog import AmendDialog
from vault_app.gui.controller import AppController
from vault_app.gui.note_editor import NoteEditor


def open_amend_dialog(app: AppController, qtbot: Any, client_name: str) -> tuple[NoteEditor, AmendDialog]:
    """A new client, a progress note typed and signed in its editor, then Amend: the editor
    (still open) and its amendment dialog."""
    window = app.main_window
    assert window is not None
    add_client(app, qtbot, client_name)
    editor = window.chart.new_note()
    assert editor is not None
    qtbot.keyClicks(editor.section_edits["subjective"], "Slept better.")
    qtbot.waitUntil(lambda: editor.note_id is not None, timeout=5000)
    editor.sign_now()
    wait_ops(qtbot)
    assert editor.signed
    editor.amend()
    dialog = editor.findChild(AmendDialog)
    assert dialog is not None
    return editor, dialog


def close_amend_dialog(qtbot: Any, editor: NoteEditor, dialog: AmendDialog) -> None:
    """Cancel the dialog, then close the editor, each once the worker is idle."""
    dialog.reject()
    wait_ops(qtbot)
    editor.close()
    wait_ops(qtbot)

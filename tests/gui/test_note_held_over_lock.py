"""A progress note open at the idle lock opens again after the unlock, on the same note, the
caret where it was, said to be restored. Found on a keyboard-only walk of the real app: its text
survived (autosave), but the window did not come back and nothing said where the draft was.
The psychotherapy compartment's own lock leaves the progress note open (its compartment did not
lock); a psychotherapy note does not come back at the vault's unlock (its compartment stays
locked until its own passphrase)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.conftest import PASSPHRASE
from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_chart import add_client
from tests.gui.test_held_dates import _quit_and_start_again, _reopened
from vault_app.gui.controller import AppController
from vault_app.gui.note_editor import NoteEditor
from vault_app.services import notes

pytestmark = pytest.mark.gui


def _writing(app: AppController, qtbot) -> tuple[NoteEditor, str]:  # type: ignore[no-untyped-def]
    window = app.main_window
    assert window is not None
    cid = add_client(app, qtbot, "Lena Lockwood")
    editor = window.chart.new_note()
    assert isinstance(editor, NoteEditor)
    qtbot.waitExposed(editor)
    wait_ops(qtbot)
    subjective = editor.section_edits["subjective"]
    subjective.setFocus()
    qtbot.keyClicks(subjective, "Slept badly all week")
    cursor = subjective.textCursor()
    cursor.setPosition(len("Slept badly"))  # the caret back in the sentence, as when going over it
    subjective.setTextCursor(cursor)
    return editor, cid


@pytest.mark.parametrize("how", ["lock", "quit"])
def test_a_note_open_at_the_lock_opens_again_where_it_was(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, how: str) -> None:
    editor, cid = _writing(unlocked_app, qtbot)
    if how == "lock":
        unlocked_app.lock("Locked now.")
        wait_ops(qtbot)
        assert not any(isinstance(w, NoteEditor) and w.isVisible() for w in QApplication.topLevelWidgets())
        window = unlock(unlocked_app, qtbot)
    else:
        window = _quit_and_start_again(unlocked_app, editor, qtbot)  # Ctrl+Q in the note's window
    again = _reopened(window, NoteEditor, qtbot)
    assert isinstance(again, NoteEditor)
    assert again.client_id == cid
    vault = unlocked_app.vault
    assert vault is not None
    (summary,) = notes.list_notes(vault, cid)
    assert again.note_id == summary.note_id  # the same draft, not a new note
    subjective = again.section_edits["subjective"]
    qtbot.waitUntil(lambda: subjective.toPlainText() == "Slept badly all week", timeout=10_000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is subjective, timeout=10_000)
    assert subjective.textCursor().position() == len("Slept badly")
    said = again.status.text()
    assert said.startswith("Restored:"), said
    assert ("closed" in said) == (how == "quit"), said
    assert window.chart.tabs.currentWidget() is window.chart.sessions
    # Typing goes on in the same note.
    qtbot.keyClicks(subjective, " and")
    again.flush()
    wait_ops(qtbot)
    assert notes.get_note(vault, summary.note_id).sections["subjective"] == "Slept badly and all week"
    again.close()
    wait_ops(qtbot)


def test_a_signed_note_being_read_is_not_held(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor, _cid = _writing(unlocked_app, qtbot)
    editor.flush()
    wait_ops(qtbot)
    assert editor.held_entry() is not None
    editor.form.signed = True  # what a signed note's editor is: nothing typed in it to keep
    assert editor.held_entry() is None
    editor.form.signed = False
    editor.close()
    wait_ops(qtbot)


def test_an_untouched_new_note_is_not_held(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot, "Uma Untouched")
    editor = window.chart.new_note()
    assert isinstance(editor, NoteEditor)
    wait_ops(qtbot)
    assert editor.held_entry() is None  # nothing written: no empty draft comes back
    editor.close()
    wait_ops(qtbot)


def test_the_psychotherapy_lock_leaves_the_progress_note_and_the_vault_lock_hides_both(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot) -> None:
    editor, cid = _writing(unlocked_app, qtbot)
    window = unlocked_app.main_window
    assert window is not None
    tab = window.chart.psychotherapy
    window.chart.tabs.setCurrentWidget(tab)
    tab.passphrase.setText(PASSPHRASE)
    tab.unlock()
    wait_ops(qtbot)
    tab.new_note()
    qtbot.keyClicks(tab.editor, "Process material")
    qtbot.waitUntil(lambda: tab.autosave is not None and tab.autosave.draft.note_id is not None, timeout=5000)
    wait_ops(qtbot)
    # The psychotherapy notes' own lock: the progress note is another compartment's, still open.
    unlocked_app.lock_psychotherapy()
    wait_ops(qtbot)
    assert editor.isVisible()
    assert editor.section_edits["subjective"].toPlainText() == "Slept badly all week"
    assert tab.editor.toPlainText() == ""
    tab.passphrase.setText(PASSPHRASE)
    tab.unlock()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: tab.editor.toPlainText() == "Process material", timeout=10_000)
    # The vault's lock: the progress note comes back at the unlock; the psychotherapy note
    # stays locked, its compartment with it, until its own unlock.
    unlocked_app.lock("Locked now.")
    wait_ops(qtbot)
    window = unlock(unlocked_app, qtbot)
    again = _reopened(window, NoteEditor, qtbot)
    assert isinstance(again, NoteEditor) and again.client_id == cid
    assert not unlocked_app.psychotherapy_open
    tab = window.chart.psychotherapy
    assert tab.editor.toPlainText() == ""
    assert tab.stack.currentIndex() == 0  # its lock page
    again.close()
    wait_ops(qtbot)

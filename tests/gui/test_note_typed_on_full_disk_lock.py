"""A lock while the disk is full keeps the note text the disk refused. Found walking the real app
with the vault on a small file system: the note said "Not saved: The disk is full…", the idle
lock (or Ctrl+L) came, and after the unlock the note came back without the words typed since the
disk filled (the lock's save and its hold of the window were both refused, and the window with
the only copy of the text was closed), saying "what you were typing when the app stopped
unexpectedly". A real vault on a real small tmpfs (as root: skipped where none can be mounted),
real widgets, real key clicks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from tests.core.test_faults_diskfull import _fill, small_filesystem
from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_held_dates import _reopened
from tests.gui.test_note_held_over_lock import _writing
from tests.gui.test_quit_backup_not_made import _button
from vault_app.gui.controller import AppController
from vault_app.gui.note_editor import NoteEditor
from vault_app.services import notes

pytestmark = pytest.mark.gui


@pytest.fixture
def app_folder(tmp_path: Path) -> Iterator[Path]:
    with small_filesystem(tmp_path / "small", "4m") as disk:
        yield disk / "gui-vault"


def _typed_on_a_full_disk(unlocked_app: AppController, qtbot: Any, app_folder: Path) -> tuple[Any, str, Any]:
    """A note saved once, the disk then filled, and words typed at its end: (editor, note id, filler)."""
    editor, _cid = _writing(unlocked_app, qtbot)
    editor.flush()
    wait_ops(qtbot)
    note_id = editor.autosave.draft.note_id
    assert note_id is not None
    filler = _fill(app_folder.parent, 0)
    subjective = editor.section_edits["subjective"]
    subjective.setFocus()
    subjective.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(subjective, " and woke at four every night")
    return editor, note_id, filler


def test_words_the_full_disk_refused_come_back_after_the_lock(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, app_folder: Path) -> None:
    editor, note_id, filler = _typed_on_a_full_disk(unlocked_app, qtbot, app_folder)
    editor.flush()
    wait_ops(qtbot)
    assert editor.status.text().startswith("Not saved:"), editor.status.text()
    unlocked_app.lock("Locked now.")
    wait_ops(qtbot)
    filler.unlink()  # the therapist makes room, then unlocks
    window = unlock(unlocked_app, qtbot)
    again = _reopened(window, NoteEditor, qtbot)
    assert isinstance(again, NoteEditor)
    whole = "Slept badly all week and woke at four every night"
    qtbot.waitUntil(lambda: again.section_edits["subjective"].toPlainText() == whole, timeout=10_000)
    qtbot.waitUntil(lambda: not again.autosave.unsaved, timeout=10_000)
    wait_ops(qtbot)
    assert "nothing was lost" not in again.status.text(), again.status.text()
    vault = unlocked_app.vault
    assert vault is not None
    assert notes.get_note(vault, note_id).sections["subjective"] == whole
    again.close()
    wait_ops(qtbot)


def _note_question(window: object) -> QMessageBox:
    boxes = [b for b in window.findChildren(QMessageBox)  # type: ignore[attr-defined]
             if b.objectName() == "quitNoteNotSaved" and b.isVisible()]
    assert len(boxes) == 1
    return boxes[0]


def test_quit_with_a_note_the_full_disk_refused_asks_before_losing_it(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, app_folder: Path) -> None:
    # Found walking the real app: Ctrl+Q with "Not saved: The disk is full…" under the note
    # ended the app at once, the words typed since the disk filled gone with it.
    editor, note_id, filler = _typed_on_a_full_disk(unlocked_app, qtbot, app_folder)
    window = unlocked_app.main_window
    assert window is not None
    window.close()  # Vault > Quit
    qtbot.waitUntil(lambda: any(b.objectName() == "quitNoteNotSaved" and b.isVisible()
                                for b in window.findChildren(QMessageBox)), timeout=10_000)
    box = _note_question(window)
    assert "could not be saved" in box.text(), box.text()
    assert " is full" in box.informativeText() and "disk" in box.informativeText(), box.informativeText()
    stay = _button(box, "Don't quit yet")
    assert box.defaultButton() is stay and box.escapeButton() is stay
    stay.click()  # type: ignore[attr-defined]
    wait_ops(qtbot)
    assert window.isVisible() and editor.isVisible()
    filler.unlink()  # room made: the note saves at the next try, then Quit goes through
    editor.flush()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not editor.autosave.unsaved, timeout=10_000)
    vault = unlocked_app.vault
    assert vault is not None
    assert notes.get_note(vault, note_id).sections["subjective"] == "Slept badly all week and woke at four every night"
    editor.close()
    wait_ops(qtbot)


def test_a_new_note_the_full_disk_never_saved_comes_back_after_the_lock(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, app_folder: Path) -> None:
    # Its first save refused too, the note has no id to reopen it by: a new note on its chart
    # takes the words, and saves them once there is room.
    window = unlocked_app.main_window
    assert window is not None
    from tests.gui.test_chart import add_client

    cid = add_client(unlocked_app, qtbot, "Lena Lockwood")
    editor = window.chart.new_note()
    assert isinstance(editor, NoteEditor)
    qtbot.waitExposed(editor)
    wait_ops(qtbot)
    filler = _fill(app_folder.parent, 0)
    subjective = editor.section_edits["subjective"]
    subjective.setFocus()
    qtbot.keyClicks(subjective, "First words on a full disk")
    editor.flush()
    wait_ops(qtbot)
    assert editor.autosave.draft.note_id is None
    unlocked_app.lock("Locked now.")
    wait_ops(qtbot)
    filler.unlink()
    window = unlock(unlocked_app, qtbot)
    again = _reopened(window, NoteEditor, qtbot)
    assert isinstance(again, NoteEditor)
    qtbot.waitUntil(lambda: again.section_edits["subjective"].toPlainText() == "First words on a full disk",
                    timeout=10_000)
    qtbot.waitUntil(lambda: again.autosave.draft.note_id is not None and not again.autosave.unsaved, timeout=10_000)
    vault = unlocked_app.vault
    assert vault is not None
    note_id = again.autosave.draft.note_id
    assert note_id is not None
    note = notes.get_note(vault, note_id)
    assert note.client_id == cid and note.sections["subjective"] == "First words on a full disk"
    again.close()
    wait_ops(qtbot)

"""Closing a note whose last save a full disk refused asks first (gui/close_unsaved.py). Found
walking the real app with the vault on a full tmpfs: the note said "Not saved: The disk is
full…", Close shut the window at once, Quit then ended the app without a question, and the
words typed since the disk filled were gone. A real vault on a real small tmpfs (as root:
skipped where none can be mounted), real widgets, the real Close button and Escape."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from tests.core.test_faults_diskfull import _fill, small_filesystem
from tests.gui.conftest import wait_ops
from tests.gui.test_note_held_over_lock import _writing
from tests.gui.test_quit_backup_not_made import _button
from vault_app.gui.close_unsaved import NAME
from vault_app.gui.controller import AppController
from vault_app.gui.note_editor import NoteEditor
from vault_app.services import notes

pytestmark = pytest.mark.gui


@pytest.fixture
def app_folder(tmp_path: Path) -> Iterator[Path]:
    with small_filesystem(tmp_path / "small", "4m") as disk:
        yield disk / "gui-vault"


def _refused(app: AppController, qtbot, folder: Path) -> tuple[NoteEditor, Path]:  # type: ignore[no-untyped-def]
    """A note saved once, then words typed on a full disk: its save refused, as the screen says."""
    editor, _cid = _writing(app, qtbot)
    editor.flush()
    wait_ops(qtbot)
    assert not editor.autosave.unsaved
    filler = _fill(folder.parent, 0)
    subjective = editor.section_edits["subjective"]
    subjective.setFocus()
    subjective.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(subjective, " and woke at four")
    editor.flush()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: editor.status.text().startswith("Not saved"), timeout=10_000)
    return editor, filler


def _close_button(editor: NoteEditor) -> QPushButton:
    [button] = [b for b in editor.findChildren(QPushButton) if b.text().replace("&", "") == "Close"]
    return button


def _question(editor: NoteEditor) -> QMessageBox | None:
    shown = [b for b in editor.findChildren(QMessageBox) if b.objectName() == NAME and b.isVisible()]
    assert len(shown) <= 1
    return shown[0] if shown else None


def _stored_text(app: AppController, qtbot, editor: NoteEditor) -> str:  # type: ignore[no-untyped-def]
    note_id = editor.autosave.draft.note_id
    assert note_id is not None and app.vault is not None
    return notes.get_note(app.vault, note_id).sections.get("subjective", "")


@pytest.mark.parametrize("how", ["button", "escape"])
def test_close_asks_and_keep_it_open_saves_once_there_is_room(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, app_folder: Path, how: str) -> None:
    editor, filler = _refused(unlocked_app, qtbot, app_folder)
    if how == "button":
        _close_button(editor).click()
    else:
        qtbot.keyClick(editor.section_edits["subjective"], Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _question(editor) is not None, timeout=10_000)
    box = _question(editor)
    assert box is not None
    assert editor.isVisible()  # not closed while the question waits
    assert "if you close it now" in box.text()
    assert " is full" in box.informativeText() and "disk" in box.informativeText()  # the reason, its disk named
    _button(box, "Keep it open").click()  # type: ignore[attr-defined]
    wait_ops(qtbot)
    assert editor.isVisible()
    assert editor.section_edits["subjective"].toPlainText() == "Slept badly all week and woke at four"
    filler.unlink()  # room made: the next try stores the words
    editor.flush()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not editor.autosave.unsaved, timeout=10_000)
    assert "woke at four" in _stored_text(unlocked_app, qtbot, editor)
    _close_button(editor).click()  # saved now: it closes without a question
    wait_ops(qtbot)
    assert not editor.isVisible() and _question(editor) is None


def test_close_and_lose_it_closes(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, app_folder: Path) -> None:
    editor, filler = _refused(unlocked_app, qtbot, app_folder)
    _close_button(editor).click()
    qtbot.waitUntil(lambda: _question(editor) is not None, timeout=10_000)
    box = _question(editor)
    assert box is not None
    _button(box, "Close and lose it").click()  # type: ignore[attr-defined]
    wait_ops(qtbot)
    assert not editor.isVisible()
    filler.unlink()


def test_a_saved_note_closes_without_a_question(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, app_folder: Path) -> None:
    editor, _cid = _writing(unlocked_app, qtbot)
    editor.flush()
    wait_ops(qtbot)
    _close_button(editor).click()
    wait_ops(qtbot)
    assert not editor.isVisible() and _question(editor) is None


def test_a_lock_with_a_refused_save_asks_nothing(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, app_folder: Path) -> None:
    """The lock holds the refused words itself (held_note.lock_entry_of): no question stops it."""
    _editor, filler = _refused(unlocked_app, qtbot, app_folder)
    unlocked_app.lock("Locked now.")
    wait_ops(qtbot)
    assert unlocked_app.vault is None
    assert not [w for w in QApplication.allWidgets() if w.objectName() == NAME and w.isVisible()]
    filler.unlink()

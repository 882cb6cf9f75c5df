"""A psychotherapy note typed on a full disk, then its own two-minute lock (or the vault's lock):
the words the disk refused come back at the notes' next unlock and are saved then. Found: the
tab's lock blanked the editor and held only the note's id and caret (its text "was saved as
typed"), and that save had been refused: the words typed since the disk filled were gone, with
no word said. Now they wait in this app's memory only (never on the disk, not encrypted: the
departure docs/SECURITY.md states), the lock says so, and Quit asks before losing them. A real
vault on a real small tmpfs (as root: skipped where none can be mounted), real widgets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from tests.core.test_faults_diskfull import _fill, small_filesystem
from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_psychotherapy_held_over_lock import TEXT, _unlock_psychotherapy, _writing
from tests.gui.test_quit_backup_not_made import _button
from vault_app.gui.controller import AppController
from vault_app.gui.psychotherapy_tab import PsychotherapyTab
from vault_app.services import psychotherapy_notes as psy

pytestmark = pytest.mark.gui

MORE = " Cried when speaking of the move."


@pytest.fixture
def app_folder(tmp_path: Path) -> Iterator[Path]:
    with small_filesystem(tmp_path / "small", "4m") as disk:
        yield disk / "gui-vault"


def _typed_on_a_full_disk(app: AppController, qtbot) -> tuple[PsychotherapyTab, str, Path]:  # type: ignore[no-untyped-def]
    tab, _client_id = _writing(app, qtbot)
    tab.flush()
    wait_ops(qtbot)
    note_id = tab.form.note_id
    assert note_id is not None and not tab.form.autosave.unsaved  # type: ignore[union-attr]
    vault = app.vault
    assert vault is not None
    filler = _fill(vault.folder.parent, 0)
    tab.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(tab.editor, MORE)
    tab.flush()
    wait_ops(qtbot)
    assert tab.status.text().startswith("Not saved:"), tab.status.text()
    return tab, note_id, filler


@pytest.mark.parametrize("how", ["notes", "vault"])
def test_psychotherapy_words_the_full_disk_refused_come_back_at_the_notes_unlock(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, app_folder: Path, how: str) -> None:
    tab, note_id, filler = _typed_on_a_full_disk(unlocked_app, qtbot)
    if how == "notes":
        unlocked_app.lock_psychotherapy()  # its own two-minute lock, or its Lock now
        wait_ops(qtbot)
    else:
        unlocked_app.lock("Locked now.", quick=True)
        wait_ops(qtbot)
        window = unlock(unlocked_app, qtbot)
        tab = window.chart.psychotherapy
    assert tab.editor.toPlainText() == ""  # nothing of the note on screen while locked
    qtbot.waitUntil(lambda: tab.held_waits.isVisibleTo(tab), timeout=10_000)
    said = tab.held_waits.text()
    assert "memory" in said and "quit" in said, said  # where the words are, and what loses them
    filler.unlink()  # the therapist makes room, then unlocks the notes
    _unlock_psychotherapy(unlocked_app, tab, qtbot)
    whole = TEXT + MORE
    qtbot.waitUntil(lambda: tab.editor.toPlainText() == whole, timeout=10_000)
    qtbot.waitUntil(lambda: not tab.form.autosave.unsaved, timeout=10_000)  # type: ignore[union-attr]
    wait_ops(qtbot)
    assert "nothing was lost" not in tab.status.text(), tab.status.text()
    vault = unlocked_app.vault
    assert vault is not None
    assert psy.psychotherapy_note_history(vault, note_id).note.body == whole


def test_quit_while_the_notes_are_locked_with_words_in_memory_asks_first(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, app_folder: Path) -> None:
    tab, _note_id, filler = _typed_on_a_full_disk(unlocked_app, qtbot)
    unlocked_app.lock_psychotherapy()
    wait_ops(qtbot)
    window = unlocked_app.main_window
    assert window is not None
    window.close()  # Vault > Quit
    qtbot.waitUntil(lambda: any(b.objectName() == "quitNoteNotSaved" and b.isVisible()
                                for b in window.findChildren(QMessageBox)), timeout=10_000)
    [box] = [b for b in window.findChildren(QMessageBox) if b.objectName() == "quitNoteNotSaved" and b.isVisible()]
    assert "lost" in box.text(), box.text()
    stay = _button(box, "Don't quit yet")
    assert box.defaultButton() is stay
    stay.click()  # type: ignore[attr-defined]
    wait_ops(qtbot)
    assert window.isVisible()
    filler.unlink()
    _unlock_psychotherapy(unlocked_app, tab, qtbot)
    qtbot.waitUntil(lambda: tab.editor.toPlainText() == TEXT + MORE, timeout=10_000)


def test_closing_the_unlock_window_with_words_in_memory_asks_first(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, app_folder: Path) -> None:
    # The vault's lock on a full disk: the words wait in memory and only the unlock window is up;
    # its close (or Ctrl+Q there) ended the app and lost them without a word.
    tab, _note_id, filler = _typed_on_a_full_disk(unlocked_app, qtbot)
    unlocked_app.lock("Locked now.", quick=True)
    wait_ops(qtbot)
    window = unlocked_app.unlock_window
    assert window is not None and window.isVisible()
    quits: list[bool] = []
    unlocked_app.quit_requested.connect(lambda: quits.append(True))
    window.close()
    qtbot.waitUntil(lambda: any(b.objectName() == "quitNoteNotSaved" and b.isVisible()
                                for b in window.findChildren(QMessageBox)), timeout=10_000)
    [box] = [b for b in window.findChildren(QMessageBox) if b.objectName() == "quitNoteNotSaved" and b.isVisible()]
    assert "memory" in box.informativeText(), box.informativeText()
    _button(box, "Don't quit yet").click()  # type: ignore[attr-defined]
    wait_ops(qtbot)
    assert window.isVisible() and not quits
    filler.unlink()
    main = unlock(unlocked_app, qtbot)
    tab = main.chart.psychotherapy
    qtbot.waitUntil(lambda: tab.held_waits.isVisibleTo(tab), timeout=10_000)
    _unlock_psychotherapy(unlocked_app, tab, qtbot)
    qtbot.waitUntil(lambda: tab.editor.toPlainText() == TEXT + MORE, timeout=10_000)

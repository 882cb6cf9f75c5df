"""A note found open at the next unlock says how the app last ended: a Quit (the full disk refused
to hold the note, so the vault could not note the Quit), a Quit anyway over words the disk refused,
or no Quit at all (a crash). Found walking the real app: the Quit's hold refused, the entry kept
while the note was open was all the next unlock found, and it was read as a crash; then the words
were made to fit both ("when the app last closed ... may be missing"), untrue of a Quit that saved
everything. The run's end is now noted beside the vault in place (services/window_end.py), which a
full disk allows. A real vault on a real small tmpfs (as root: skipped where none can be mounted),
real widgets; the crashed run is a real process killed after noting its start."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from tests.core.test_faults_diskfull import _fill, small_filesystem
from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_held_dates import _reopened, quit_from
from tests.gui.test_note_held_over_lock import _writing
from tests.gui.test_quit_backup_not_made import _button
from vault_app.gui import held_unwritten, run_end
from vault_app.gui.controller import AppController
from vault_app.gui.note_editor import NoteEditor

pytestmark = pytest.mark.gui


@pytest.fixture
def app_folder(tmp_path: Path) -> Iterator[Path]:
    with small_filesystem(tmp_path / "small", "4m") as disk:
        yield disk / "gui-vault"


def _said_at_the_next_start(app: AppController, qtbot, folder: Path, text: str) -> str:  # type: ignore[no-untyped-def]
    held_unwritten.take(folder, "records")  # the app ended: what it kept in memory went with it
    app.start()
    window = unlock(app, qtbot)
    again = _reopened(window, NoteEditor, qtbot)
    assert isinstance(again, NoteEditor)
    qtbot.waitUntil(lambda: again.section_edits["subjective"].toPlainText() == text, timeout=10_000)
    wait_ops(qtbot)
    said = again.status.text()
    again.close()
    wait_ops(qtbot)
    assert said.startswith("Restored:"), said
    return said


def test_a_quit_on_a_full_disk_is_said_to_be_a_quit(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, app_folder: Path) -> None:
    editor, _cid = _writing(unlocked_app, qtbot)
    editor.flush()
    wait_ops(qtbot)
    assert not editor.autosave.unsaved
    filler = _fill(app_folder.parent, 0)
    quit_from(unlocked_app, editor, qtbot)
    assert unlocked_app.vault is None
    filler.unlink()
    said = _said_at_the_next_start(unlocked_app, qtbot, app_folder, "Slept badly all week")
    assert "when you quit the app" in said and "disk was full" in said, said
    assert "nothing was lost" in said, said  # Quit asks first when a save was refused: none was
    assert "unexpectedly" not in said and "may be missing" not in said, said


def test_quit_anyway_says_the_words_after_the_last_save_were_lost(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, app_folder: Path) -> None:
    editor, _cid = _writing(unlocked_app, qtbot)
    editor.flush()
    wait_ops(qtbot)
    filler = _fill(app_folder.parent, 0)
    subjective = editor.section_edits["subjective"]
    subjective.setFocus()
    subjective.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(subjective, " and woke at four")
    window = unlocked_app.main_window
    assert window is not None
    quits: list[bool] = []
    unlocked_app.quit_requested.connect(lambda: quits.append(True))
    window.close()  # Vault > Quit
    qtbot.waitUntil(lambda: any(b.objectName() == "quitNoteNotSaved" and b.isVisible()
                                for b in window.findChildren(QMessageBox)), timeout=10_000)
    [box] = [b for b in window.findChildren(QMessageBox) if b.objectName() == "quitNoteNotSaved" and b.isVisible()]
    _button(box, "Quit anyway").click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(quits), timeout=20_000)
    wait_ops(qtbot)
    filler.unlink()
    said = _said_at_the_next_start(unlocked_app, qtbot, app_folder, "Slept badly all week")
    assert "when you chose Quit anyway while the disk was full" in said, said
    assert "was lost when you chose Quit anyway" in said and "nothing was lost" not in said, said


def test_a_run_that_did_not_quit_is_said_to_have_stopped(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, app_folder: Path) -> None:
    editor, _cid = _writing(unlocked_app, qtbot)
    editor.flush()
    wait_ops(qtbot)
    assert not editor.autosave.unsaved
    # The vault let go without a lock or a quit holding the note: what a crash leaves in it ...
    unlocked_app.quit()
    wait_ops(qtbot)
    run_end.forget()  # what the crashed process knew went with it
    # ... and the run's own note, by a real process that began it and was killed (no Quit).
    code = ("import os, signal, sys; from pathlib import Path; from vault_app.storage import window_end; "
            "window_end.begin(Path(sys.argv[1])); os.kill(os.getpid(), signal.SIGKILL)")
    done = subprocess.run([sys.executable, "-c", code, str(app_folder)], check=False, timeout=60)
    assert done.returncode != 0
    said = _said_at_the_next_start(unlocked_app, qtbot, app_folder, "Slept badly all week")
    assert "stopped without being quit" in said, said
    assert "may be missing" in said and "nothing was lost" not in said, said

"""A Quit on a full disk, then the next unlock: the note comes back, and its line must not say the
app "stopped unexpectedly" (found walking the real app: the Quit's hold of the note was refused by
the full disk, so the entry kept while the note was open was all the next unlock found, and it was
read as a crash). The app cannot tell that Quit from a crash then (nothing could be written), so
the words say what is true of both: the note was open when the app last closed. A real vault on a
real small tmpfs (as root: skipped where none can be mounted), real widgets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.core.test_faults_diskfull import _fill, small_filesystem
from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_held_dates import _reopened, quit_from
from tests.gui.test_note_held_over_lock import _writing
from vault_app.gui import held_unwritten
from vault_app.gui.controller import AppController
from vault_app.gui.note_editor import NoteEditor

pytestmark = pytest.mark.gui


@pytest.fixture
def app_folder(tmp_path: Path) -> Iterator[Path]:
    with small_filesystem(tmp_path / "small", "4m") as disk:
        yield disk / "gui-vault"


def test_a_note_open_at_a_quit_on_a_full_disk_is_not_said_to_have_crashed(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, app_folder: Path) -> None:
    editor, _cid = _writing(unlocked_app, qtbot)
    editor.flush()
    wait_ops(qtbot)
    assert not editor.autosave.unsaved
    filler = _fill(app_folder.parent, 0)
    quit_from(unlocked_app, editor, qtbot)
    assert unlocked_app.vault is None
    # The app ends with its Quit: what this process kept in memory of the refused hold goes with it.
    held_unwritten.take(app_folder, "records")
    filler.unlink()
    unlocked_app.start()
    window = unlock(unlocked_app, qtbot)
    again = _reopened(window, NoteEditor, qtbot)
    assert isinstance(again, NoteEditor)
    qtbot.waitUntil(lambda: again.section_edits["subjective"].toPlainText() == "Slept badly all week",
                    timeout=10_000)
    said = again.status.text()
    assert said.startswith("Restored:"), said
    assert "unexpectedly" not in said and "app stopped" not in said, said
    assert "when the app last closed" in said, said
    assert "may be missing" in said, said  # it may have been a crash: the last moment is not promised
    again.close()
    wait_ops(qtbot)

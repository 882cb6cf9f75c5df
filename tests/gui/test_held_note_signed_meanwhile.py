"""A draft open at the lock and signed meanwhile by another program (`vault-app note sign` in a
terminal, a real second process, while the window was locked) opens again read-only and signed;
its line says it was signed meanwhile and what was kept. Found by a walker: it said "Restored:
this is what you were typing… nothing was lost", as if the draft were still open to write in.
Real vault file, real widgets, a real CLI process; the draft not signed says only "Restored"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.cli_helpers import cli_process
from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_held_dates import _reopened
from tests.gui.test_note_held_over_lock import _writing
from vault_app.gui.controller import AppController
from vault_app.gui.note_editor import NoteEditor

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("signed_meanwhile", [True, False])
def test_a_draft_signed_while_locked_says_so_when_it_opens_again(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, app_folder: Path, signed_meanwhile: bool) -> None:
    editor, _cid = _writing(unlocked_app, qtbot)
    editor.flush()
    wait_ops(qtbot)
    note_id = editor.autosave.draft.note_id
    assert note_id is not None
    unlocked_app.lock("Locked now.")
    wait_ops(qtbot)
    if signed_meanwhile:
        done = cli_process("note", "sign", "--vault", str(app_folder), note_id)
        assert done.code == 0, done.err
    window = unlock(unlocked_app, qtbot)
    again = _reopened(window, NoteEditor, qtbot)
    assert isinstance(again, NoteEditor)
    qtbot.waitUntil(lambda: again.section_edits["subjective"].toPlainText() == "Slept badly all week",
                    timeout=10_000)
    qtbot.waitUntil(lambda: again.signed is signed_meanwhile, timeout=10_000)
    said = again.status.text()
    if signed_meanwhile:
        assert "signed meanwhile" in said and "another program" in said, said
        assert "what you were typing" not in said and "nothing was lost" not in said, said
        assert again.section_edits["subjective"].isReadOnly()
    else:
        assert said.startswith("Restored:") and "signed meanwhile" not in said, said
    again.close()
    wait_ops(qtbot)

"""A quit cancelled forgets what was chosen on its way. Found (round 45's walk): at Quit during Back up
now's wait for another process's hold on the backup folder, "Quit without this backup", then "Don't
quit yet" at the question about a note not saved; the NEXT Quit went on as if "Quit without this
backup" were still chosen: it made no backup (the folder was free again) and kept "the backup at Quit
was not made" for the next start, without asking anything.

A real second process holds the folder (tests/core/test_backup_folder_lock.py HOLD); a real note whose
save is refused (its start time no time: tests/gui/test_sign_waits_for_save.py); real widgets, a real
vault. The folder's wait is the app's own deadline, shortened here (not a test's timeout)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.gui.conftest import wait_ops
from tests.gui.test_back_up_now_waits_beside import (  # noqa: F401 (fixtures)
    _let_go,
    _pressed,
    _quits,
    folder,
    holder,
)
from tests.gui.test_chart import add_client
from tests.gui.test_quit_back_up_now_folder_busy import _button, _question
from vault_app.gui.controller import AppController
from vault_app.storage import backup_folder_lock

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]


def _unsaved_question(window: object) -> QMessageBox | None:
    boxes = [b for b in window.findChildren(QMessageBox)  # type: ignore[attr-defined]
             if b.objectName() == "quitNoteNotSaved" and b.isVisible()]
    return boxes[0] if len(boxes) == 1 else None


def test_quit_without_this_backup_then_dont_quit_yet_is_forgotten(
    unlocked_app: AppController, qtbot: object, folder: Path, holder: subprocess.Popen[str],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot, "Noor Quitlater")
    editor = window.chart.new_note()  # type: ignore[attr-defined]
    assert editor is not None
    qtbot.keyClicks(editor.section_edits["subjective"], "Slept better.")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: editor.note_id is not None, timeout=10_000)  # type: ignore[attr-defined]
    wait_ops(qtbot)
    editor.fields.session_box.setChecked(True)
    editor.fields.start.setText("5:00 PN")  # a typo: its save is refused, the note stays unsaved
    qtbot.keyClicks(editor.section_edits["subjective"], " Nightmares twice.")  # type: ignore[attr-defined]
    editor.autosave.flush()
    wait_ops(qtbot)
    assert editor.autosave.unsaved
    monkeypatch.setattr(backup_folder_lock, "WAIT_SECONDS", 6.0)
    dialog = _pressed(unlocked_app, qtbot, folder)
    dialog.close()
    quits = _quits(unlocked_app)
    window.close()  # Vault > Quit, during Back up now's wait
    qtbot.waitUntil(lambda: _question(window) is not None, timeout=120_000)  # type: ignore[attr-defined]
    wait_ops(qtbot, timeout=120_000)
    box = _question(window)
    assert box is not None
    _button(box, "Quit without this backup").click()
    wait_ops(qtbot, timeout=120_000)
    qtbot.waitUntil(lambda: _unsaved_question(window) is not None, timeout=60_000)  # type: ignore[attr-defined]
    unsaved = _unsaved_question(window)
    assert unsaved is not None
    _button(unsaved, "Don't quit yet").click()  # the quit cancelled: its choices with it
    wait_ops(qtbot, timeout=60_000)
    assert quits == [] and window.isVisible()
    # The note set right and saved; the other copy done with the folder: the next Quit backs up.
    editor.fields.start.setText("5:00 PM")
    qtbot.keyClicks(editor.section_edits["subjective"], " Calmer.")  # type: ignore[attr-defined]
    editor.autosave.flush()
    wait_ops(qtbot)
    assert not editor.autosave.unsaved
    _let_go(holder)
    window.close()  # Vault > Quit again
    wait_ops(qtbot, timeout=120_000)
    qtbot.waitUntil(lambda: quits == [True], timeout=120_000)  # type: ignore[attr-defined]
    assert unlocked_app.vault is None
    assert len(list(folder.glob("*.vaultbackup"))) == 1, list(folder.iterdir())  # the quit's backup, made
    from vault_app.services import backup_beside_control

    kept = backup_beside_control.take_last_failure()
    assert kept is None, kept  # nothing kept as "the backup at Quit was not made"

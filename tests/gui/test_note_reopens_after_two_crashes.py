"""A note reopened after a crash, then a second crash before anything is typed or saved: it
opens again with the keyboard where it was, not in its first empty section. The record of which
note is open was written when the note was read, before the caret was put back (gui/held_note.py),
so the second reopening had no caret: seen in the real app, typing went into Objective.

Real processes: the app (offscreen) writes into a note and SIGKILLs itself once saved
(test_note_reopens_after_crash.CHILD); a second app unlocks the same vault, waits for the note
to reopen with its caret and SIGKILLs itself without a save; then the app of this test unlocks."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from tests.conftest import PASSPHRASE
from tests.gui.conftest import _teardown, unlock
from tests.gui.test_held_dates import _reopened
from tests.gui.test_note_reopens_after_crash import CARET, WORDS, _killed_while_writing
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.gui.controller import AppController
from vault_app.gui.note_editor import NoteEditor

pytestmark = pytest.mark.gui

# The app reopens the note of the first crash and is killed again, nothing typed.
AGAIN = """
import os, signal, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from vault_app.gui.background import runner
from vault_app.gui.launcher import start
from vault_app.gui.note_editor import NoteEditor

folder, passphrase, caret = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
app = start(folder)

def wait(done):
    end = time.monotonic() + 300
    while not done():
        QApplication.processEvents()
        time.sleep(0.01)
        if time.monotonic() > end:
            sys.exit(3)

app.unlock_window.passphrase.setText(passphrase)
app.unlock_window.unlock_button.click()
wait(lambda: app.main_window is not None and app.main_window.isVisible())
shown = lambda: [d for d in (app.main_window.findChildren(NoteEditor) if app.main_window else []) if d.isVisible()]
wait(lambda: len(shown()) == 1)
# The section boxes are built anew once the note is read: looked up each time.
edit = lambda: shown()[0].section_edits["subjective"]
wait(lambda: shown()[0].focusWidget() is edit() and edit().textCursor().position() == caret)
wait(lambda: runner().is_idle())
print("reopened", flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def _killed_again(folder: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "VAULT_APP_LANGUAGE": "en"}
    done = subprocess.run([sys.executable, "-c", AGAIN, str(folder), PASSPHRASE, str(CARET)],
                          env=env, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == -signal.SIGKILL, done.stderr[-3000:]
    assert "reopened" in done.stdout


@pytest.fixture
def started_twice(tmp_path: Path, qtbot: Any) -> Iterator[AppController]:
    from vault_app.gui.launcher import start

    folder = _killed_while_writing(tmp_path, "progress")
    _killed_again(folder)
    controller = start(folder, kdf_params=OWASP_FLOOR)
    yield controller
    _teardown(controller, qtbot)


@pytest.mark.slow
def test_a_note_reopened_after_a_crash_keeps_its_caret_through_a_second_crash(
        started_twice: AppController, qtbot: Any) -> None:
    window = unlock(started_twice, qtbot)
    again = _reopened(window, NoteEditor, qtbot)
    assert isinstance(again, NoteEditor)
    subjective = again.section_edits["subjective"]
    qtbot.waitUntil(lambda: subjective.toPlainText() == WORDS, timeout=10_000)
    qtbot.waitUntil(lambda: again.focusWidget() is not None and again.keyboard.waiting is False, timeout=10_000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=10_000)
    where = next((k for k, e in again.section_edits.items() if e is QApplication.focusWidget()), None)
    assert where == "subjective", where  # was "objective": the first empty section
    assert subjective.textCursor().position() == CARET
    again.close()

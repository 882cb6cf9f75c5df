"""A Yes/No question (gui/confirm.ask_yes_no) whose window is kept by nothing but the question's
own answer: `on_yes` or `on_no` a method of a window no one else holds (the new Emergency Kit's
window asks "Close without your new Emergency Kit?" with its own reject). Found as a crash in
the suite (a segfault in Qt's event processing after Alt+Yes, most runs of one test file): the
answered box was deleted later as itself, its connection let go of the answer, the answer of
the last reference to the window, and the window deleted the box a second time as its child.
Each case runs in a process of its own so the crash fails here instead of killing the run; it
is done many times over because a double delete does not crash every time."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.gui

_SCRIPT = """
import gc, sys
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from vault_app.gui.confirm import ask_yes_no

app = QApplication([])
answer = sys.argv[1]
for _ in range(40):
    window = QDialog()
    window.show()
    if answer == "yes":
        box = ask_yes_no(window, "Close?", "Close anyway?", window.reject)
        box.button(QMessageBox.StandardButton.Yes).click()
    else:
        box = ask_yes_no(window, "Close?", "Close anyway?", lambda: None, window.reject)
        box.button(QMessageBox.StandardButton.No).click()
    del window, box
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
print("answered 40 times")
"""


@pytest.mark.parametrize("answer", ["yes", "no"])
def test_a_question_answered_outlives_nothing_it_was_asked_over(answer: str) -> None:
    done = subprocess.run([sys.executable, "-c", _SCRIPT, answer], capture_output=True, text=True, timeout=300,
                          check=False, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, f"exit {done.returncode}: {done.stderr[-2000:]}"
    assert done.stdout.split("\n")[0] == "answered 40 times"

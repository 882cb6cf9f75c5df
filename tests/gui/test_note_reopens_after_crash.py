"""A note being written when the app was killed (SIGKILL: a power cut, a crash) opens again at
the next unlock, on the same draft, said to be restored. Found by a walker in the real app: the
note was autosaved ("Saved 3:24 PM"), the app killed; after the next unlock the dashboard showed
with no word, and the draft was found only by opening the chart's Sessions & notes tab. A lock
or a quit held the open note (gui/held.py); a crash holds nothing, so the record of which note
is open is kept while it is open (gui/held_open.py): its ids and the caret, in its compartment.

Real processes: the app itself (offscreen) unlocks, opens the chart, types into a note, waits for
its autosave and SIGKILLs itself; then the app of this test unlocks the same vault."""

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
from tests.gui.conftest import _teardown, unlock, wait_ops
from tests.gui.test_held_dates import _reopened
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.gui.controller import AppController
from vault_app.gui.note_editor import NoteEditor
from vault_app.services import clients, notes
from vault_app.services import psychotherapy_notes as psy
from vault_app.services.vault import create_vault
from vault_app.storage import held_text

pytestmark = pytest.mark.gui

CHART = "CRASH-1"
WORDS = "Slept badly all week"
CARET = len("Slept badly")

# The app, driven as a therapist would, killed once the note's last words are saved.
CHILD = """
import os, signal, sys, time
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from PySide6.QtTest import QTest
from vault_app.gui.background import runner
from vault_app.gui.launcher import start
from vault_app.services import clients

folder, chart, passphrase, which, words, caret = (Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4],
                                                 sys.argv[5], int(sys.argv[6]))
app = start(folder)

def wait(done):
    end = time.monotonic() + 300
    while not done():
        QApplication.processEvents()
        time.sleep(0.01)
        if time.monotonic() > end:
            sys.exit(3)

def idle():
    wait(lambda: runner().is_idle())

app.unlock_window.passphrase.setText(passphrase)
app.unlock_window.unlock_button.click()
wait(lambda: app.main_window is not None and app.main_window.isVisible())
idle()
client_id = next(c.client_id for c in clients.list_clients(app.vault) if c.chart_number == chart)
window = app.main_window
window.open_chart(client_id)
idle()
if which == "progress":
    editor = window.chart.new_note()
    idle()
    edit = editor.section_edits["subjective"]
else:
    tab = window.chart.psychotherapy
    window.chart.tabs.setCurrentWidget(tab)
    idle()
    tab.passphrase.setText(passphrase)
    tab.unlock()
    wait(lambda: app.psychotherapy_open)
    idle()
    tab.new_note()
    editor = tab
    edit = tab.editor
edit.setFocus()
QTest.keyClicks(edit, words)
cursor = edit.textCursor()
cursor.setPosition(caret)
edit.setTextCursor(cursor)
editor.flush()  # what the autosave's timer does a moment later
idle()
wait(lambda: "Saved" in editor.status.text())
idle()
if which == "psychotherapy-locked":
    app.lock_psychotherapy()  # as its idle timer does: the notes locked on their own
    idle()
    # Then the vault's lock and unlock: that unlock takes what the records held (one waits).
    app.lock("test")
    idle()
    wait(lambda: app.unlock_window is not None and app.unlock_window.isVisible())
    app.unlock_window.passphrase.setText(passphrase)
    app.unlock_window.unlock_button.click()
    wait(lambda: app.main_window is not None and app.main_window.isVisible())
    idle()
    wait(lambda: app.main_window.chart.psychotherapy.held_waits.isVisibleTo(app.main_window.chart.psychotherapy))
    idle()
print("saved", flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def _killed_while_writing(tmp_path: Path, which: str) -> Path:
    folder = tmp_path / "vault"
    vault = create_vault(folder, PASSPHRASE, params=OWASP_FLOOR).vault
    clients.create_client(vault, "Cora Crashworth", chart_number=CHART)
    vault.lock()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "VAULT_APP_LANGUAGE": "en"}
    done = subprocess.run([sys.executable, "-c", CHILD, str(folder), CHART, PASSPHRASE, which, WORDS, str(CARET)],
                          env=env, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == -signal.SIGKILL, done.stderr[-3000:]
    assert "saved" in done.stdout
    return folder


@pytest.fixture
def started(tmp_path: Path, qtbot: Any, request: pytest.FixtureRequest) -> Iterator[AppController]:
    from vault_app.gui.launcher import start

    folder = _killed_while_writing(tmp_path, request.param)
    controller = start(folder, kdf_params=OWASP_FLOOR)
    yield controller
    _teardown(controller, qtbot)


@pytest.mark.slow
@pytest.mark.parametrize("started", ["progress"], indirect=True)
def test_a_progress_note_being_written_at_a_crash_opens_again(started: AppController, qtbot: Any) -> None:
    window = unlock(started, qtbot)
    again = _reopened(window, NoteEditor, qtbot)
    assert isinstance(again, NoteEditor)
    vault = started.vault
    assert vault is not None
    (summary,) = notes.list_notes(vault, again.client_id)
    assert again.note_id == summary.note_id  # the same draft, not a new note
    subjective = again.section_edits["subjective"]
    qtbot.waitUntil(lambda: subjective.toPlainText() == WORDS, timeout=10_000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is subjective, timeout=10_000)
    assert subjective.textCursor().position() == CARET
    said = again.status.text()
    assert said.startswith("Restored:") and "when the app stopped without being quit" in said, said
    # Typed within the autosave's delay before the kill is lost: not "nothing was lost".
    assert "nothing was lost" not in said and "last saved at" in said, said
    # Nothing of the words in what was kept: ids and the caret.
    assert WORDS not in repr(held_text.load(vault.records))
    # Closed by the therapist: nothing reopens at the next unlock.
    again.close()
    wait_ops(qtbot)
    assert held_text.load(vault.records) == []
    started.lock("test")
    wait_ops(qtbot)
    window = unlock(started, qtbot)
    wait_ops(qtbot)
    assert not any(d.isVisible() for d in window.findChildren(NoteEditor))


@pytest.mark.slow
@pytest.mark.parametrize("started", ["psychotherapy"], indirect=True)
def test_a_psychotherapy_note_being_written_at_a_crash_opens_again_at_its_unlock(
        started: AppController, qtbot: Any) -> None:
    window = unlock(started, qtbot)
    vault = started.vault
    assert vault is not None
    # The records say only that one waits: no id, no words.
    assert all(not e.get("context") for e in held_text.load(vault.records))
    client_id = next(c.client_id for c in clients.list_clients(vault) if c.chart_number == CHART)
    window.open_chart(client_id)
    wait_ops(qtbot)
    tab = window.chart.psychotherapy
    window.chart.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.held_waits.isVisible(), timeout=10_000)
    tab.passphrase.setText(PASSPHRASE)
    tab.unlock()
    qtbot.waitUntil(lambda: started.psychotherapy_open, timeout=30_000)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: tab.editor.toPlainText() == WORDS, timeout=10_000)
    qtbot.waitUntil(lambda: tab.status.text().startswith("Restored:"), timeout=10_000)
    said = tab.status.text()
    assert "when the app stopped without being quit" in said, said
    assert "nothing was lost" not in said and "last saved at" in said, said
    assert tab.editor.textCursor().position() == CARET
    assert len(psy.list_psychotherapy_notes(vault, client_id)) == 1  # the same draft
    started.lock_psychotherapy()
    wait_ops(qtbot)


@pytest.mark.slow
@pytest.mark.parametrize("started", ["psychotherapy-locked"], indirect=True)
def test_a_psychotherapy_note_locked_on_its_own_before_a_crash_is_said_to_wait(
        started: AppController, qtbot: Any) -> None:
    """The notes locked on their own (the 2-minute lock) while one was being written, then the
    app crashed: the tab says before the notes' unlock that the note reopens then, and it does."""
    window = unlock(started, qtbot)
    vault = started.vault
    assert vault is not None
    assert all(not e.get("context") for e in held_text.load(vault.records))
    client_id = next(c.client_id for c in clients.list_clients(vault) if c.chart_number == CHART)
    window.open_chart(client_id)
    wait_ops(qtbot)
    tab = window.chart.psychotherapy
    window.chart.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.held_waits.isVisible(), timeout=10_000)
    tab.passphrase.setText(PASSPHRASE)
    tab.unlock()
    qtbot.waitUntil(lambda: started.psychotherapy_open, timeout=30_000)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: tab.editor.toPlainText() == WORDS, timeout=10_000)
    qtbot.waitUntil(lambda: tab.status.text().startswith("Restored:"), timeout=10_000)
    # Locked first: the note lost nothing at its own lock, which took it (not the crash).
    said = tab.status.text()
    assert "psychotherapy notes locked" in said and "nothing was lost" in said, said
    assert not tab.held_waits.isVisible()
    started.lock_psychotherapy()
    wait_ops(qtbot)

"""Back up now while another copy of the app (or `vault-app backup`) holds the backup folder: the
wait for it (up to two minutes) is made beside the app's one worker, so a lock and an unlock go on
meanwhile; its "Please wait" and the Backups window's line say that it waits for the other copy's
backup (not "Backing up"); a quit meanwhile shows one "Please wait", saying what it waits for, and
ends with the backup finished and nothing half-made. Found: that wait held the worker, and the
unlock after a lock said "Still unlocking…" for all of it.

A real second process holds the folder (storage/backup_folder_lock.py) until the test lets go: no
wall-clock limit decides anything; real widgets, a real vault."""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from tests.conftest import PASSPHRASE
from tests.core.test_backup_folder_lock import HOLD
from tests.gui.conftest import wait_ops
from tests.gui.test_backups_repo import _dialog
from vault_app.gui.background import runner
from vault_app.gui.backups import BackupsDialog
from vault_app.gui.controller import AppController
from vault_app.services import backup, backup_beside

pytestmark = pytest.mark.gui

WAITING = "Waiting for the other copy of the app to finish its backup in this folder…"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    made = tmp_path / "usb"
    made.mkdir()
    return made


@pytest.fixture
def holder(folder: Path) -> Iterator[subprocess.Popen[str]]:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(folder)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
        yield proc
    finally:
        _let_go(proc)


def _let_go(proc: subprocess.Popen[str]) -> None:
    for pipe in (proc.stdin, proc.stdout):
        if pipe is not None and not pipe.closed:
            pipe.close()
    proc.wait(60)


def _busy(widget: QWidget) -> list[str]:
    return [d.labelText() for d in widget.findChildren(QProgressDialog) if d.isVisible()]


def _all_busy() -> list[str]:
    """Every "Please wait" on screen, once each (a dialog's are its main window's children too)."""
    shown = {id(d): d for w in QApplication.topLevelWidgets() for d in w.findChildren(QProgressDialog)
             if d.isVisible()}
    return [d.labelText() for d in shown.values()]


def _pressed(app: AppController, qtbot: object, folder: Path) -> BackupsDialog:
    dialog = _dialog(app, qtbot)
    dialog.target.setText(str(folder))
    dialog.kind.setCurrentIndex(dialog.kind.findData("file"))
    dialog.save_settings()
    wait_ops(qtbot)
    dialog.backup_button.setFocus()
    dialog.backup_button.click()  # as a therapist does: the folder is held by the other process
    window = app.main_window
    assert window is not None
    # The notice the folder's lock gives as a wait begins (said by the main window's status line).
    qtbot.waitUntil(lambda: "another copy of the app is writing" in window.status_label.text(),  # type: ignore[attr-defined]
                    timeout=120_000)
    return dialog


def _listed(app: AppController, qtbot: object) -> list[str]:
    rows: list[list[dict[str, object]]] = []
    app.query(None, backup.list_backups).success(rows.append).run()
    wait_ops(qtbot)
    return [str(b["state"]) for b in rows[-1]]


def test_a_lock_and_an_unlock_go_on_while_back_up_now_waits_for_the_other_copy(
    unlocked_app: AppController, qtbot: object, folder: Path, holder: subprocess.Popen[str]
) -> None:
    _pressed(unlocked_app, qtbot, folder)
    # The unlock's job runs to its end while the other process still holds the folder.
    _lock_and_unlock(unlocked_app, qtbot)
    assert holder.poll() is None and backup_beside.runner().busy()
    assert unlocked_app.vault is not None and unlocked_app.vault.is_open
    _let_go(holder)
    wait_ops(qtbot, timeout=120_000)
    assert backup_beside.runner().wait(120)
    qtbot.waitUntil(lambda: _listed(unlocked_app, qtbot) == ["verified"], timeout=60_000)  # type: ignore[attr-defined]
    assert len(list(folder.glob("*.vaultbackup"))) == 1
    assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []


def test_its_please_wait_and_its_line_say_it_waits_for_the_other_copy(
    unlocked_app: AppController, qtbot: object, folder: Path, holder: subprocess.Popen[str]
) -> None:
    dialog = _pressed(unlocked_app, qtbot, folder)
    qtbot.waitUntil(lambda: _busy(dialog) == [WAITING])  # type: ignore[attr-defined]
    assert "Another copy of the app (or a backup command) is backing up into this folder" in dialog.result_label.text()
    _let_go(holder)
    wait_ops(qtbot, timeout=120_000)
    assert _busy(dialog) == []
    assert dialog.result_label.text().startswith("Backed up to "), dialog.result_label.text()


def _quits(app: AppController) -> list[bool]:
    quits: list[bool] = []
    app.quit_requested.connect(lambda: quits.append(True))
    return quits


def _ends_safely(app: AppController, qtbot: object, quits: list[bool], folder: Path,
                 caplog: pytest.LogCaptureFixture) -> None:
    wait_ops(qtbot, timeout=120_000)
    qtbot.waitUntil(lambda: quits == [True], timeout=60_000)  # type: ignore[attr-defined]
    assert app.vault is None
    assert len(list(folder.glob("*.vaultbackup"))) == 1  # the backup asked for, finished and kept
    assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []  # nothing half-made
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []


def _lock_and_unlock(app: AppController, qtbot: object) -> None:
    app.lock()
    qtbot.waitUntil(lambda: app.unlock_window is not None and app.unlock_window.isVisible(),  # type: ignore[attr-defined]
                    timeout=60_000)
    window = app.unlock_window
    assert window is not None
    window.passphrase.setText(PASSPHRASE)
    window.unlock_button.click()
    qtbot.waitUntil(lambda: app.main_window is not None and app.main_window.isVisible(),  # type: ignore[attr-defined]
                    timeout=60_000)


@pytest.mark.parametrize("backups_window", ["up", "closed", "gone with a lock"])
def test_a_quit_during_that_wait_shows_one_please_wait_saying_what_it_waits_for(
    unlocked_app: AppController, qtbot: object, folder: Path, holder: subprocess.Popen[str],
    caplog: pytest.LogCaptureFixture, backups_window: str,
) -> None:
    dialog = _pressed(unlocked_app, qtbot, folder)
    qtbot.waitUntil(lambda: _busy(dialog) == [WAITING])  # type: ignore[attr-defined]
    expected = [WAITING]  # Back up now's own, which says what the quit waits for
    if backups_window == "closed":
        dialog.close()
    elif backups_window == "gone with a lock":
        _lock_and_unlock(unlocked_app, qtbot)  # the window it was pressed in is gone: the quit's says it
        expected = ["Waiting for the other copy of the app to finish its backup; then this one closes…"]
    quits = _quits(unlocked_app)
    window = unlocked_app.main_window
    assert window is not None
    caplog.set_level(logging.INFO)
    window.close()  # Vault > Quit
    # Every pending operation's indicator past its delay (shown, or held back): one window.
    qtbot.waitUntil(lambda: runner().pending() >= 1 and all(  # type: ignore[attr-defined]
        op.timer is None or not op.timer.isActive() for op in runner()._ops.values()))
    QApplication.processEvents()
    qtbot.waitUntil(lambda: _all_busy() == expected)  # type: ignore[attr-defined]
    assert window.isVisible() and quits == [] and holder.poll() is None
    _let_go(holder)
    _ends_safely(unlocked_app, qtbot, quits, folder, caplog)

"""A backup waiting for another process's hold on its backup folder is said again after a lock and
an unlock made during that wait, and its end is said (backed up, or the folder stayed busy and
nothing was kept). Found: the wait's notice was told once, before the lock; the new window said
"Unlocked." and nothing of the backup still waiting, nor of how the wait ended.

A real second process holds the folder (tests/core/test_backup_folder_lock.py HOLD); real widgets,
a real vault. The folder's own wait is shortened for the busy case only (the app's deadline, not
a test's)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_back_up_now_waits_beside import (  # noqa: F401 (fixtures)
    _let_go,
    _lock_and_unlock,
    _pressed,
    folder,
    holder,
)
from tests.gui.test_workflows import _open
from vault_app.gui.backups import BackupsDialog
from vault_app.gui.controller import AppController
from vault_app.services import backup_beside
from vault_app.storage import backup_folder_lock

pytestmark = pytest.mark.gui

STILL = "Still waiting: another copy of the app is writing into the backup folder"


def _said(app: AppController) -> list[str]:
    """Every lasting line the main window's status line is given from now on (and what it shows)."""
    window = app.main_window
    assert window is not None
    line = window.status_line  # type: ignore[attr-defined]
    said: list[str] = []
    real = line.lasting

    def lasting(text: str) -> None:
        said.append(text)
        real(text)

    line.lasting = lasting
    return said


def _status(app: AppController) -> str:
    window = app.main_window
    return "" if window is None else window.status_label.text()  # type: ignore[attr-defined]


def test_after_a_lock_and_an_unlock_the_line_says_it_still_waits_then_that_it_backed_up(
    unlocked_app: AppController, qtbot: object, folder: Path, holder: subprocess.Popen[str]  # noqa: F811
) -> None:
    _pressed(unlocked_app, qtbot, folder)
    _lock_and_unlock(unlocked_app, qtbot)
    qtbot.waitUntil(lambda: STILL in _status(unlocked_app), timeout=60_000)  # type: ignore[attr-defined]
    assert str(folder) in _status(unlocked_app)
    said = _said(unlocked_app)
    assert holder.poll() is None and backup_beside.runner().busy()
    _let_go(holder)
    assert backup_beside.runner().wait(120)
    wait_ops(qtbot, timeout=120_000)
    qtbot.waitUntil(lambda: any("this backup was made and checked in" in s for s in said),  # type: ignore[attr-defined]
                    timeout=60_000)
    wait_ops(qtbot)
    assert STILL not in _status(unlocked_app)
    assert len(list(folder.glob("*.vaultbackup"))) == 1


def test_the_folder_kept_busy_is_said_with_nothing_kept(
    unlocked_app: AppController, qtbot: object, folder: Path, holder: subprocess.Popen[str],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(backup_folder_lock, "WAIT_SECONDS", 5.0)
    _pressed(unlocked_app, qtbot, folder)
    assert backup_beside.runner().wait(120)
    wait_ops(qtbot, timeout=120_000)
    qtbot.waitUntil(lambda: "Not backed up: another copy of the app kept the backup folder" in  # type: ignore[attr-defined]
                    _status(unlocked_app), timeout=60_000)
    assert "nothing of this backup was kept" in _status(unlocked_app)
    assert holder.poll() is None
    assert list(folder.iterdir()) == []  # nothing half-made


def test_a_backups_window_opened_after_the_unlock_says_the_wait_and_its_end(
    unlocked_app: AppController, qtbot: object, folder: Path, holder: subprocess.Popen[str]  # noqa: F811
) -> None:
    _pressed(unlocked_app, qtbot, folder)
    _lock_and_unlock(unlocked_app, qtbot)
    qtbot.waitUntil(lambda: STILL in _status(unlocked_app), timeout=60_000)  # type: ignore[attr-defined]
    window = unlocked_app.main_window
    assert window is not None
    dialog = _open(window, "backups")  # Vault > Backups…, opened again
    assert isinstance(dialog, BackupsDialog)
    assert "Another copy of the app (or a backup command) is backing up into this folder" in dialog.result_label.text()
    _let_go(holder)
    assert backup_beside.runner().wait(120)
    wait_ops(qtbot, timeout=120_000)
    qtbot.waitUntil(lambda: "this backup was made and checked in" in dialog.result_label.text(),  # type: ignore[attr-defined]
                    timeout=60_000)

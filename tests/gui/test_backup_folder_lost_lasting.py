"""A backup folder found deleted (or emptied) and made again (services/backup_folder_lost.py) is said
at every unlock, not only the one after, until the therapist says it was read (in the Backups
window) or its backups are found again; in the words `vault-app backup list` says it with. Found:
the window said it once, in a status line the next notice replaced, while the command line said it
every time. Real vault, real folders deleted for real, real windows; the drive's tables laid out as
in tests/core/test_backup_drive_swapped.py (no drive can be mounted here)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.core.test_backup_drive_swapped import UUID_A, Drives
from tests.gui.conftest import unlock, wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.main_window import MainWindow
from vault_app.services import backup, backup_folder_lost, backup_registry

pytestmark = pytest.mark.gui


def _line(window: MainWindow) -> str:
    return window.status_line.label.text() + " " + window.status_line.label.toolTip()


def _again(app: AppController, qtbot: Any) -> MainWindow:
    app.lock("Locked now.", quick=True)
    wait_ops(qtbot, timeout=60_000)
    return unlock(app, qtbot)


def test_a_lost_backup_folder_is_said_at_every_unlock_until_read(
        locked_app: AppController, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    drive = tmp_path / "usb"
    drive.mkdir()
    Drives(tmp_path / "system", drive, monkeypatch).plug(UUID_A)
    unlock(locked_app, qtbot)
    vault = locked_app.vault
    assert vault is not None
    backup_registry.configure(vault, target=str(drive), kind="file")
    backup.create_to_target(vault, drive)
    shutil.rmtree(drive)  # the therapist deletes the backup folder, and makes a new one
    drive.mkdir()
    backup.create_to_target(vault, drive)  # the next backup finds it (on lock, Back up now, `backup auto`)
    said = f"The backup folder {drive} was deleted or emptied (found on "
    for _unlock in range(3):  # every unlock, not the first one after only
        window = _again(locked_app, qtbot)
        qtbot.waitUntil(lambda w=window: said in _line(w), timeout=10_000)
        assert "the backup made in it before went with it (Vault > Backups… lists it, as lost)" in _line(window)
    dialog = window.open_backups()
    wait_ops(qtbot)
    note = dialog.lost_folders
    qtbot.waitUntil(note.isVisible, timeout=10_000)
    assert said in note.text.text(), note.text.text()
    note.read_button.click()  # "I have read this"
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not note.isVisible(), timeout=10_000)
    dialog.reject()
    window = _again(locked_app, qtbot)
    wait_ops(qtbot)
    assert "deleted or emptied" not in _line(window), _line(window)
    vault = locked_app.vault
    assert vault is not None
    # Still said by `backup list` (the record of what was lost stays).
    assert [f["folder"] for f in backup_folder_lost.folders_lost(vault)] == [str(drive)]

""""I have read this" under a lost backup folder (the Backups window) takes its sentence off the
status line at once, not at the next unlock or backup: found, the status bar went on saying the
folder was deleted after the therapist had said she read it. Real vault, real folders deleted for
real, real windows (set up as tests/gui/test_backup_folder_lost_lasting.py)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.core.test_backup_drive_swapped import UUID_A, Drives
from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_backup_folder_lost_lasting import _again, _line
from vault_app.gui.controller import AppController
from vault_app.services import backup, backup_registry

pytestmark = pytest.mark.gui


def test_i_have_read_this_takes_the_sentence_off_the_status_line_at_once(
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
    backup.create_to_target(vault, drive)
    window = _again(locked_app, qtbot)
    said = f"The backup folder {drive} was deleted or emptied"
    qtbot.waitUntil(lambda: said in _line(window), timeout=10_000)
    dialog = window.open_backups()
    wait_ops(qtbot)
    note = dialog.lost_folders
    qtbot.waitUntil(note.isVisible, timeout=10_000)
    note.read_button.click()  # "I have read this"
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not note.isVisible(), timeout=10_000)
    wait_ops(qtbot)
    assert "deleted or emptied" not in _line(window), _line(window)

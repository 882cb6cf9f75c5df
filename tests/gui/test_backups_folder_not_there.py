"""The Backups window says when the backup folder its settings name is not there (a drive not
connected, or mounted elsewhere): found in the real app, it showed the dead path as if it were
fine. Real vault, real backup folder, the real window."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.services import backup, backup_registry

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("connected", [True, False])
def test_the_window_says_the_folder_is_not_there(
        unlocked_app: AppController, qtbot: object, tmp_path: Path, connected: bool) -> None:
    vault, window = unlocked_app.vault, unlocked_app.main_window
    assert vault is not None and window is not None
    drive = tmp_path / "usb" / "vault-backups"
    backup_registry.configure(vault, target=str(drive), kind="repo")
    backup.create_to_target(vault, drive)
    if not connected:
        shutil.move(str(tmp_path / "usb"), str(tmp_path / "unplugged"))
    dialog = window.open_backups()
    wait_ops(qtbot)
    said = (f"The backup folder {drive.resolve()} is not there now: if it is on an external drive, connect the "
            "drive; or choose another folder.")
    assert (said in dialog.summary.text()) is not connected, dialog.summary.text()

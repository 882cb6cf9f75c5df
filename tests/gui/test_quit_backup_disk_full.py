"""Quit with a full backup drive: the question names the drive and what is free, and what waiting
is for is freeing space there, not connecting it (found by a walker: "The disk is full." and
"Wait and connect the drive" with the drive connected). A real vault, a real small file system
filled up (tmpfs, as root: skipped where it cannot be mounted), real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.core.test_faults_diskfull import _fill, small_filesystem
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from tests.gui.test_quit_backup_not_made import _button, _question
from vault_app.gui.controller import AppController
from vault_app.services import backup

pytestmark = pytest.mark.gui


def test_quit_with_a_full_backup_drive_says_which_and_offers_to_free_space(
    unlocked_app: AppController, qtbot: object, tmp_path: Path
) -> None:
    with small_filesystem(tmp_path / "usb", "1m") as drive:
        target = drive / "backups"
        target.mkdir()
        unlocked_app.op(None, lambda v: backup.configure(v, target=str(target), auto=True, kind="file")).run()
        wait_ops(qtbot)
        add_client(unlocked_app, qtbot)
        _fill(drive, 8_000)
        window = unlocked_app.main_window
        assert window is not None
        window.close()  # Vault > Quit
        qtbot.waitUntil(lambda: any(b.objectName() == "quitBackupNotMade" and b.isVisible()  # type: ignore[attr-defined]
                                    for b in window.findChildren(QMessageBox)))
        box = _question(window)
        assert box.text().startswith(f"The backup was not made: The drive of the backup folder {target} is full ("), \
            box.text()
        assert "Free some space on that drive" in box.informativeText()
        wait = _button(box, "Wait and free space on the drive")
        assert box.defaultButton() is wait and box.escapeButton() is wait
        wait.click()  # type: ignore[attr-defined]
        wait_ops(qtbot)
        assert window.isVisible()
        unlocked_app.vault.lock()  # type: ignore[union-attr]  # before the drive goes

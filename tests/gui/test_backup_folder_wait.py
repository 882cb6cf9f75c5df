"""Back up now while another copy of the app writes into the backup folder: the status line
says the backup waits (instead of a bar that does not move for two minutes), then the
refusal is a sentence; once the other process is done, the backup is made. A real second
process holds the folder (storage/backup_folder_lock.py); real widgets, a real vault."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.core.test_backup_folder_lock import HOLD
from tests.gui.conftest import wait_ops
from tests.gui.test_backups_repo import _dialog
from vault_app.gui.controller import AppController
from vault_app.storage import backup_folder_lock

pytestmark = pytest.mark.gui


def test_back_up_now_says_it_waits_then_refuses_then_backs_up(
    unlocked_app: AppController, qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "usb"
    dialog = _dialog(unlocked_app, qtbot)
    dialog.target.setText(str(folder))
    dialog.kind.setCurrentIndex(dialog.kind.findData("file"))
    dialog.save_settings()
    wait_ops(qtbot)
    folder.mkdir(exist_ok=True)
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(folder)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        monkeypatch.setattr(backup_folder_lock, "WAIT_SECONDS", 0.5)
        dialog.backup_now()
        wait_ops(qtbot, timeout=60_000)
        window = unlocked_app.main_window
        assert window is not None
        # The wait said, then how it ended (gui/backup_wait_line.py): the folder kept busy, nothing kept.
        qtbot.waitUntil(lambda: "another copy of the app kept the backup folder" in window.status_label.text())  # type: ignore[attr-defined]
        assert str(folder) in window.status_label.text()
        boxes = [b for b in dialog.findChildren(QMessageBox) if b.objectName() == "errorDialog" and b.isVisible()]
        assert len(boxes) == 1 and "Nothing was written" in boxes[0].text(), [b.text() for b in boxes]
        boxes[0].accept()
        assert not list(folder.glob("*.vaultbackup"))
    finally:
        for pipe in (holder.stdin, holder.stdout):
            if pipe is not None:
                pipe.close()
        holder.wait(60)
    dialog.backup_now()
    wait_ops(qtbot, timeout=60_000)
    assert len(list(folder.glob("*.vaultbackup"))) == 1, dialog.result_label.text()

"""Quit while Back up now runs (found in the real app on Xvfb): every window vanished at once,
the process went on ~2 s with nothing on screen, then the busy indicator of the Backups window
(deleted with it by the quit) was closed again: an uncaught RuntimeError, logged as ERROR.
Now a small window says the backup is finishing (nothing of the vault in it) until it ends,
then the app quits; nothing is logged as an error. A real second process holds the backup
folder (storage/backup_folder_lock.py), so the real backup waits as long as the test needs."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QProgressDialog

from tests.core.test_backup_folder_lock import HOLD
from tests.gui.conftest import wait_ops
from tests.gui.test_backups_repo import _dialog
from vault_app.gui.background import runner
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


def _finishing_windows() -> list[object]:
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == "quitFinishing" and w.isVisible()]


def test_quit_during_back_up_now_says_it_finishes_then_quits_without_an_error(
    unlocked_app: AppController, qtbot: object, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    dialog = _dialog(unlocked_app, qtbot)
    dialog.target.setText(str(folder))
    dialog.kind.setCurrentIndex(dialog.kind.findData("file"))
    dialog.save_settings()
    wait_ops(qtbot)
    quits: list[bool] = []
    unlocked_app.quit_requested.connect(lambda: quits.append(True))
    window = unlocked_app.main_window
    assert window is not None
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(folder)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        dialog.backup_now()  # waits for the other process's folder lock
        qtbot.waitUntil(lambda: any(d.isVisible() for d in dialog.findChildren(QProgressDialog)))  # type: ignore[attr-defined]
        caplog.set_level(logging.INFO)
        window.close()  # Vault > Quit
        qtbot.waitUntil(lambda: len(_finishing_windows()) == 1)  # type: ignore[attr-defined]
        assert not window.isVisible()
        assert quits == [] and not runner().is_idle()
        shown = _finishing_windows()[0]
        assert "Finishing the backup before closing" in shown.label.text()  # type: ignore[attr-defined]
    finally:
        for pipe in (holder.stdin, holder.stdout):
            if pipe is not None:
                pipe.close()
        holder.wait(60)
    wait_ops(qtbot, timeout=120_000)
    qtbot.waitUntil(lambda: quits == [True])  # type: ignore[attr-defined]
    assert _finishing_windows() == []
    assert len(list(folder.glob("*.vaultbackup"))) == 1  # the backup was finished, not cut
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors == [], [r.getMessage() for r in errors]

"""Quit's backup question is asked only when there is something to back up. Found (round 46): Back up
now pressed again with nothing saved since the last checked backup, another process holding the
backup folder past the wait, and Quit asked "The backup you asked for was not made ... Quit without
this backup / Wait longer" although nothing written to the vault was missing from that backup.
Nothing changed: the quit ends without a question and keeps no "backup at Quit not made"; something
changed: the question, as before.

A real second process holds the folder (tests/core/test_backup_folder_lock.py HOLD); real widgets, a
real vault. The folder's wait is the app's own deadline, shortened here (not a test's timeout)."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.core.test_backup_folder_lock import HOLD
from tests.gui.conftest import wait_ops
from tests.gui.test_back_up_now_waits_beside import _let_go, _quits
from tests.gui.test_backups_repo import _dialog
from tests.gui.test_chart import add_client
from tests.gui.test_quit_back_up_now_folder_busy import _question
from vault_app.gui.controller import AppController
from vault_app.services import backup_beside_control
from vault_app.storage import backup_folder_lock

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("changed", [False, True])
def test_the_quit_asks_about_the_busy_folder_only_when_something_changed(
    unlocked_app: AppController, qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture, changed: bool,
) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    dialog = _dialog(unlocked_app, qtbot)
    dialog.target.setText(str(folder))
    dialog.kind.setCurrentIndex(dialog.kind.findData("file"))
    dialog.save_settings()
    wait_ops(qtbot)
    dialog.backup_now()  # the last checked backup
    wait_ops(qtbot, timeout=120_000)
    assert len(list(folder.glob("*.vaultbackup"))) == 1, dialog.result_label.text()
    if changed:
        add_client(unlocked_app, qtbot, "Ines Notbackedup")
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(folder)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        monkeypatch.setattr(backup_folder_lock, "WAIT_SECONDS", 6.0)
        window = unlocked_app.main_window
        assert window is not None
        dialog.backup_button.click()  # again: it waits for the other process
        qtbot.waitUntil(lambda: "another copy of the app is writing" in window.status_label.text(),  # type: ignore[attr-defined]
                        timeout=120_000)
        dialog.close()
        quits = _quits(unlocked_app)
        backup_beside_control.take_last_failure()
        caplog.set_level(logging.INFO)
        window.close()  # Vault > Quit, during Back up now's wait
        qtbot.waitUntil(lambda: _question(window) is not None or quits == [True],  # type: ignore[attr-defined]
                        timeout=120_000)
        wait_ops(qtbot, timeout=120_000)
        if changed:
            assert _question(window) is not None and quits == []
            return
        qtbot.waitUntil(lambda: quits == [True], timeout=60_000)  # type: ignore[attr-defined]
        assert _question(window) is None
        # Nothing said as the app ends: no box of Back up now's own either.
        shown = [b.text() for w in QApplication.topLevelWidgets() for b in [w, *w.findChildren(QMessageBox)]
                 if isinstance(b, QMessageBox) and b.isVisible()]
        assert shown == []
        assert unlocked_app.vault is None
        assert backup_beside_control.take_last_failure() is None  # no "the backup at Quit was not made"
        assert len(list(folder.glob("*.vaultbackup"))) == 1
        assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []
    finally:
        _let_go(holder)

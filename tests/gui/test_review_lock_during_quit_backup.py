"""Review of the merged round (h-review-merged): Quit's backup, made with the window up
(gui/quit_backup.py), and a lock arriving while it runs. Seen failing: the Quit is lost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.test_backup_folder_lock import HOLD
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from tests.gui.test_quit_while_backup_runs import _busy, _release
from vault_app.gui.controller import AppController
from vault_app.services import backup

pytestmark = pytest.mark.gui


def test_a_lock_during_quit_s_backup_does_not_lose_the_quit(
    unlocked_app: AppController, qtbot: object, tmp_path: Path
) -> None:
    """Vault > Quit, then a lock (the lid closed: sleep locks; the idle lock) while Quit's backup
    waits: the window goes with the lock, the backup's success never reaches quit_now, and the
    app stays at the unlock window: the therapist's Quit is lost (before this round Quit ended it)."""
    folder = tmp_path / "usb"
    folder.mkdir()
    unlocked_app.op(None, lambda v: backup.configure(v, target=str(folder), auto=True, kind="file")).run()
    wait_ops(qtbot)
    add_client(unlocked_app, qtbot)
    window = unlocked_app.main_window
    assert window is not None
    quits: list[bool] = []
    unlocked_app.quit_requested.connect(lambda: quits.append(True))
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(folder)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    try:
        window.close()  # Vault > Quit: its backup waits for the other process's folder lock
        qtbot.waitUntil(lambda: "Making the backup before closing…" in _busy(window))  # type: ignore[attr-defined]
        unlocked_app.lock()  # the lid closed
    finally:
        _release(holder)
    wait_ops(qtbot, timeout=120_000)
    qtbot.wait(300)  # type: ignore[attr-defined]
    wait_ops(qtbot)
    assert quits == [True], "Quit was asked, the app is still running (at the unlock window)"


def test_an_unexpected_failure_of_quit_s_backup_is_in_the_log(
    unlocked_app: AppController, qtbot: object, tmp_path: Path, caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    """quit_backup.ask_quit_without_backup: 'a bug: its text might quote a record; it is in the log
    by its kind only'. Its failure handler returns True, so OpRunner never calls describe_error
    (which logs a bug's kind and stack): with Wait chosen, the bug is in no log at all."""
    import logging

    from PySide6.QtWidgets import QMessageBox

    def broken(_vault: object, **_drafts: object) -> None:
        record = "Quinn" + " Private"  # built: the logged stack shows this source line, not values
        raise RuntimeError(record)  # a bug whose text quotes a record

    monkeypatch.setattr(backup, "backup_if_changed", broken)
    window = unlocked_app.main_window
    assert window is not None
    caplog.set_level(logging.INFO)
    window.close()  # Vault > Quit
    qtbot.waitUntil(lambda: any(b.objectName() == "quitBackupNotMade" and b.isVisible()  # type: ignore[attr-defined]
                                for b in window.findChildren(QMessageBox)))
    box = next(b for b in window.findChildren(QMessageBox) if b.objectName() == "quitBackupNotMade")
    box.reject()  # Wait and connect the drive
    wait_ops(qtbot)
    logged = [r.getMessage() for r in caplog.records]
    assert not [m for m in logged if "Quinn Private" in m]
    assert [m for m in logged if "RuntimeError" in m], logged


def test_the_finishing_window_is_not_closed_by_hand(qtbot: object) -> None:
    """gui/quit_wait.py: closed by hand, the process went on with nothing on screen again."""
    from vault_app.gui.quit_wait import FinishingWindow

    window = FinishingWindow()
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    window.close()  # the title bar's close button
    assert window.isVisible()
    window.finished = True  # the work done (quit_wait._Waiting._idle)
    window.close()
    assert not window.isVisible()

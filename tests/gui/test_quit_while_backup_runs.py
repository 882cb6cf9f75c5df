"""Quit while Back up now runs (found in the real app on Xvfb): every window vanished at once,
the process went on ~2 s with nothing on screen, then the busy indicator of the Backups window
(deleted with it by the quit) was closed again: an uncaught RuntimeError, logged as ERROR.
Now Vault > Quit waits, the window up, for Quit's backup (behind Back up now: "Making the
backup before closing…"); an end by the system (SIGTERM: no question) closes the windows at
once and a small window says the backup is finishing (nothing of the vault in it) until it
ends. Then the app quits; nothing is logged as an error. A real second process holds the backup
folder (storage/backup_folder_lock.py), so the real backup waits as long as the test needs."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from tests.core.test_backup_folder_lock import HOLD
from tests.gui.conftest import wait_ops
from tests.gui.test_backups_repo import _dialog
from vault_app.gui.background import runner
from vault_app.gui.backups import BackupsDialog
from vault_app.gui.controller import AppController
from vault_app.gui.launcher import end_as_quit

pytestmark = pytest.mark.gui


def _finishing_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == "quitFinishing" and w.isVisible()]


def _busy(widget: QWidget) -> list[str]:
    return [d.labelText() for d in widget.findChildren(QProgressDialog) if d.isVisible()]


def _back_up_now_held(app: AppController, qtbot: object, folder: Path, *,
                      press: bool = False) -> tuple[BackupsDialog, subprocess.Popen[str]]:
    """Back up now, waiting for a real second process that holds the backup folder (`press`: its
    button pressed with the keyboard on it, as a therapist does)."""
    folder.mkdir()
    dialog = _dialog(app, qtbot)
    dialog.target.setText(str(folder))
    dialog.kind.setCurrentIndex(dialog.kind.findData("file"))
    dialog.save_settings()
    wait_ops(qtbot)
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(folder)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    if press:
        dialog.backup_button.setFocus()
        dialog.backup_button.click()
    else:
        dialog.backup_now()  # waits for the other process's folder lock
    qtbot.waitUntil(lambda: _busy(dialog) != [])  # type: ignore[attr-defined]
    return dialog, holder


def _delays_over() -> bool:
    """Every pending operation's busy indicator is past its delay (shown, or held back)."""
    return all(op.timer is None or not op.timer.isActive() for op in runner()._ops.values())


def _release(holder: subprocess.Popen[str]) -> None:
    for pipe in (holder.stdin, holder.stdout):
        if pipe is not None:
            pipe.close()
    holder.wait(60)


def _ends_without_error(app: AppController, qtbot: object, quits: list[bool], folder: Path,
                        caplog: pytest.LogCaptureFixture) -> None:
    wait_ops(qtbot, timeout=120_000)
    qtbot.waitUntil(lambda: quits == [True])  # type: ignore[attr-defined]
    assert _finishing_windows() == []
    assert app.vault is None
    assert len(list(folder.glob("*.vaultbackup"))) == 1  # the backup was finished, not cut
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors == [], [r.getMessage() for r in errors]


def test_quit_during_back_up_now_waits_for_it_with_the_window_up(
    unlocked_app: AppController, qtbot: object, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = tmp_path / "usb"
    quits: list[bool] = []
    unlocked_app.quit_requested.connect(lambda: quits.append(True))
    window = unlocked_app.main_window
    assert window is not None
    _shown, holder = _back_up_now_held(unlocked_app, qtbot, folder)
    try:
        caplog.set_level(logging.INFO)
        window.close()  # Vault > Quit
        # Quit's backup queued behind Back up now, and its busy indicator's delay over: one
        # window, saying what runs (found by the walker: a second "Please wait" stacked on the
        # first, saying "Making the backup before closing…" while Back up now still ran).
        qtbot.waitUntil(lambda: runner().pending() >= 2 and _delays_over())  # type: ignore[attr-defined]
        QApplication.processEvents()
        # Back up now's, saying what it (and so the quit) waits for: the other process's backup.
        qtbot.waitUntil(lambda: _busy(window) == [  # type: ignore[attr-defined]
            "Waiting for the other copy of the app to finish its backup in this folder…"])
        assert window.isVisible() and quits == []
        window.close()  # asked again meanwhile: nothing more
    finally:
        _release(holder)
    _ends_without_error(unlocked_app, qtbot, quits, folder, caplog)


def test_the_system_ending_the_app_during_back_up_now_says_it_finishes(
    unlocked_app: AppController, qtbot: object, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = tmp_path / "usb"
    quits: list[bool] = []
    unlocked_app.quit_requested.connect(lambda: quits.append(True))
    window = unlocked_app.main_window
    assert window is not None
    _shown, holder = _back_up_now_held(unlocked_app, qtbot, folder)
    try:
        caplog.set_level(logging.INFO)
        app = QApplication.instance()
        assert app is not None
        end_as_quit(app, unlocked_app)  # SIGTERM (gui/end_signals.py): the windows close at once
        qtbot.waitUntil(lambda: len(_finishing_windows()) == 1)  # type: ignore[attr-defined]
        assert not window.isVisible()
        assert quits == []
        shown = _finishing_windows()[0]
        assert "Finishing the backup before closing…" in shown.label.text()  # type: ignore[attr-defined]
    finally:
        _release(holder)
    _ends_without_error(unlocked_app, qtbot, quits, folder, caplog)

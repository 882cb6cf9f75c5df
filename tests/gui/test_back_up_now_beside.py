"""Back up now runs beside the work (found by a walker on a 280 MB vault: 12-15 s). The Backups
window was window-modal to the main window, so the open note was blocked for the whole backup;
Back up now, disabled while it ran, sent the keyboard on to "Save a single-file copy…", and the
space of the sentence meant for the note pressed it (a folder chooser took the rest). Now the
Backups window and its "Please wait" block no window and take no typing; Back up now keeps the
keyboard and a second press only says it is still working. A real second process holds the
backup folder, so the real backup waits as long as the test needs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog

from tests.gui.conftest import wait_ops
from tests.gui.test_quit_while_backup_runs import _back_up_now_held, _release
from vault_app.gui.background import runner
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


def test_back_up_now_blocks_no_window_and_keeps_the_keyboard(
    unlocked_app: AppController, qtbot: object, tmp_path: Path
) -> None:
    folder = tmp_path / "usb"
    window = unlocked_app.main_window
    assert window is not None
    dialog, holder = _back_up_now_held(unlocked_app, qtbot, folder, press=True)
    try:
        assert QApplication.activeModalWidget() is None  # the main window and the note stay usable
        busy = [d for d in dialog.findChildren(QProgressDialog) if d.isVisible()]
        assert [d.windowModality() for d in busy] == [Qt.WindowModality.NonModal]
        assert dialog.focusWidget() is dialog.backup_button  # not moved on to the next button
        pending = runner().pending()
        QTest.keyClick(dialog.backup_button, Qt.Key.Key_Space)  # typing that lands here anyway
        assert runner().pending() == pending  # no second backup queued
        assert "Still working on it" in dialog.result_label.text()
        assert [d for d in dialog.findChildren(QFileDialog) if d.isVisible()] == []
    finally:
        _release(holder)
    wait_ops(qtbot, timeout=120_000)
    assert len(list(folder.glob("*.vaultbackup"))) == 1
    assert "Backed up to" in dialog.result_label.text()


def test_backups_asked_again_comes_forward_as_one_window(unlocked_app: AppController, qtbot: object) -> None:
    window = unlocked_app.main_window
    assert window is not None
    first = window.open_backups()
    wait_ops(qtbot)
    again = window.open_backups()
    wait_ops(qtbot)
    assert again is first

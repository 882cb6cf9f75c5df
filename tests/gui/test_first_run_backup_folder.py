"""The first-run wizard's backup folder, typed as a therapist types it (sixteenth round, in the
real app): "/etc/passwd" followed by Enter went on to Create (the file was found out only at
the first backup, after the wizard), and "backups" was taken as a folder inside whatever folder
the app was started from."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import wait_ops
from tests.gui.first_run_helpers import walk_to_backup_page
from vault_app.gui.controller import AppController
from vault_app.gui.create_wizard import CreateVaultWizard
from vault_app.gui.create_wizard_backup import BackupPage

pytestmark = pytest.mark.gui


def test_a_folder_name_without_its_path_is_refused(qtbot, tmp_path: Path) -> None:
    page = BackupPage(lambda: tmp_path / "vault")
    qtbot.addWidget(page)
    page.target.setText("backups")
    assert not page.isComplete()
    assert "whole path" in page.problem.text()
    page.target.setText(str(tmp_path / "usb" / "backups"))
    assert page.isComplete() and page.problem.text().strip() == ""


def _to_the_backup_page(wizard: CreateVaultWizard, qtbot) -> None:
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    walk_to_backup_page(wizard, qtbot)


def test_enter_right_after_typing_a_file_stays_on_the_backup_page(fresh_app: AppController, qtbot,
                                                                  tmp_path: Path) -> None:
    wizard = fresh_app.wizard
    assert wizard is not None
    _to_the_backup_page(wizard, qtbot)
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder")
    page = wizard.backup_page
    page.target.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.target)
    qtbot.keyClicks(page.target, str(a_file))
    qtbot.keyClick(page.target, Qt.Key.Key_Return)
    wait_ops(qtbot)
    qtbot.wait(50)
    wait_ops(qtbot)
    assert wizard.currentPage() is page, "a file went on to Create"
    assert "is a file, not a folder" in page.problem.text()
    assert not page.isComplete()
    assert a_file.read_text() == "not a folder"

    page.target.selectAll()
    qtbot.keyClicks(page.target, str(tmp_path / "usb" / "backups"))
    qtbot.keyClick(page.target, Qt.Key.Key_Return)
    # On the vault's own disk (tmp_path): that warning is left to be read, Enter again goes on.
    qtbot.waitUntil(lambda: "same disk" in page.notes.text(), timeout=10_000)
    assert wizard.currentPage() is page
    qtbot.keyClick(page.target, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.create_page, timeout=10_000)
    assert str(tmp_path / "usb" / "backups") in wizard.create_page.summary.text()

"""Restore from a backup's "Choose folder…" (found by a walker: the dialog took a typed backup
folder and listed its backups, newest first, but its Choose… opened a file chooser, which cannot
choose a folder). The real folder chooser (file_dialogs.existing_directory, Qt's own dialog) is
driven as a therapist does: the folder typed in its name box and Enter. Real vault, real backups."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from tests.gui.test_folder_dialog_typed import _type_then_enter
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.gui.restore_dialog import RestoreFromBackupDialog
from vault_app.gui.widgets import form_letters, mnemonic_of
from vault_app.services import backup, clients
from vault_app.services.vault import create_vault, open_vault

pytestmark = pytest.mark.gui


def _names(folder: Path) -> set[str]:
    with open_vault(folder, PASSPHRASE) as vault:
        return {c.display_name for c in clients.list_clients(vault)}


def test_choose_folder_picks_a_backup_folder_and_its_newest_backup_is_restored(tmp_path: Path, qtbot: object) -> None:
    vault = create_vault(tmp_path / "old-laptop", PASSPHRASE, params=OWASP_FLOOR, use_device_secret=False).vault
    drive = tmp_path / "backup drive"
    drive.mkdir()
    clients.create_client(vault, "First Client", date_of_birth="1975-05-05")
    older = Path(backup.create_backup(vault, drive).path)
    clients.create_client(vault, "Second Client", date_of_birth="1980-06-06")
    newest = Path(backup.create_backup(vault, drive, rotate_old=False).path)
    vault.lock()
    stamp = newest.stat().st_mtime
    os.utime(older, (stamp - 3600, stamp - 3600))  # written an hour before (made within a second here)

    dialog = RestoreFromBackupDialog(tmp_path / "new-laptop", may_replace=False)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    button = dialog.choose_backup_folder
    assert button.isVisible() and button.accessibleName() == "Choose the backup folder"
    letters = [letter for _w, letter in form_letters(dialog) if letter]
    assert mnemonic_of(button.text()) == "d" and letters.count("d") == 1
    assert not button.autoDefault()  # Enter in a field never opens the chooser

    seen: dict[str, object] = {}
    QTimer.singleShot(0, lambda: _type_then_enter(str(drive), seen))
    button.click()  # the real chooser, answered by the folder typed and Enter
    assert dialog.backup.text() == str(drive)
    qtbot.waitUntil(dialog.in_folder.isVisible)  # type: ignore[attr-defined]
    listed = [Path(str(dialog.in_folder.itemData(i))) for i in range(dialog.in_folder.count())]
    assert listed == [newest, older]
    assert dialog.chosen_backup() == newest

    dialog.passphrase.setText(PASSPHRASE)
    qtbot.waitUntil(dialog.restore_button.isEnabled)  # type: ignore[attr-defined]
    dialog.restore_button.click()
    wait_ops(qtbot, timeout=60_000)
    assert dialog.report is not None, dialog.message.text()
    assert _names(tmp_path / "new-laptop") == {"First Client", "Second Client"}


def test_choose_folder_opens_where_the_backup_typed_is(tmp_path: Path, qtbot: object) -> None:
    """A backup file typed or chosen: the folder chooser opens in its folder, Cancel changes nothing."""
    drive = tmp_path / "drive"
    drive.mkdir()
    typed = drive / "some.vaultbackup"
    typed.write_bytes(b"not read")
    dialog = RestoreFromBackupDialog(tmp_path / "new-laptop", may_replace=False)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    dialog.backup.setText(str(typed))
    opened: dict[str, str] = {}

    def cancel() -> None:
        from PySide6.QtWidgets import QApplication, QFileDialog

        chooser = QApplication.activeModalWidget()
        if not isinstance(chooser, QFileDialog):
            QTimer.singleShot(10, cancel)
            return
        opened["at"] = chooser.directory().absolutePath()
        chooser.reject()

    QTimer.singleShot(0, cancel)
    dialog.choose_backup_folder.click()
    assert opened["at"] == str(drive)
    assert dialog.backup.text() == str(typed)

"""Restoring another vault's backup over a vault (the wrong drive's backup, 2026-12-04): the app
asks with a sentence that says it is another vault, before anything changes, both in Backups >
Restore the selected backup… and in the unlock window's Restore from a backup…. Real vaults,
real backups, the real restore on the worker."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from tests.gui.yes_no_answered import answering
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.gui import backup_restore_dialog
from vault_app.gui.backups import RestoreDialog
from vault_app.gui.controller import AppController
from vault_app.gui.restore_dialog import RestoreFromBackupDialog
from vault_app.services import backup, clients
from vault_app.services.vault import create_vault, open_vault
from vault_app.storage import header as header_io

pytestmark = pytest.mark.gui


def _names(folder: Path) -> set[str]:
    with open_vault(folder, PASSPHRASE) as vault:
        return {c.legal_name for c in clients.list_clients(vault)}


def _other_vaults_backup(tmp_path: Path) -> Path:
    other = create_vault(tmp_path / "other-vault", PASSPHRASE, params=OWASP_FLOOR, use_device_secret=False).vault
    clients.create_client(other, "Otherwise Elsewhere", date_of_birth="1975-02-03")
    drive = tmp_path / "wrong-drive"
    drive.mkdir()
    made = Path(backup.create_backup(other, drive, verify=True).path)
    other.lock()
    return made


def test_backups_restore_over_the_vault_in_use_says_it_is_another_vault(
    unlocked_app: AppController, qtbot: object, tmp_path: Path, app_folder: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    made = _other_vaults_backup(tmp_path)
    mine = header_io.read(app_folder).vault_id
    asked: list[tuple[Any, ...]] = []
    answer = {"yes": False}

    # No is its default (tests/gui/test_yes_no_boxes.py).
    monkeypatch.setattr(backup_restore_dialog, "ask_yes_no", answering(lambda: answer["yes"], asked))
    dialog = RestoreDialog(unlocked_app, made)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()  # asked after the worker's read of the backup, of a dialog still shown
    dialog.passphrase.setText(PASSPHRASE)
    dialog.replace.setChecked(True)
    dialog.restore()
    wait_ops(qtbot)
    (first,) = asked
    assert first[1] == "Replace this vault with another vault?"
    assert "This backup is of another vault, not of the vault you are using" in first[2]
    assert unlocked_app.vault is not None and header_io.read(app_folder).vault_id == mine  # No: nothing changed

    answer["yes"] = True
    dialog.restore()
    wait_ops(qtbot, timeout=60_000)
    assert unlocked_app.vault is None  # replaced, then locked
    assert header_io.read(app_folder).vault_id != mine
    assert _names(app_folder) == {"Otherwise Elsewhere"}
    (safety,) = app_folder.parent.glob(f"{app_folder.name}-before-restore-*")
    assert header_io.read(safety).vault_id == mine


def test_the_unlock_windows_restore_asks_before_another_vault_replaces_this_one(tmp_path: Path, qtbot: object) -> None:
    folder = tmp_path / "vault"
    mine = create_vault(folder, PASSPHRASE, params=OWASP_FLOOR, use_device_secret=False).vault
    clients.create_client(mine, "Mine Only", date_of_birth="1980-01-01")
    mine_id = mine.vault_id
    mine.lock()
    made = _other_vaults_backup(tmp_path)
    dialog = RestoreFromBackupDialog(folder, may_replace=True)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    dialog.backup.setText(str(made))
    dialog.passphrase.setText(PASSPHRASE)

    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.question is not None and dialog.question.isVisible())  # type: ignore[attr-defined]
    box = dialog.question
    assert box is not None
    assert box.windowTitle() == "Replace this vault with another vault?"
    assert f"This backup is of another vault, not of the vault in {folder}" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert dialog.message.text() == "Nothing was restored."
    assert header_io.read(folder).vault_id == mine_id

    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.question is not None and dialog.question.isVisible())  # type: ignore[attr-defined]
    box = dialog.question
    assert box is not None
    (replace,) = [b for b in box.buttons() if b.text() == "&Replace with the other vault"]
    replace.click()
    wait_ops(qtbot, timeout=60_000)
    assert dialog.report is not None, dialog.message.text()
    assert _names(folder) == {"Otherwise Elsewhere"}
    assert dialog.report.safety_copy and header_io.read(Path(dialog.report.safety_copy)).vault_id == mine_id


def test_a_new_computers_restore_into_an_empty_folder_asks_nothing(tmp_path: Path, qtbot: object) -> None:
    made = _other_vaults_backup(tmp_path)
    fresh = tmp_path / "new-computer" / "vault"
    # The first-run wizard's dialog: the app's folder is empty (no vault there yet).
    dialog = RestoreFromBackupDialog(fresh, may_replace=False)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    dialog.backup.setText(str(made))
    dialog.passphrase.setText(PASSPHRASE)
    dialog.restore_button.click()
    assert dialog.question is None
    wait_ops(qtbot, timeout=60_000)
    assert dialog.report is not None, dialog.message.text()
    assert _names(fresh) == {"Otherwise Elsewhere"}

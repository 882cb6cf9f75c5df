"""The question "Replace this vault with another vault?" is held to the file it read (found by a
reader, 2026-12-06): it read only the backup's key block, and the restore it answered took any
file found at that path afterwards (a third vault's backup put there was restored under words
said of the first). The question's one read of the file (restore_ask.read) carries its identity
to the restore, which refuses another file with the same words as a swap under "Replace this
vault?", nothing written. Both dialogs; real vaults, real backups, real widgets."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from tests.gui.yes_no_answered import answering
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.gui import backup_restore_dialog
from vault_app.gui.backups import RestoreDialog
from vault_app.gui.controller import AppController
from vault_app.gui.restore_dialog import RestoreFromBackupDialog
from vault_app.services import backup, clients
from vault_app.services.vault import create_vault
from vault_app.storage import header as header_io

pytestmark = pytest.mark.gui


def _backup_of_a_vault(tmp_path: Path, name: str, client: str) -> Path:
    other = create_vault(tmp_path / name, PASSPHRASE, params=OWASP_FLOOR, use_device_secret=False).vault
    clients.create_client(other, client, date_of_birth="1975-02-03")
    drive = tmp_path / f"{name}-drive"
    drive.mkdir()
    made = Path(backup.create_backup(other, drive).path)
    other.lock()
    return made


def test_backups_restore_of_another_vault_refuses_a_file_swapped_before_the_answer(
    unlocked_app: AppController, qtbot: object, tmp_path: Path, app_folder: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked_path = _backup_of_a_vault(tmp_path, "second", "Asked About")
    third = _backup_of_a_vault(tmp_path, "third", "Put In Between")
    mine = header_io.read(app_folder).vault_id
    asked: list[tuple[object, ...]] = []

    def swap_then_yes() -> bool:
        shutil.copyfile(third, asked_path)  # a third vault's backup, while the question is read
        return True

    monkeypatch.setattr(backup_restore_dialog, "ask_yes_no", answering(swap_then_yes, asked))
    dialog = RestoreDialog(unlocked_app, asked_path)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.replace.setChecked(True)
    dialog.restore()
    qtbot.waitUntil(lambda: bool(asked))  # type: ignore[attr-defined]
    wait_ops(qtbot, timeout=60_000)
    assert [a[1] for a in asked] == ["Replace this vault with another vault?"]
    qtbot.waitUntil(lambda: "changed after you were asked" in dialog.message.text())  # type: ignore[attr-defined]
    assert "Choose it again." in dialog.message.text()
    assert unlocked_app.vault is not None  # not replaced, not locked
    assert header_io.read(app_folder).vault_id == mine
    assert list(app_folder.parent.glob(f"{app_folder.name}-before-restore-*")) == []


def test_the_unlock_windows_restore_of_another_vault_refuses_a_file_swapped_before_the_answer(
    tmp_path: Path, qtbot: object,
) -> None:
    folder = tmp_path / "vault"
    mine = create_vault(folder, PASSPHRASE, params=OWASP_FLOOR, use_device_secret=False).vault
    mine_id = mine.vault_id
    mine.lock()
    asked_path = _backup_of_a_vault(tmp_path, "second", "Asked About")
    third = _backup_of_a_vault(tmp_path, "third", "Put In Between")
    dialog = RestoreFromBackupDialog(folder, may_replace=True)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    dialog.backup.setText(str(asked_path))
    dialog.passphrase.setText(PASSPHRASE)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.question is not None and dialog.question.isVisible())  # type: ignore[attr-defined]
    box = dialog.question
    assert box is not None and box.windowTitle() == "Replace this vault with another vault?"
    shutil.copyfile(third, asked_path)  # while the question is shown
    (replace,) = [b for b in box.buttons() if b.text() == "&Replace with the other vault"]
    replace.click()
    qtbot.waitUntil(lambda: "changed after you were asked" in dialog.message.text(),  # type: ignore[attr-defined]
                    timeout=60_000)
    wait_ops(qtbot, timeout=60_000)
    assert dialog.report is None
    assert header_io.read(folder).vault_id == mine_id
    assert list(folder.parent.glob("vault-before-restore-*")) == []

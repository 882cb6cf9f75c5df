"""The PIN after any restore of an older backup into the vault's folder while the window was locked,
not only a `backup restore --overwrite`, which keeps a safety copy beside the folder (the one trace
the PIN's refusal looked for). Found by the last round: a vault folder moved aside and a backup
restored in its place (no --overwrite, no safety copy), or a safety copy since moved or deleted,
and the right PIN said "The vault's passphrase was changed ... or its keys were replaced": what
happened was a restore. The vault header's ledger anchor (plain, beside the vault) says it: the
vault continued by any program only adds to its ledger, an older copy's ends before the lock's.
Real vault, real widgets, real CLI processes; Spanish too."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli_process
from tests.gui.conftest import wait_ops
from tests.gui.test_quick_unlock import _idle_lock, _turn_on
from tests.gui.test_quick_unlock_changed_beside import NEW, _change_in_a_terminal, _pin
from vault_app.gui import i18n
from vault_app.gui.controller import AppController
from vault_app.services import backup, clients
from vault_app.services.vault_passphrase import read_failures

pytestmark = pytest.mark.gui


def _locked_with_a_pin_after_a_backup(app: AppController, qtbot, folder: Path, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    vault = app.vault
    assert vault is not None
    made = backup.create_backup(vault, tmp_path / "usb", verify=True)  # under PASSPHRASE
    clients.create_client(vault, "Later Person", date_of_birth="1980-01-01")  # the ledger goes on
    _idle_lock(app, qtbot)
    _change_in_a_terminal(folder, tmp_path)  # the passphrase is NEW from now on
    window = app.unlock_window
    assert window is not None
    window.passphrase.setText(NEW)
    window.unlock_button.click()
    wait_ops(qtbot)
    assert app.vault is not None
    _turn_on(app, qtbot, phrase=NEW)
    _idle_lock(app, qtbot)
    return made.path


@pytest.mark.parametrize("how", ["folder_moved_aside", "safety_copy_deleted"])
def test_the_pin_after_any_restore_says_the_vault_was_restored(
        unlocked_app: AppController, qtbot, app_folder: Path, tmp_path: Path, how: str) -> None:
    made = _locked_with_a_pin_after_a_backup(unlocked_app, qtbot, app_folder, tmp_path)
    if how == "folder_moved_aside":
        app_folder.rename(tmp_path / "vault-aside")
        done = cli_process("backup", "restore", str(made), "--to", str(app_folder))
    else:
        done = cli_process("backup", "restore", str(made), "--to", str(app_folder), "--overwrite")
        for safety in app_folder.parent.glob(f"{app_folder.name}-before-restore-*"):
            shutil.rmtree(safety)
    assert done.code == 0, done.err

    _pin(unlocked_app, qtbot)
    window = unlocked_app.unlock_window
    assert window is not None and unlocked_app.vault is None
    said = window.message.text()
    assert "restored from a backup" in said and "while this window was locked" in said, said
    assert "passphrase was changed" not in said, said
    assert window.passphrase.isVisibleTo(window) and not window.pin_row.isVisibleTo(window)
    assert read_failures(app_folder) == 0
    window.passphrase.setText(PASSPHRASE)  # the backup's passphrase opens the restored vault
    window.unlock_button.click()
    wait_ops(qtbot)
    assert unlocked_app.vault is not None


def test_in_spanish(unlocked_app: AppController, qtbot, app_folder: Path, tmp_path: Path, spanish: None) -> None:
    made = _locked_with_a_pin_after_a_backup(unlocked_app, qtbot, app_folder, tmp_path)
    app_folder.rename(tmp_path / "vault-aside")
    assert cli_process("backup", "restore", str(made), "--to", str(app_folder)).code == 0
    _pin(unlocked_app, qtbot)
    window = unlocked_app.unlock_window
    assert window is not None
    said = window.message.text()
    assert i18n.current_language() == "es"
    assert "restaur" in said and "passphrase" not in said.casefold() and "restored" not in said, said


def test_a_backup_made_after_the_lock_and_restored_into_the_folder_moved_aside(
        unlocked_app: AppController, qtbot, app_folder: Path, tmp_path: Path) -> None:
    """The backup holds every entry the vault had at the lock (made by a terminal after it, under a
    passphrase changed there too): its ledger alone cannot tell it from the vault continued. The
    folder can: the vault's folder at the lock was moved aside, the one there now is the restore's."""
    _locked_with_a_pin_after_a_backup(unlocked_app, qtbot, app_folder, tmp_path)
    later = tmp_path / "later-passphrase.txt"
    later.write_text("a passphrase set after the lock 123")
    now = tmp_path / "now-passphrase.txt"
    now.write_text(NEW)
    changed = cli_process("passphrase", "change", "--vault", str(app_folder), "--passphrase-file", str(now),
                          "--new-passphrase-file", str(later))
    assert changed.code == 0, changed.err
    made = cli_process("backup", "create", "--to", str(tmp_path / "usb-later"), "--vault", str(app_folder),
                       "--passphrase-file", str(later))
    assert made.code == 0, made.err
    (backup_file,) = (tmp_path / "usb-later").glob("*.vaultbackup")
    app_folder.rename(tmp_path / "vault-aside")
    done = cli_process("backup", "restore", str(backup_file), "--to", str(app_folder), "--passphrase-file", str(later))
    assert done.code == 0, done.err

    _pin(unlocked_app, qtbot)
    window = unlocked_app.unlock_window
    assert window is not None and unlocked_app.vault is None
    said = window.message.text()
    assert "restored from a backup" in said and "passphrase was changed" not in said, said

"""The PIN after another program restored an older backup over the vault while the window was
locked (a terminal's `vault-app backup restore --overwrite`, a real process), the backup made
under an earlier passphrase. Found by a walker (wtwo): the PIN was refused with "The vault's
passphrase was changed after it was unlocked in this window, or its keys were replaced": what
happened was a restore, and the passphrase that opens the vault now is that backup's. Real vault,
real widgets, real CLI processes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli_process
from tests.gui.conftest import wait_ops
from tests.gui.test_quick_unlock import _idle_lock, _turn_on
from tests.gui.test_quick_unlock_changed_beside import NEW, _change_in_a_terminal, _pin
from vault_app.gui.controller import AppController
from vault_app.services import backup
from vault_app.services.vault_passphrase import read_failures

pytestmark = pytest.mark.gui


def test_the_pin_after_a_restore_by_the_command_line_says_the_vault_was_restored(
        unlocked_app: AppController, qtbot, app_folder: Path, tmp_path: Path) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    made = backup.create_backup(vault, tmp_path / "usb", verify=True)  # under PASSPHRASE
    _idle_lock(unlocked_app, qtbot)
    _change_in_a_terminal(app_folder, tmp_path)  # the passphrase is NEW from now on
    window = unlocked_app.unlock_window
    assert window is not None
    window.passphrase.setText(NEW)
    window.unlock_button.click()
    wait_ops(qtbot)
    assert unlocked_app.vault is not None
    _turn_on(unlocked_app, qtbot, phrase=NEW)
    _idle_lock(unlocked_app, qtbot)
    done = cli_process("backup", "restore", made.path, "--to", str(app_folder), "--overwrite")
    assert done.code == 0, done.err

    _pin(unlocked_app, qtbot)
    window = unlocked_app.unlock_window
    assert window is not None and unlocked_app.vault is None
    said = window.message.text()
    assert "restored from a backup by another program while this window was locked" in said, said
    assert "passphrase was changed" not in said, said
    assert window.passphrase.isVisibleTo(window) and not window.pin_row.isVisibleTo(window)
    assert read_failures(app_folder) == 0
    window.passphrase.setText(PASSPHRASE)  # the backup's passphrase opens the restored vault
    window.unlock_button.click()
    wait_ops(qtbot)
    assert unlocked_app.vault is not None

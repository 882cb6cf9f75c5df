"""Quick unlock after another program changed the vault's passphrase while the window was
locked (`vault-app passphrase change` in a terminal, a real process here). Found by the
older-copies pass: the right PIN opened the vault with the old, sealed passphrase and said
"That passphrase does not unlock this vault. Check Caps Lock" (the therapist typed a PIN),
counted a failed unlock at every try and kept offering the PIN for ever. Now the seal is
spent, the window asks for the passphrase and says why, and nothing is counted. A rekey
from the terminal that keeps the passphrase drops the PIN too (docs/SECURITY.md: replacing
every key drops it; found by a walker, the PIN still opened the vault after `vault-app rekey`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli_process
from tests.gui.conftest import wait_ops
from tests.gui.test_quick_unlock import PIN, _idle_lock, _turn_on
from vault_app.gui.controller import AppController
from vault_app.services import quick_unlock
from vault_app.services.quick_unlock import QuickUnlockUnavailable
from vault_app.services.vault import Vault
from vault_app.services.vault_passphrase import read_failures

pytestmark = pytest.mark.gui

NEW = "a brand new passphrase for the vault 77"


def _change_in_a_terminal(folder: Path, tmp_path: Path) -> None:
    new = tmp_path / "new-passphrase.txt"
    new.write_text(NEW)
    done = cli_process("passphrase", "change", "--vault", str(folder), "--new-passphrase-file", str(new))
    assert done.code == 0, done.err


def _pin(app: AppController, qtbot) -> None:
    window = app.unlock_window
    assert window is not None and window.pin_row.isVisibleTo(window)
    window.pin_row.pin.setText(PIN)
    window.pin_row.unlock_button.click()
    wait_ops(qtbot)


def test_a_passphrase_changed_by_the_command_line_meanwhile_asks_for_the_passphrase_and_counts_nothing(
        unlocked_app: AppController, qtbot, app_folder: Path, tmp_path: Path) -> None:
    _turn_on(unlocked_app, qtbot)
    _idle_lock(unlocked_app, qtbot)
    _change_in_a_terminal(app_folder, tmp_path)

    _pin(unlocked_app, qtbot)
    window = unlocked_app.unlock_window
    assert window is not None and unlocked_app.vault is None
    said = window.message.text()
    assert "passphrase was changed after it was unlocked in this window" in said, said
    assert "Caps Lock" not in said
    assert window.passphrase.isVisibleTo(window) and not window.pin_row.isVisibleTo(window)
    assert not unlocked_app.quick_ready
    assert read_failures(app_folder) == 0  # the PIN was right: no failed unlock to report
    window.passphrase.setText(NEW)
    window.unlock_button.click()
    wait_ops(qtbot)
    assert unlocked_app.vault is not None


def test_a_rekey_by_the_command_line_that_keeps_the_passphrase_drops_the_pin(
        unlocked_app: AppController, qtbot, app_folder: Path, tmp_path: Path) -> None:
    _turn_on(unlocked_app, qtbot)
    _idle_lock(unlocked_app, qtbot)
    done = cli_process("rekey", "--vault", str(app_folder), "--recovery-key-out", str(tmp_path / "kit.txt"))
    assert done.code == 0, done.err
    _pin(unlocked_app, qtbot)
    window = unlocked_app.unlock_window
    assert window is not None and unlocked_app.vault is None
    said = window.message.text()
    assert "its keys were replaced" in said, said
    assert window.passphrase.isVisibleTo(window) and not window.pin_row.isVisibleTo(window)
    assert not unlocked_app.quick_ready
    assert read_failures(app_folder) == 0  # the PIN was right: no failed unlock to report
    window.passphrase.setText(PASSPHRASE)  # the passphrase was kept: it opens the vault
    window.unlock_button.click()
    wait_ops(qtbot)
    assert unlocked_app.vault is not None


def test_a_seal_made_without_the_settings_is_spent_at_its_first_refusal(vault: Vault, vault_dir: Path,
                                                                         tmp_path: Path) -> None:
    """A seal armed before this version kept the settings (none to compare): the vault's own
    refusal (one failed unlock) spends it, so the PIN is not offered again and again."""
    app_folder = vault_dir
    vault.lock()
    sealed = quick_unlock.seal(PASSPHRASE, PIN)
    _change_in_a_terminal(app_folder, tmp_path)
    with pytest.raises(QuickUnlockUnavailable) as refused:
        quick_unlock.open_with_pin(app_folder, sealed, PIN)
    assert refused.value.code == "quick_unlock.passphrase_changed"
    assert sealed.spent and sealed.blob == b""
    with pytest.raises(QuickUnlockUnavailable) as again:
        quick_unlock.open_with_pin(app_folder, sealed, PIN)
    assert again.value.code == "quick_unlock.unavailable"
    assert read_failures(app_folder) == 1

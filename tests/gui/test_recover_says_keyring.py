"""Recover with Emergency Kit says what changed (found by a walker): "Keep a device secret in
this computer's keyring" is ticked by default, and with no keyring the recovery went on without
it silently, where creating a vault says so. Now a box says that only the new passphrase opens
the vault, that the kit still works, and how the keyring turned out. Real vault, real crypto,
the real dialog; the tests' keyring is the failing one, as on a computer without a keyring. The
dialog hands its words over with the vault (the controller says them over its own window:
test_recover_box_owned.py); here, the box they make."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from tests.gui.conftest import wait_ops
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.gui.recover_dialog import RecoverDialog, say_recovered
from vault_app.services.vault import CreatedVault, open_vault, recover_vault

pytestmark = pytest.mark.gui

NEW = "seven purple otters juggle quietly at dawn"


@pytest.mark.parametrize("ticked", [True, False])
def test_recovery_without_a_keyring_says_so_and_that_the_kit_still_works(
        created: CreatedVault, vault_dir: Path, qtbot, ticked: bool) -> None:
    created.vault.lock()
    recovered: list[tuple[object, str]] = []
    dialog = RecoverDialog(vault_dir, kdf_params=OWASP_FLOOR)
    qtbot.addWidget(dialog)
    dialog.recovered.connect(lambda vault, words: recovered.append((vault, words)))
    # The dialog unticks and disables the box where no keyring works (test_recover_keyring_tick.py);
    # ticked after that check: a keyring that answered it, then failed at the recovery itself.
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not dialog.use_keyring.isEnabled(), timeout=10_000)
    dialog.use_keyring.setChecked(ticked)
    dialog.key.setText(created.recovery_key)
    dialog.first.setText(NEW)
    dialog.second.setText(NEW)
    qtbot.waitUntil(dialog.recover_button.isEnabled, timeout=20_000)
    dialog.recover_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: bool(recovered), timeout=60_000)
    vault, words = recovered[0]
    over = QWidget()
    qtbot.addWidget(over)
    box = say_recovered(over, words)
    assert box.isVisible() and box.parentWidget() is over
    text = box.text()
    assert "only the new passphrase opens this vault" in text
    assert "Your Emergency Kit still works" in text
    if ticked:
        assert "No usable system keyring was found" in text and "no device secret" in text
    else:
        assert "No device secret is kept" in text
    box.accept()
    vault.lock()  # type: ignore[attr-defined]
    # What the box says is true: the new passphrase opens the vault, and the same kit still recovers it.
    open_vault(vault_dir, NEW).lock()
    recover_vault(vault_dir, created.recovery_key, NEW + " again", params=OWASP_FLOOR,
                  use_device_secret=False).lock()

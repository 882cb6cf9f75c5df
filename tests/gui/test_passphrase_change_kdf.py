"""Change passphrase recalibrates the key derivation on this computer, never below the vault's own, and
says it in the box after the change. Found by a walker: a vault made in 2019 at 19 MB / 2 passes kept them
after a Change passphrase on a faster computer ("vault-app info" the same), and nothing said so; SECURITY.md
promises "calibrated to about one second on your machine". Real vault, real Argon2, real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from tests.gui.test_vault_keys_menu import NEW, _judged
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.gui.controller import AppController
from vault_app.services.vault_master_key import kdf_params_of

pytestmark = pytest.mark.gui


def test_the_change_strengthens_and_says_the_key_derivation(unlocked_app: AppController, qtbot) -> None:
    from vault_app.gui.vault_keys_dialogs import ChangePassphraseDialog

    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    assert kdf_params_of(vault.header) == OWASP_FLOOR  # as an old vault was made
    dialog = window.open_change_passphrase()
    assert isinstance(dialog, ChangePassphraseDialog)
    dialog.current.setText(PASSPHRASE)
    dialog.new.first.setText(NEW)
    dialog.new.second.setText(NEW)
    _judged(qtbot, dialog.new.meter, NEW)
    dialog.change_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "passphraseChangedBox") is not None, timeout=60000)
    box = window.findChild(QMessageBox, "passphraseChangedBox")
    now = kdf_params_of(vault.header)
    assert now.memory_kib >= 256 * 1024 and now.iterations >= 3 and now.parallelism >= 4
    said = box.informativeText()
    assert "calibrated on this computer" in said, said
    assert f"{now.memory_kib // 1024} MB of memory, passes: {now.iterations}" in said, said
    assert "(it was 19 MB, passes: 2, lanes: 1)" in said, said
    box.close()

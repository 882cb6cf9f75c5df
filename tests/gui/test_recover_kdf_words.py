"""Recover with Emergency Kit recalibrates the key derivation on this computer (never below the vault's own)
and the "Vault recovered" words say the settings now. Found by a walker: a vault made in 2019 at 19 MB kept it
through every change. Real vault, real Argon2, the real dialog (no settings given to it, as the app opens it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gui.conftest import wait_ops
from vault_app.gui.recover_dialog import RecoverDialog
from vault_app.services.vault import CreatedVault
from vault_app.services.vault_master_key import kdf_params_of

pytestmark = pytest.mark.gui

NEW = "seven purple otters juggle quietly at dawn"


def test_recovery_strengthens_and_says_the_key_derivation(created: CreatedVault, vault_dir: Path, qtbot) -> None:
    created.vault.lock()
    recovered: list[tuple[object, str]] = []
    dialog = RecoverDialog(vault_dir)
    qtbot.addWidget(dialog)
    dialog.recovered.connect(lambda vault, words: recovered.append((vault, words)))
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not dialog.use_keyring.isEnabled(), timeout=10_000)
    dialog.key.setText(created.recovery_key)
    dialog.first.setText(NEW)
    dialog.second.setText(NEW)
    qtbot.waitUntil(dialog.recover_button.isEnabled, timeout=20_000)
    dialog.recover_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: bool(recovered), timeout=60_000)
    vault, words = recovered[0]
    now = kdf_params_of(vault.header)  # type: ignore[attr-defined]
    assert now.memory_kib >= 256 * 1024 and now.iterations >= 3 and now.parallelism >= 4
    assert (f"now set for this computer (never weaker than before): Argon2id, {now.memory_kib // 1024} MB of "
            f"memory, passes: {now.iterations}, lanes: {now.parallelism}.") in words, words
    vault.lock()  # type: ignore[attr-defined]

"""The Spanish screens' words for a keyring older than the vault (the unlock window) and a backup
that needs the device secret of its day (the restore and verify windows), from real refusals
(tests/core/test_device_secret_replaced_words.py makes them; walker wtwo2, round 46)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.fakes import MemoryKeyring
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import KeyringProblem, WrongPassphrase
from vault_app.gui.refusal_words import refusal_words
from vault_app.gui.unlock_refused import explain
from vault_app.services import backup
from vault_app.services.vault import create_vault, open_vault, recover_vault

pytestmark = pytest.mark.gui

NEW = "a new passphrase after the kit 42"


def test_the_unlock_window_sends_an_older_keyring_to_the_kit_in_spanish(
    qapp: object, spanish: None, memory_keyring: MemoryKeyring, tmp_path: Path, kdf_params: KdfParams
) -> None:
    folder = tmp_path / "vault"
    made = create_vault(folder, PASSPHRASE, params=kdf_params)
    made.vault.lock()
    older = dict(memory_keyring.items)
    recover_vault(folder, made.recovery_key, NEW, params=kdf_params).lock()
    memory_keyring.items = dict(older)
    with pytest.raises(KeyringProblem) as refused:
        open_vault(folder, NEW)
    said, way = explain(refused.value)
    assert way == "recover", said
    assert "el llavero es más antiguo que la bóveda" in said, said
    assert "vault.header" not in said and "restáurela" not in said, said


def test_a_backup_from_before_a_recovery_names_the_device_secret_in_spanish(
    qapp: object, spanish: None, memory_keyring: MemoryKeyring, tmp_path: Path, kdf_params: KdfParams
) -> None:
    folder = tmp_path / "vault"
    made = create_vault(folder, PASSPHRASE, params=kdf_params)
    info = backup.create_backup(made.vault, tmp_path / "usb")
    made.vault.lock()
    recover_vault(folder, made.recovery_key, NEW, params=kdf_params).lock()
    with pytest.raises(WrongPassphrase) as refused:
        backup.verify_backup(Path(info.path), passphrase=PASSPHRASE)
    message, hint = refusal_words(refused.value)
    assert message.startswith("Esa frase de contraseña no abre esta copia de seguridad con el secreto del dispositivo")
    assert "Kit de emergencia" in hint and "device" not in f"{message} {hint}", (message, hint)

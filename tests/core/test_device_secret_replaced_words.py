"""The words when the device secret in this computer's keyring is not the one the vault or a
backup was sealed with (found by a walker, round 46, on the real app):

- an older keyring put back (a profile restored from an older copy) after a recovery with the
  Emergency Kit: the current passphrase was refused with "someone altered vault.header: restore it
  from your latest verified backup", which sends the therapist to a restore that drops everything
  since that backup, where the Emergency Kit opens the vault and loses nothing;
- a backup made before a recovery with the Emergency Kit (which gives the keyring a new device
  secret), opened with the passphrase of its day: "That passphrase does not open this backup." The
  passphrase is right; the device secret of its day is gone.

Real vaults, real crypto, the in-memory keyring the suite uses for a system keyring."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.fakes import MemoryKeyring
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import KeyringProblem, VaultTampered, WrongPassphrase
from vault_app.services import backup
from vault_app.services.vault import create_vault, open_vault, recover_vault
from vault_app.storage import header as header_io

NEW = "a new passphrase after the kit 42"


def test_an_older_keyring_put_back_after_a_recovery_points_to_the_kit_not_to_a_restore(
    memory_keyring: MemoryKeyring, tmp_path: Path, kdf_params: KdfParams
) -> None:
    folder = tmp_path / "vault"
    made = create_vault(folder, PASSPHRASE, params=kdf_params)
    assert made.device_secret_used
    made.vault.lock()
    older = dict(memory_keyring.items)  # the keyring as a copy of the profile kept it
    recover_vault(folder, made.recovery_key, NEW, params=kdf_params).lock()
    memory_keyring.items = dict(older)  # ... put back

    with pytest.raises(KeyringProblem) as refused:
        open_vault(folder, NEW)
    assert refused.value.code == "keyring.older_than_vault"
    assert "vault.header" not in f"{refused.value} {refused.value.hint}"
    assert "Emergency Kit" in (refused.value.hint or "")

    # The kit opens it, as the words say, and the passphrase set then unlocks.
    recover_vault(folder, made.recovery_key, "and another one after that 43", params=kdf_params).lock()
    open_vault(folder, "and another one after that 43").lock()


def test_an_edited_header_with_the_keyring_current_is_still_tampering(
    memory_keyring: MemoryKeyring, tmp_path: Path, kdf_params: KdfParams
) -> None:
    folder = tmp_path / "vault"
    create_vault(folder, PASSPHRASE, params=kdf_params).vault.lock()
    header = header_io.read(folder)
    header_io.write(folder, header.with_changes(kdf_iterations=header.kdf_iterations + 1))
    with pytest.raises(VaultTampered) as refused:
        open_vault(folder, PASSPHRASE)
    assert refused.value.code == "header.kdf_changed"


def test_a_backup_from_before_a_recovery_says_the_device_secret_was_replaced(
    memory_keyring: MemoryKeyring, tmp_path: Path, kdf_params: KdfParams
) -> None:
    folder = tmp_path / "vault"
    made = create_vault(folder, PASSPHRASE, params=kdf_params)
    info = backup.create_backup(made.vault, tmp_path / "usb")
    made.vault.lock()
    recover_vault(folder, made.recovery_key, NEW, params=kdf_params).lock()

    with pytest.raises(WrongPassphrase) as refused:
        backup.verify_backup(Path(info.path), passphrase=PASSPHRASE)
    said = f"{refused.value} {refused.value.hint}"
    assert refused.value.code == "backup.passphrase_wrong_device_secret"
    assert "does not open this backup" in said and "device secret" in said and "Emergency Kit" in said
    # The kit opens it, as said.
    assert backup.verify_backup(Path(info.path), recovery_key=made.recovery_key)["ok"]


def test_a_backup_without_a_device_secret_keeps_the_plain_words(tmp_path: Path, kdf_params: KdfParams) -> None:
    made = create_vault(tmp_path / "vault", PASSPHRASE, params=kdf_params)
    assert not made.device_secret_used
    info = backup.create_backup(made.vault, tmp_path / "usb")
    made.vault.lock()
    with pytest.raises(WrongPassphrase) as refused:
        backup.verify_backup(Path(info.path), passphrase="not the passphrase at all")
    assert refused.value.code == "backup.passphrase_wrong"

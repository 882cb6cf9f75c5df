"""The retired signing keys remembered in the system keyring (services/signing_keys_keyring.py):
the WHOLE older folder put back (header, every compartment and the ledger of one time, as a Time
Machine snapshot taken before "Replace every key" gives it), then a backup from before the
replacement restored over it. Nothing in that folder says the key was replaced; the keyring does.
Real vaults, real backups, real Ed25519; the keyring is the tests' in-memory backend."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.fakes import MemoryKeyring
from vault_app.crypto import signing
from vault_app.domain.errors import LedgerRollback
from vault_app.services import backup, restore_ask, restore_signing, signing_keys, signing_keys_keyring
from vault_app.services.device_secret import KeyringSecretStore, anchor_name
from vault_app.services.vault import Vault, open_vault
from vault_app.services.vault_rekey_runners import replace_here
from vault_app.storage import header as header_io


def _in_use(folder: Path) -> str:
    return signing.fingerprint(header_io.unb64(header_io.read(folder).signing_public_key))


def _older_folder_put_back(vault: Vault, vault_dir: Path, tmp_path: Path) -> tuple[Path, str, str]:
    """A backup and a snapshot of the whole folder, both before Replace every key; the replacement;
    then the snapshot put back whole. (backup, old fingerprint, new fingerprint)."""
    made = Path(backup.create_backup(vault, tmp_path / "usb").path)
    vault.lock()
    snapshot = tmp_path / "time-machine" / "vault"
    shutil.copytree(vault_dir, snapshot)
    old_fp = _in_use(vault_dir)
    with open_vault(vault_dir, PASSPHRASE) as live:
        replace_here(live, PASSPHRASE)
        new_fp = signing.fingerprint(live.public_key)
    shutil.rmtree(vault_dir)
    shutil.copytree(snapshot, vault_dir)
    return made, old_fp, new_fp


def test_a_rekey_records_the_retired_key_in_the_keyring(
        vault: Vault, vault_dir: Path, memory_keyring: MemoryKeyring) -> None:
    old_fp = signing.fingerprint(vault.public_key)
    replace_here(vault, PASSPHRASE)
    said = dict(signing_keys_keyring.remembered(KeyringSecretStore(), vault.vault_id))
    [retired] = signing_keys.retired(vault.header)
    assert said == {old_fp: retired.retired_at}


def test_the_whole_older_folder_put_back_then_an_old_backup_restored_gets_a_new_key(
        vault: Vault, vault_dir: Path, tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    made, old_fp, new_fp = _older_folder_put_back(vault, vault_dir, tmp_path)
    asked = restore_ask.question(made, vault_dir, passphrase=PASSPHRASE)
    assert asked.ahead is not None and asked.ahead.signing == restore_signing.REMEMBERED  # said before
    report = backup.restore_backup(made, vault_dir, passphrase=PASSPHRASE, overwrite=True,
                                   asked_sha256=asked.copy.sha256)
    assert report.signing_key_how == restore_signing.REMEMBERED
    assert report.signing_key not in (old_fp, new_fp) and _in_use(vault_dir) == report.signing_key
    with open_vault(vault_dir, PASSPHRASE) as restored:
        retired = {k.fingerprint: k.retired_at for k in signing_keys.retired(restored.header)}
    # Retired from the replacement's own time, which the keyring recorded: what it signed before still checks.
    assert retired[old_fp] == dict(signing_keys_keyring.remembered(KeyringSecretStore(), vault.vault_id))[old_fp]


def test_without_a_keyring_the_older_folder_cannot_tell(vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    """The limit said in docs/retention.md: no keyring (the tests' default refuses every call), no record."""
    made, old_fp, _new_fp = _older_folder_put_back(vault, vault_dir, tmp_path)
    report = backup.restore_backup(made, vault_dir, passphrase=PASSPHRASE, overwrite=True)
    assert report.signing_key_how == restore_signing.KEPT and report.signing_key == old_fp


def test_the_unlock_refuses_the_older_folder_whose_key_was_retired_here(
        vault: Vault, vault_dir: Path, tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    """The anchor refuses the older ledger too; with the anchor gone (another version, a keyring
    record lost), the retired key still refuses it. The same older folder copied elsewhere is refused
    too, as an older copy put in a new place (this round; the copies the app made, which open
    elsewhere, are in test_signing_keys_elsewhere.py)."""
    _made, old_fp, _new_fp = _older_folder_put_back(vault, vault_dir, tmp_path)
    memory_keyring.items.pop(("vault-app", anchor_name(vault.vault_id)), None)
    with pytest.raises(LedgerRollback) as refused:
        open_vault(vault_dir, PASSPHRASE)
    assert refused.value.code == "signing_key.keyring_retired"
    assert refused.value.params["fingerprint"] == old_fp
    elsewhere = tmp_path / "elsewhere"
    shutil.copytree(vault_dir, elsewhere)
    with pytest.raises(LedgerRollback) as refused:
        open_vault(elsewhere, PASSPHRASE)
    assert refused.value.code == "signing_key.keyring_retired_elsewhere"


def test_an_unlock_records_what_a_rekeys_keyring_write_missed(
        vault: Vault, vault_dir: Path, tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    """The record lost (a keyring write that failed, a machine stopping before it): the next unlock of
    the vault records the retired keys its header lists."""
    old_fp = signing.fingerprint(vault.public_key)
    replace_here(vault, PASSPHRASE)
    vault.lock()
    memory_keyring.items.pop(("vault-app", signing_keys_keyring.record_name(vault.vault_id)))
    with open_vault(vault_dir, PASSPHRASE):
        pass
    assert old_fp in dict(signing_keys_keyring.remembered(KeyringSecretStore(), vault.vault_id))


def test_a_restore_records_the_keys_it_retired(
        vault: Vault, vault_dir: Path, tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    """A key retired before the keyring kept a record (an earlier version's replacement): the restore
    that keeps it retired records it, once its files are in place."""
    made = Path(backup.create_backup(vault, tmp_path / "usb").path)
    old_fp = signing.fingerprint(vault.public_key)
    replace_here(vault, PASSPHRASE)
    vault.lock()
    memory_keyring.items.pop(("vault-app", signing_keys_keyring.record_name(vault.vault_id)))
    report = backup.restore_backup(made, vault_dir, passphrase=PASSPHRASE, overwrite=True)
    assert report.signing_key_how == restore_signing.CARRIED
    assert old_fp in dict(signing_keys_keyring.remembered(KeyringSecretStore(), vault.vault_id))

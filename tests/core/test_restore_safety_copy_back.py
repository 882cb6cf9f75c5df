"""The safety copy of a restore that retired the replaced vault's own signing key, moved back by hand
over the vault (services/restore_safety_copy_back.py): it opens, once, with its own key in use, and
no older folder gets in with it. Found (and documented as refused, untested) last round: the copy
kept to undo a mistaken restore was refused as a stale snapshot, by the anchor and by the record of
retired keys. Real vaults (OWASP-floor Argon2, SQLCipher), real backups and Ed25519, the real command
line in process, the keyring held in memory as the system one would hold it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli_in_process
from tests.fakes import MemoryKeyring
from vault_app.crypto import signing
from vault_app.domain.errors import LedgerRollback
from vault_app.services import backup, restore_safety_copy_back, signing_keys, signing_keys_keyring
from vault_app.services.device_secret import KeyringSecretStore, folder_tag
from vault_app.services.vault import Vault, open_vault
from vault_app.services.vault_rekey_runners import replace_here
from vault_app.storage import header as header_io


def _in_use(folder: Path) -> str:
    return signing.fingerprint(header_io.unb64(header_io.read(folder).signing_public_key))


def _restore_retiring_the_vaults_key(vault: Vault, vault_dir: Path, tmp_path: Path) -> tuple[Path, Path, str]:
    """A backup; a copy restored beside from it, whose keys were replaced there (its signing key is
    the vault's: retired in that copy); the vault used a day more; then that backup restored over the
    vault by mistake: the restore retires the vault's own key (a new key pair). (safety copy, an
    older snapshot of the vault, the vault's key.)"""
    made = Path(backup.create_backup(vault, tmp_path / "usb").path)
    vault.lock()
    snapshot = tmp_path / "time-machine" / "vault"
    shutil.copytree(vault_dir, snapshot)
    with open_vault(vault_dir, PASSPHRASE):  # a day more: the vault's ledger goes on after the backup
        pass
    own = _in_use(vault_dir)
    beside = tmp_path / "beside"
    done = cli_in_process("--vault", str(vault_dir), "backup", "restore", "--to", str(beside), str(made))
    assert done.code == 0, done.out + done.err
    with open_vault(beside, PASSPHRASE) as copy:
        replace_here(copy, PASSPHRASE)
    done = cli_in_process("--vault", str(vault_dir), "backup", "restore", "--to", str(vault_dir), "--overwrite",
                          str(made))
    assert done.code == 0, done.out + done.err
    assert _in_use(vault_dir) != own  # the vault's key retired by the restore: a new key pair
    [safety] = tmp_path.glob("vault-before-restore-*")
    with open_vault(vault_dir, PASSPHRASE) as restored:  # opened and locked: the anchor is the restored head
        assert own in {k.fingerprint for k in signing_keys.retired(restored.header)}
    return safety, snapshot, own


def _retired_in(vault_id: str, fp: str) -> list[str]:
    text = KeyringSecretStore().get(signing_keys_keyring.record_name(vault_id))
    entry = json.loads(text or "{}").get(fp)
    return list(entry["in"]) if entry else []


def test_the_safety_copy_moved_back_opens_with_its_own_key_once(
        vault: Vault, vault_dir: Path, tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    vault_id = vault.vault_id
    safety, _snapshot, own = _restore_retiring_the_vaults_key(vault, vault_dir, tmp_path)
    assert folder_tag(vault_dir) in _retired_in(vault_id, own)
    kept = tmp_path / "safety-as-it-was"
    shutil.copytree(safety, kept)
    # The therapist undoes the restore by hand: the restored vault aside, the safety copy back.
    vault_dir.rename(tmp_path / "restored-by-mistake")
    safety.rename(vault_dir)
    with open_vault(vault_dir, PASSPHRASE) as back:
        assert signing.fingerprint(back.public_key) == own
    # Spent: the key is no longer retired in this folder, and the record of the copy is gone.
    assert folder_tag(vault_dir) not in _retired_in(vault_id, own)
    assert not restore_safety_copy_back.any_for(KeyringSecretStore(), vault_id, vault_dir)
    with open_vault(vault_dir, PASSPHRASE):  # and it goes on opening, as the vault
        pass
    # The same copy as it was when moved back, put back again after the vault went on: an older folder.
    shutil.rmtree(vault_dir)
    shutil.copytree(kept, vault_dir)
    with pytest.raises(LedgerRollback):
        open_vault(vault_dir, PASSPHRASE)


def test_an_older_snapshot_is_not_taken_for_the_safety_copy(
        vault: Vault, vault_dir: Path, tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    """A folder from before the replaced vault's last entry does not hold the head the restore
    recorded: refused as before, and the safety copy can still come back after it."""
    safety, snapshot, own = _restore_retiring_the_vaults_key(vault, vault_dir, tmp_path)
    vault_dir.rename(tmp_path / "restored-by-mistake")
    shutil.copytree(snapshot, vault_dir)
    with pytest.raises(LedgerRollback):
        open_vault(vault_dir, PASSPHRASE)
    shutil.rmtree(vault_dir)
    safety.rename(vault_dir)
    with open_vault(vault_dir, PASSPHRASE) as back:
        assert signing.fingerprint(back.public_key) == own


def test_the_restored_vault_is_never_taken_for_its_safety_copy(
        vault: Vault, vault_dir: Path, tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    """The restored vault's own unlocks do not spend the record: the copy can still come back later."""
    safety, _snapshot, own = _restore_retiring_the_vaults_key(vault, vault_dir, tmp_path)
    with open_vault(vault_dir, PASSPHRASE) as restored:
        assert signing.fingerprint(restored.public_key) != own
        assert not restore_safety_copy_back.is_back(KeyringSecretStore(), vault.vault_id, vault_dir, restored.ledger)
    assert restore_safety_copy_back.any_for(KeyringSecretStore(), vault.vault_id, vault_dir)
    vault_dir.rename(tmp_path / "restored-by-mistake")
    safety.rename(vault_dir)
    with open_vault(vault_dir, PASSPHRASE) as back:
        assert signing.fingerprint(back.public_key) == own

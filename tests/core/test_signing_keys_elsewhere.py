"""An older folder of the vault put back at ANOTHER path than the folder that retired its signing key
(services/signing_keys_elsewhere.py): refused at the unlock, as a restore already refused to keep its
key; the copies the therapist made (restored beside, a restore's safety copy, a folder used here)
still open. Found last round: the unlock refused only in the folder the key was retired in, so a Time
Machine snapshot restored "to another location" opened and signed with the retired key. Real vaults,
real backups, real Ed25519, the command line in process, the keyring held in memory."""

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
from vault_app.services import backup, restore_safety_copy_back
from vault_app.services.vault import Vault, open_vault
from vault_app.services.vault_rekey_runners import replace_here


def _snapshot_then_rekey(vault: Vault, vault_dir: Path, tmp_path: Path) -> tuple[Path, Path, str]:
    """A backup and a snapshot of the whole folder, then Replace every key. (snapshot, backup, old fp)."""
    made = Path(backup.create_backup(vault, tmp_path / "usb").path)
    old_fp = signing.fingerprint(vault.public_key)
    vault.lock()
    snapshot = tmp_path / "time-machine" / "vault"
    shutil.copytree(vault_dir, snapshot)
    with open_vault(vault_dir, PASSPHRASE) as live:
        replace_here(live, PASSPHRASE)
    return snapshot, made, old_fp


def test_an_older_folder_put_in_a_new_place_is_refused(
        vault: Vault, vault_dir: Path, tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    snapshot, _made, old_fp = _snapshot_then_rekey(vault, vault_dir, tmp_path)
    elsewhere = tmp_path / "Vault (restored from Time Machine)"
    shutil.copytree(snapshot, elsewhere)
    with pytest.raises(LedgerRollback) as refused:
        open_vault(elsewhere, PASSPHRASE)
    assert refused.value.code == "signing_key.keyring_retired_elsewhere"
    assert refused.value.params["fingerprint"] == old_fp
    with open_vault(vault_dir, PASSPHRASE):  # the vault itself opens
        pass


def test_a_copy_restored_beside_before_the_replacement_opens_wherever_it_is_moved(
        vault: Vault, vault_dir: Path, tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    made = Path(backup.create_backup(vault, tmp_path / "usb").path)
    old_fp = signing.fingerprint(vault.public_key)
    vault.lock()
    beside = tmp_path / "lookup-copy"
    done = cli_in_process("--vault", str(vault_dir), "backup", "restore", "--to", str(beside), str(made))
    assert done.code == 0, done.out + done.err
    with open_vault(vault_dir, PASSPHRASE) as live:
        replace_here(live, PASSPHRASE)
    with open_vault(beside, PASSPHRASE) as copy:
        assert signing.fingerprint(copy.public_key) == old_fp
    moved = tmp_path / "moved" / "lookup-copy"
    moved.parent.mkdir()
    beside.rename(moved)  # reorganised by hand: its ledger still says whose copy it is
    with open_vault(moved, PASSPHRASE) as copy:
        assert signing.fingerprint(copy.public_key) == old_fp


def test_a_folder_this_vault_was_used_in_here_still_opens(
        vault: Vault, vault_dir: Path, tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    """A copy made by hand and opened here before the replacement: a folder in use, not one arriving."""
    vault.lock()
    second = tmp_path / "second-copy"
    shutil.copytree(vault_dir, second)
    with open_vault(second, PASSPHRASE):
        pass
    _snapshot_then_rekey_closed(vault_dir)
    with open_vault(second, PASSPHRASE):
        pass


def _snapshot_then_rekey_closed(vault_dir: Path) -> None:
    with open_vault(vault_dir, PASSPHRASE) as live:
        replace_here(live, PASSPHRASE)


def test_a_restores_safety_copy_opens_where_it_was_made(
        vault: Vault, vault_dir: Path, tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    """The restore retired the replaced vault's key (a copy beside replaced its keys, so the backup's key
    is retired: a new key pair); its safety copy, which signs with that key, opens where it is, with the
    restore's record and (an earlier version's restore: no record) by its name."""
    made = Path(backup.create_backup(vault, tmp_path / "usb").path)
    vault.lock()
    beside = tmp_path / "beside"
    done = cli_in_process("--vault", str(vault_dir), "backup", "restore", "--to", str(beside), str(made))
    assert done.code == 0, done.out + done.err
    with open_vault(beside, PASSPHRASE) as copy:
        replace_here(copy, PASSPHRASE)
    done = cli_in_process("--vault", str(vault_dir), "backup", "restore", "--to", str(vault_dir), "--overwrite",
                          str(made))
    assert done.code == 0, done.out + done.err
    [safety] = tmp_path.glob("vault-before-restore-*")
    with open_vault(safety, PASSPHRASE):
        pass
    name = ("vault-app", restore_safety_copy_back.record_name(vault.vault_id))
    assert json.loads(memory_keyring.items[name])
    memory_keyring.items.pop(name)
    # An earlier version's restore: no record, no anchor for the safety copy's folder; its name says.
    anchors = ("vault-app", f"{vault.vault_id}/ledger-anchor")
    kept = json.loads(memory_keyring.items[anchors])
    memory_keyring.items[anchors] = json.dumps({k: v for k, v in kept.items()
                                                if k != _tag(safety)})
    with open_vault(safety, PASSPHRASE):
        pass


def _tag(folder: Path) -> str:
    from vault_app.services.device_secret import folder_tag

    return folder_tag(folder)


def test_the_original_whose_copy_replaced_its_keys_apart_opens_when_moved(
        vault: Vault, vault_dir: Path, tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    """A copy restored beside replaced its own keys (the key it shared with the vault is retired in
    the copy's folder); the vault, which rightly goes on with that key, moved to a new disk: it is of
    none of the retiring folder's lineage (the copy's restore entry is not in its ledger)."""
    made = Path(backup.create_backup(vault, tmp_path / "usb").path)
    own = signing.fingerprint(vault.public_key)
    vault.lock()
    beside = tmp_path / "beside"
    done = cli_in_process("--vault", str(vault_dir), "backup", "restore", "--to", str(beside), str(made))
    assert done.code == 0, done.out + done.err
    copy_then = tmp_path / "time-machine" / "beside"
    shutil.copytree(beside, copy_then)
    with open_vault(beside, PASSPHRASE) as copy:
        replace_here(copy, PASSPHRASE)
    moved = tmp_path / "new-disk" / "vault"
    moved.parent.mkdir()
    vault_dir.rename(moved)
    with open_vault(moved, PASSPHRASE) as live:
        assert signing.fingerprint(live.public_key) == own
    # An older folder of the copy itself, put in a new place, is still refused: it holds the copy's restore.
    elsewhere = tmp_path / "copy-from-time-machine"
    shutil.copytree(copy_then, elsewhere)
    with pytest.raises(LedgerRollback) as refused:
        open_vault(elsewhere, PASSPHRASE)
    assert refused.value.code == "signing_key.keyring_retired_elsewhere"

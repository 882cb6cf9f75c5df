"""A backup from before a copy beside replaced its keys, restored over the original: what the restore says of
the new signing key. Round 45: a copy restored beside the vault (`restore --to COPY`) replaced every key; the
keyring recorded the backup's key retired there; restoring that backup over the original (which never
replaced its keys) made a new key pair, as it should, but said "an older copy of the whole folder may have
been put back", which is not what happened. It now says a copy of the vault in another folder replaced its
keys. Real vaults, real backups, real Ed25519; the keyring is the tests' in-memory backend."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.fakes import MemoryKeyring
from vault_app.cli import restore_ask_words
from vault_app.cli.backup_restore_commands import signing_key_lines
from vault_app.services import backup, restore_ask, restore_signing
from vault_app.services.vault import Vault, open_vault
from vault_app.services.vault_rekey_runners import replace_here


def test_a_copy_beside_that_replaced_its_keys_is_said_as_that(
        vault: Vault, vault_dir: Path, tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    made = Path(backup.create_backup(vault, tmp_path / "usb").path)
    vault.lock()
    copy = tmp_path / "copy"
    backup.restore_backup(made, copy, passphrase=PASSPHRASE)
    with open_vault(copy, PASSPHRASE) as beside:
        replace_here(beside, PASSPHRASE)
    asked = restore_ask.question(made, vault_dir, passphrase=PASSPHRASE)
    assert asked.ahead is not None and asked.ahead.signing == restore_signing.REMEMBERED_ELSEWHERE
    before = " ".join(restore_ask_words.signing_lines(asked.ahead))
    report = backup.restore_backup(made, vault_dir, passphrase=PASSPHRASE, overwrite=True,
                                   asked_sha256=asked.copy.sha256)
    assert report.signing_key_how == restore_signing.REMEMBERED_ELSEWHERE
    after = " ".join(signing_key_lines(report))
    for said in (before, after):
        assert "whole folder" not in said and "another copy of this vault, in another folder" in said, said
        assert "this vault's own folder never replaced it" in said, said
    assert "NEW signing key" in before and f"new signing key (fingerprint {report.signing_key})" in after


def test_the_whole_older_folder_put_back_is_still_said_as_that(
        vault: Vault, vault_dir: Path, tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    """The refused side: the key retired in this very folder (the folder put back whole) keeps its words."""
    made = Path(backup.create_backup(vault, tmp_path / "usb").path)
    vault.lock()
    snapshot = tmp_path / "snapshot"
    shutil.copytree(vault_dir, snapshot)
    with open_vault(vault_dir, PASSPHRASE) as live:
        replace_here(live, PASSPHRASE)
    shutil.rmtree(vault_dir)
    shutil.copytree(snapshot, vault_dir)
    report = backup.restore_backup(made, vault_dir, passphrase=PASSPHRASE, overwrite=True)
    assert report.signing_key_how == restore_signing.REMEMBERED
    assert "an older copy of the whole folder may have been put back" in " ".join(signing_key_lines(report))

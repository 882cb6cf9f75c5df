"""The question before `backup restore` reads the copies the restore reads (found: the restore
read the configured vault folder too, `--vault`, and decided a new signing key pair from it, while
the question, reading only the folder replaced, said nothing of it: the summary then said "new
key"). Real vaults, a real backup, the real command line in process."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli
from vault_app.crypto import signing
from vault_app.services import backup, restore_ask, restore_signing
from vault_app.services.vault import Vault, open_vault
from vault_app.services.vault_rekey_runners import replace_here
from vault_app.storage import header as header_io

LATER_PASSPHRASE = "the passphrase chosen at the replacement 58"


def _older_copy_and_rekeyed_vault(vault: Vault, vault_dir: Path, tmp_path: Path) -> tuple[Path, Path, str]:
    """A backup and a copy of the vault (another folder), both before Replace every key with a new
    passphrase: the vault itself cannot be read with the backup's passphrase afterwards."""
    made = Path(backup.create_backup(vault, tmp_path / "usb").path)
    vault.lock()
    older = tmp_path / "older-copy"
    shutil.copytree(vault_dir, older)
    old_fp = signing.fingerprint(header_io.unb64(header_io.read(vault_dir).signing_public_key))
    with open_vault(vault_dir, PASSPHRASE) as live:
        replace_here(live, PASSPHRASE, LATER_PASSPHRASE)
    return made, older, old_fp


def test_the_question_says_the_new_key_the_restore_makes_from_the_configured_vault(
        vault: Vault, vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    made, older, old_fp = _older_copy_and_rekeyed_vault(vault, vault_dir, tmp_path)
    done = cli(capsys, monkeypatch, "--vault", str(vault_dir), "backup", "restore", str(made), "--to", str(older),
               "--overwrite")
    assert done.code == 0, done.err
    before, after = done.out.split("Restored into")
    assert "the restored vault signs with a new signing key" in after, done.out
    assert f"the backup's key (fingerprint {old_fp}) is retired" in after, done.out
    assert "NEW signing key" in before, done.out  # said before the restore, as the restore decided


def test_the_question_reads_the_copies_it_is_given(vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    made, older, _old_fp = _older_copy_and_rekeyed_vault(vault, vault_dir, tmp_path)
    alone = restore_ask.question(made, older, passphrase=PASSPHRASE)
    assert alone.ahead is not None and alone.ahead.signing == restore_signing.KEPT
    asked = restore_ask.question(made, older, passphrase=PASSPHRASE, known_copies=[vault_dir])
    assert asked.ahead is not None and asked.ahead.signing == restore_signing.NEW
    assert asked.ahead.keys_replaced == []  # the vault replaced was read: only another copy was not
    report = backup.restore_backup(made, older, passphrase=PASSPHRASE, overwrite=True, known_copies=[vault_dir],
                                   asked_sha256=asked.copy.sha256)
    assert report.signing_key_how == asked.ahead.signing

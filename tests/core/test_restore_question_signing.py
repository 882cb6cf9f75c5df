"""The question before a restore that WILL make a new signing key pair says so (found: only the
summary after it did, so the therapist answered "Replace" not knowing that the fingerprint on her
Emergency Kit would no longer be the vault's). Foreseen as the restore decides it
(services/restore_signing_ask.py), from a backup file and from a snapshot. Real vaults, real
backups, real Ed25519, the real command line in process."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from tests.core import test_restore_keeps_signing_key as keeps
from tests.core.cli_helpers import cli
from tests.core.test_restore_keeps_signing_key import RESTORED_PASSPHRASE, _header_keys
from vault_app.services import backup, backup_repo, backup_repo_restore, restore_ask, restore_signing
from vault_app.services.vault import CreatedVault, Vault, open_vault
from vault_app.services.vault_rekey_runners import replace_here
from vault_app.storage import header as header_io

replaced_after_backup = keeps.replaced_after_backup  # the fixture, shared


def test_with_the_kit_alone_the_question_says_a_new_key_pair_will_be_made(
        created: CreatedVault, replaced_after_backup: dict[str, Any], vault_dir: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The vault replaced cannot be read (no passphrase of it given) and names the backup's key as
    retired: the restore makes a new key pair, and its question says so before the restore."""
    case = replaced_after_backup
    kit = tmp_path / "recovery-key.txt"
    kit.write_text(created.recovery_key)
    monkeypatch.delenv("VAULT_APP_PASSPHRASE")
    done = cli(capsys, monkeypatch, "--vault", str(vault_dir), "backup", "restore", str(case["offsite"]), "--to",
               str(vault_dir), "--overwrite", "--recovery-key-file", str(kit), passphrase=None,
               env={"VAULT_APP_NEW_PASSPHRASE": RESTORED_PASSPHRASE})
    assert done.code == 0, done.err
    before = done.out.split("Restored into")[0]
    assert "the restored vault will sign with a NEW signing key" in before, done.out
    assert "cannot be read with what was given" in before, done.out
    assert _header_keys(vault_dir)[0] not in (case["old_fp"], case["new_fp"])


def test_with_the_current_passphrase_the_question_says_no_new_key(
        replaced_after_backup: dict[str, Any], vault_dir: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The allowed side: the vault replaced read, its key carried: no new key pair, none said."""
    case = replaced_after_backup
    done = cli(capsys, monkeypatch, "--vault", str(vault_dir), "backup", "restore", str(case["offsite"]), "--to",
               str(vault_dir), "--overwrite")
    assert done.code == 0, done.err
    assert "NEW signing key" not in done.out and _header_keys(vault_dir)[0] == case["new_fp"], done.out


@pytest.mark.parametrize("kind", ["file", "snapshot"])
def test_the_question_reads_the_backups_own_key_from_a_file_and_from_a_snapshot(
        vault: Vault, vault_dir: Path, tmp_path: Path, kind: str) -> None:
    """An older header put back over the vault, a backup from before the replacement: foreseen as
    the restore decides it (a new key pair, the header doubted), from either kind of backup."""
    made = backup.create_backup(vault, tmp_path / "usb") if kind == "file" else \
        backup_repo.create_incremental(vault, tmp_path / "repo")
    path = Path(made.path)
    old_header = tmp_path / "old.header"
    shutil.copy2(vault_dir / header_io.HEADER_NAME, old_header)
    replace_here(vault, PASSPHRASE)
    vault.lock()
    asked = restore_ask.question(path, vault_dir, passphrase=PASSPHRASE)
    # Nothing put back yet: the vault replaced is read with the passphrase, its key carried.
    assert asked.ahead is not None and asked.ahead.signing == restore_signing.CARRIED
    shutil.copy2(old_header, vault_dir / header_io.HEADER_NAME)
    asked = restore_ask.question(path, vault_dir, passphrase=PASSPHRASE)
    assert asked.ahead is not None and asked.ahead.signing == restore_signing.UNSURE
    report = backup_repo_restore.restore_copy(path, vault_dir, passphrase=PASSPHRASE, overwrite=True,
                                              asked_sha256=asked.copy.sha256)
    assert report.signing_key_how == asked.ahead.signing  # what the question foresaw is what was done
    old_key = header_io.unb64(header_io.decode(old_header.read_bytes()).signing_public_key)
    with open_vault(vault_dir, PASSPHRASE) as restored:
        assert restored.public_key != old_key

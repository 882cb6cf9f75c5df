"""`backup restore --overwrite --other-vault` is held to the file it said it replaces the vault
with (found by a reader, 2026-12-06): the check read only the backup's key block, and with
--other-vault the restore took whatever file was at the path by the time it unpacked (a third
vault's backup put there was restored). The one read of the question (restore_ask.read: the
bytes hashed are the bytes the key block and table of contents are read from) carries the
file's identity to the restore, which refuses another file with nothing written. Real vaults,
real backups, the real CLI."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import FAST_KDF, cli
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.domain.errors import RefusedByPolicy
from vault_app.services import backup, backup_keys, backup_repo, backup_restore, clients, restore_ask
from vault_app.services.vault import Vault, create_vault, open_vault
from vault_app.storage import header as header_io


def _backup_of_a_vault(tmp_path: Path, name: str, client: str) -> Path:
    other = create_vault(tmp_path / name, PASSPHRASE, params=OWASP_FLOOR, use_device_secret=False).vault
    clients.create_client(other, client, date_of_birth="1975-02-03")
    drive = tmp_path / f"{name}-drive"
    drive.mkdir()
    made = Path(backup.create_backup(other, drive).path)
    other.lock()
    return made


def _names(folder: Path) -> set[str]:
    with open_vault(folder, PASSPHRASE) as vault:
        return {c.legal_name for c in clients.list_clients(vault)}


def test_the_question_reads_another_vaults_backup_once_and_the_restore_is_held_to_it(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    asked_path = _backup_of_a_vault(tmp_path, "second", "Asked About")
    third = _backup_of_a_vault(tmp_path, "third", "Put In Between")
    mine = vault.vault_id
    vault.lock()
    question = restore_ask.question(asked_path, vault_dir, passphrase=PASSPHRASE)
    assert question.other and question.ahead is None
    assert question.copy.sha256 == restore_ask.identity(asked_path)
    shutil.copyfile(third, asked_path)  # between the question and the answer
    before = sorted(p.name for p in vault_dir.iterdir())
    with pytest.raises(RefusedByPolicy) as refused:
        backup_restore.restore_backup(asked_path, vault_dir, passphrase=PASSPHRASE, overwrite=True, other_vault=True,
                                      asked_sha256=question.copy.sha256)
    assert refused.value.code == "restore.backup_changed_since_asked"
    assert header_io.read(vault_dir).vault_id == mine
    assert sorted(p.name for p in vault_dir.iterdir()) == before
    assert list(vault_dir.parent.glob("vault-before-restore-*")) == []


def test_a_question_of_this_vaults_own_backup_reads_what_it_hashed(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    clients.create_client(vault, "In The Backup", date_of_birth="1980-01-01")
    made = Path(backup.create_backup(vault, tmp_path / "usb").path)
    clients.create_client(vault, "Only In The Vault", date_of_birth="1981-01-01")
    vault.lock()
    question = restore_ask.question(made, vault_dir, passphrase=PASSPHRASE)
    assert not question.other and question.ahead is not None and question.ahead.read
    assert question.ahead.beyond  # the client added after the backup
    assert question.copy.sha256 == restore_ask.identity(made)
    report = backup_restore.restore_backup(made, vault_dir, passphrase=PASSPHRASE, overwrite=True,
                                           asked_sha256=question.copy.sha256)
    assert report.backup_sha256 == question.copy.sha256
    assert _names(vault_dir) == {"In The Backup"}


def test_the_cli_restore_of_another_vault_refuses_a_file_swapped_after_it_was_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    vault_dir = tmp_path / "vault"
    monkeypatch.setenv("VAULT_APP_DIR", str(vault_dir))
    assert cli(capsys, monkeypatch, "init", "--no-keyring", "--recovery-key-out", str(tmp_path / "kit.txt"),
               *FAST_KDF).code == 0
    mine = header_io.read(vault_dir).vault_id
    asked_path = _backup_of_a_vault(tmp_path, "second", "Asked About")
    third = _backup_of_a_vault(tmp_path, "third", "Put In Between")
    real_source = backup_keys.master_source

    def then_swapped(*args: object, **kwargs: object) -> object:
        shutil.copyfile(third, asked_path)  # once the restore was told which file, before it unpacks
        return real_source(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(backup_keys, "master_source", then_swapped)
    done = cli(capsys, monkeypatch, "backup", "restore", str(asked_path), "--to", str(vault_dir), "--overwrite",
               "--other-vault")
    assert done.code != 0, done.out
    assert "The backup file changed after you were asked; nothing was restored." in done.err + done.out
    assert header_io.read(vault_dir).vault_id == mine
    assert list(vault_dir.parent.glob("vault-before-restore-*")) == []


def test_the_questions_words_are_of_the_bytes_it_hashed_whatever_is_at_the_path_since(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    """The window between the hash and the question's own read (the file was hashed, then read again
    for the words): the words now come from the read that was hashed, never from the path again."""
    older = Path(backup.create_backup(vault, tmp_path / "usb").path)
    clients.create_client(vault, "After The First", date_of_birth="1980-01-01")
    newer = Path(backup.create_backup(vault, tmp_path / "usb2").path)
    vault.lock()
    before = restore_ask.ahead(older, vault_dir, passphrase=PASSPHRASE)
    copy = restore_ask.read(older)
    shutil.copyfile(newer, older)  # after the one read, before the words are made of it
    said = restore_ask.ahead(older, vault_dir, passphrase=PASSPHRASE, copy=copy)
    now = restore_ask.ahead(older, vault_dir, passphrase=PASSPHRASE)
    assert before is not None and said is not None and now is not None
    assert said.beyond == before.beyond and sum(said.beyond.values()) > 0
    assert now.beyond != said.beyond  # what is at the path now says something else
    assert copy.sha256 != restore_ask.identity(older)


def test_a_snapshot_of_another_vault_is_said_to_be_another_vaults_from_its_one_read(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    other = create_vault(tmp_path / "second", PASSPHRASE, params=OWASP_FLOOR, use_device_secret=False).vault
    snap = Path(backup_repo.create_incremental(other, tmp_path / "second-drive").path)
    other.lock()
    vault.lock()
    question = restore_ask.question(snap, vault_dir, passphrase=PASSPHRASE)
    assert question.other and question.ahead is None
    assert question.copy.snapshot and question.copy.sha256 == restore_ask.identity(snap)
    assert question.copy.vault_id == other.vault_id

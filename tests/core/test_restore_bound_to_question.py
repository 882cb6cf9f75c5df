"""The restore is held to the file its question read (found by a reader, 2026-12-06): the question
reads the backup's table of contents and says what the vault replaced holds beyond it; another
backup of the same vault (same salt, same key) put in its place before the answer was restored
under those words. The question's identity of the file (restore_ask.identity) is carried to the
restore, which refuses another file, with nothing written. Real vaults, real backups, the real CLI."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import FAST_KDF, cli
from vault_app.domain.errors import RefusedByPolicy
from vault_app.services import backup, backup_restore, clients, restore_ask
from vault_app.services.vault import Vault, open_vault


def _names(folder: Path) -> set[str]:
    with open_vault(folder, PASSPHRASE) as vault:
        return {c.legal_name for c in clients.list_clients(vault)}


def _two_backups(vault: Vault, tmp_path: Path) -> tuple[Path, Path]:
    clients.create_client(vault, "Asked About", date_of_birth="1980-01-01")
    asked = Path(backup.create_backup(vault, tmp_path / "usb").path)
    clients.create_client(vault, "Put In Between", date_of_birth="1981-01-01")
    other = Path(backup.create_backup(vault, tmp_path / "usb2").path)
    clients.create_client(vault, "Only In The Vault", date_of_birth="1982-01-01")
    return asked, other


def _left_beside(vault_dir: Path) -> list[Path]:
    return sorted(vault_dir.parent.glob(f"{vault_dir.name}-before-restore-*"))


def test_the_file_asked_about_is_restored(vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    asked, _other = _two_backups(vault, tmp_path)
    vault.lock()
    identity = restore_ask.identity(asked)
    assert restore_ask.ahead(asked, vault_dir, passphrase=PASSPHRASE) is not None
    report = backup_restore.restore_backup(asked, vault_dir, passphrase=PASSPHRASE, overwrite=True,
                                           asked_sha256=identity)
    assert report.backup_sha256 == identity
    assert _names(vault_dir) == {"Asked About"}


def test_another_backup_of_the_vault_put_in_its_place_is_refused_and_nothing_written(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    asked, other = _two_backups(vault, tmp_path)
    vault.lock()
    identity = restore_ask.identity(asked)
    said = restore_ask.ahead(asked, vault_dir, passphrase=PASSPHRASE)
    assert said is not None and said.read
    shutil.copyfile(other, asked)  # between the question and the answer
    before = sorted(p.name for p in vault_dir.iterdir())
    with pytest.raises(RefusedByPolicy) as refused:
        backup_restore.restore_backup(asked, vault_dir, passphrase=PASSPHRASE, overwrite=True, asked_sha256=identity)
    assert refused.value.code == "restore.backup_changed_since_asked"
    assert "changed after you were asked; nothing was restored" in refused.value.message
    assert refused.value.hint == "Choose it again."
    assert _names(vault_dir) == {"Asked About", "Put In Between", "Only In The Vault"}
    assert sorted(p.name for p in vault_dir.iterdir()) == before  # no staging folder left either
    assert _left_beside(vault_dir) == []  # no safety copy: nothing was replaced


def test_the_cli_restore_refuses_a_file_swapped_after_it_said_what_is_replaced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    vault_dir = tmp_path / "vault"
    monkeypatch.setenv("VAULT_APP_DIR", str(vault_dir))
    assert cli(capsys, monkeypatch, "init", "--no-keyring", "--recovery-key-out", str(tmp_path / "kit.txt"),
               *FAST_KDF).code == 0
    made = cli(capsys, monkeypatch, "backup", "create", "--to", str(tmp_path / "usb"), "--kind", "file", "--json")
    assert made.code == 0, made.err
    with open_vault(vault_dir, PASSPHRASE) as vault:
        clients.create_client(vault, "Only In The Second", date_of_birth="1981-01-01")
    second = cli(capsys, monkeypatch, "backup", "create", "--to", str(tmp_path / "usb2"), "--kind", "file", "--json")
    assert second.code == 0, second.err
    path, other = Path(made.json()["path"]), Path(second.json()["path"])
    real_ahead = restore_ask.ahead

    def then_swapped(*args: object, **kwargs: object) -> object:
        said = real_ahead(*args, **kwargs)  # type: ignore[arg-type]
        shutil.copyfile(other, path)  # once the words are said, before the restore reads the file
        return said

    monkeypatch.setattr(restore_ask, "ahead", then_swapped)
    done = cli(capsys, monkeypatch, "backup", "restore", str(path), "--to", str(vault_dir), "--overwrite")
    assert done.code != 0
    assert "The backup file changed after you were asked; nothing was restored." in done.err + done.out
    assert _names(vault_dir) == {"Only In The Second"}
    assert _left_beside(vault_dir) == []

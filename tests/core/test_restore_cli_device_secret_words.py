"""`backup restore` at the command line keeps the device secret's words (round 46): after a
recovery with the Emergency Kit (a new device secret in the keyring), a backup from before it,
opened with the passphrase of its day, was refused by the command line with only "A backup opens
with the passphrase the vault had when the backup was made, or with your Emergency Kit", dropping
the explanation backup_keys gives (backup.passphrase_wrong_device_secret): the passphrase is right,
the device secret of its day is gone. The kit's ways (Enter at the prompt, --recovery-key-file)
are still named. Real vault, real backup, real crypto, the in-memory keyring the suite uses."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli
from tests.fakes import MemoryKeyring
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import ExitCode
from vault_app.services import backup
from vault_app.services.vault import create_vault, recover_vault

NEW = "a new passphrase after the kit 42"


def _restore(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, path: str, to: Path,
             passphrase: str) -> tuple[int, str]:
    done = cli(capsys, monkeypatch, "backup", "restore", path, "--to", str(to), passphrase=passphrase)
    return done.code, done.out + done.err


def test_the_command_line_says_the_device_secret_of_the_backups_day(
    memory_keyring: MemoryKeyring, tmp_path: Path, kdf_params: KdfParams, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "vault"
    made = create_vault(folder, PASSPHRASE, params=kdf_params)
    assert made.device_secret_used
    info = backup.create_backup(made.vault, tmp_path / "usb")
    made.vault.lock()
    recover_vault(folder, made.recovery_key, NEW, params=kdf_params).lock()

    code, said = _restore(capsys, monkeypatch, info.path, tmp_path / "restored", PASSPHRASE)
    assert code == ExitCode.WRONG_SECRET, said
    assert "device secret" in said, said
    # Why (the hint of backup_keys, which the command line's own hint replaced): a recovery replaced it.
    assert "device secret the keyring held then" in said and "replaces that secret" in said, said
    assert "--recovery-key-file" in said, said  # the command line's way to the kit, still named
    assert not (tmp_path / "restored").exists()


def test_a_plainly_wrong_passphrase_keeps_the_plain_words(
    tmp_path: Path, kdf_params: KdfParams, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    made = create_vault(tmp_path / "vault", PASSPHRASE, params=kdf_params, use_device_secret=False)
    info = backup.create_backup(made.vault, tmp_path / "usb")
    made.vault.lock()
    code, said = _restore(capsys, monkeypatch, info.path, tmp_path / "restored", "not the passphrase at all")
    assert code == ExitCode.WRONG_SECRET, said
    assert "device secret" not in said and "--recovery-key-file" in said, said

"""Rollback detection: an older ledger, or a whole older copy of the vault put back
by hand, is reported plainly; restoring through the app is not an attack."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.fakes import MemoryKeyring
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import ExitCode, LedgerRollback
from vault_app.services import backup
from vault_app.services.vault import create_vault, open_vault


def _grow(folder: Path, n: int) -> None:
    with open_vault(folder, PASSPHRASE) as vault:
        for i in range(n):
            vault.ledger.append("test.later", {"i": i})


def _copy_files(src: Path, dest: Path) -> None:
    for name in ("vault.header", "records.db", "psychotherapy.db", "ledger.db"):
        for suffix in ("-wal", "-shm"):
            (dest / (name + suffix)).unlink(missing_ok=True)
        shutil.copy2(src / name, dest / name)


def test_older_ledger_under_a_newer_header(tmp_path: Path, kdf_params: KdfParams) -> None:
    folder = tmp_path / "vault"
    create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False).vault.lock()
    shutil.copy2(folder / "ledger.db", tmp_path / "old-ledger.db")
    _grow(folder, 10)
    shutil.copy2(tmp_path / "old-ledger.db", folder / "ledger.db")
    with pytest.raises(LedgerRollback) as caught:
        open_vault(folder, PASSPHRASE)
    err = caught.value
    assert err.exit_code == ExitCode.TAMPERED
    assert "rolled back" in err.message and "backup" in err.hint


def test_whole_older_copy_put_back_by_hand_is_caught_by_the_keyring_anchor(
    memory_keyring: MemoryKeyring, tmp_path: Path, kdf_params: KdfParams
) -> None:
    """Header and ledger agree with each other, so only the keyring's anchor can tell."""
    folder = tmp_path / "vault"
    made = create_vault(folder, PASSPHRASE, params=kdf_params)
    info = backup.create_backup(made.vault, tmp_path / "b")
    made.vault.lock()
    _grow(folder, 10)
    # Someone restores an old backup outside the app (copies its files over the vault).
    backup.restore_backup(Path(info.path), tmp_path / "elsewhere", passphrase=PASSPHRASE)
    _grow(folder, 30)  # the live vault moves on; locking it moves the keyring anchor again
    _copy_files(tmp_path / "elsewhere", folder)
    with pytest.raises(LedgerRollback, match="rolled back"):
        open_vault(folder, PASSPHRASE)


def test_restore_through_the_app_moves_the_anchor(
    memory_keyring: MemoryKeyring, tmp_path: Path, kdf_params: KdfParams
) -> None:
    folder = tmp_path / "vault"
    made = create_vault(folder, PASSPHRASE, params=kdf_params)
    info = backup.create_backup(made.vault, tmp_path / "b")
    made.vault.lock()
    _grow(folder, 10)
    backup.restore_backup(Path(info.path), folder, passphrase=PASSPHRASE, overwrite=True)
    with open_vault(folder, PASSPHRASE) as vault:
        assert vault.ledger.entries(kinds=("backup.restored",))

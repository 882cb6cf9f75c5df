"""Recovery checks first and writes last: a recovery refused as rolled back (an older
copy in the vault's place) leaves the keyring's device secret alone, so the live vault
still opens with its passphrase afterwards."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.fakes import MemoryKeyring
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import LedgerRollback
from vault_app.services.vault import create_vault, open_vault, recover_vault

FILES = ("vault.header", "records.db", "psychotherapy.db", "ledger.db")


def _swap(a: Path, b: Path, scratch: Path) -> None:
    """Exchange the vault files of two folders."""
    scratch.mkdir(exist_ok=True)
    for name in FILES:
        shutil.move(a / name, scratch / name)
        shutil.move(b / name, a / name)
        shutil.move(scratch / name, b / name)


def test_a_refused_recovery_leaves_the_keyring_secret_alone(
    memory_keyring: MemoryKeyring, tmp_path: Path, kdf_params: KdfParams
) -> None:
    folder = tmp_path / "vault"
    made = create_vault(folder, PASSPHRASE, params=kdf_params)
    assert made.device_secret_used
    made.vault.lock()
    old = tmp_path / "old"
    old.mkdir()
    for name in FILES:
        shutil.copy2(folder / name, old / name)
    with open_vault(folder, PASSPHRASE) as vault:
        for i in range(5):
            vault.ledger.append("test.later", {"i": i})
    secrets_before = dict(memory_keyring.items)

    _swap(folder, old, tmp_path / "scratch")  # the older copy sits in the vault's place
    with pytest.raises(LedgerRollback):
        recover_vault(folder, made.recovery_key, "a fresh passphrase 1", params=kdf_params)
    assert memory_keyring.items == secrets_before
    _swap(folder, old, tmp_path / "scratch")  # the live vault is back

    with open_vault(folder, PASSPHRASE) as vault:
        assert vault.verify_ledger().ok

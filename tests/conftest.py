"""Shared fixtures. Every test gets a private HOME/XDG tree and no real keyring.

The KDF runs at the OWASP floor (m=19 MiB, t=2, p=1): the weakest setting the
app accepts, never weaker.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from tests.fakes import MemoryKeyring
from vault_app.crypto.kdf import OWASP_FLOOR, KdfParams
from vault_app.services.vault import CreatedVault, Vault, create_vault, open_vault

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("HOME", ""),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("VAULT_APP_DIR", str(home / "default-vault"))
    for var in ("VAULT_APP_PASSPHRASE", "VAULT_APP_NEW_PASSPHRASE", "VAULT_APP_RECOVERY_KEY"):
        monkeypatch.delenv(var, raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def kdf_params() -> KdfParams:
    return OWASP_FLOOR


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def created(vault_dir: Path, kdf_params: KdfParams) -> Iterator[CreatedVault]:
    result = create_vault(vault_dir, PASSPHRASE, params=kdf_params)
    yield result
    result.vault.lock()


@pytest.fixture
def vault(created: CreatedVault) -> Vault:
    """An unlocked vault (records + ledger open; psychotherapy locked)."""
    return created.vault


@pytest.fixture
def psy_vault(vault: Vault) -> Vault:
    """An unlocked vault with the psychotherapy compartment explicitly unlocked too."""
    vault.unlock_psychotherapy(PASSPHRASE)
    return vault


def reopen(folder: Path, *, psychotherapy: bool = False) -> Vault:
    return open_vault(folder, PASSPHRASE, with_psychotherapy=psychotherapy)

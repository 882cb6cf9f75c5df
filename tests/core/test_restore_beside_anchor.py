"""The record a command-line restore writes into the closed vault it was made beside
(backup.copied_beside: services/restore_beside_record.py) moves the keyring's ledger anchor, as
the lock after any other append does. Found at review: only the header's anchor moved, so putting
back ledger.db and vault.header as they were before the record dropped it, and the unlock passed.
Real vaults (OWASP-floor Argon2, SQLCipher), the real command line in process, the keyring held in
memory as the system one would hold it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli_in_process
from tests.fakes import MemoryKeyring
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import LedgerRollback
from vault_app.services import backup, restore_beside_record
from vault_app.services.vault import create_vault, open_vault

_PUT_BACK = ("ledger.db", "vault.header")


def _made_and_backed_up(folder: Path, tmp_path: Path, kdf_params: KdfParams) -> Path:
    made = create_vault(folder, PASSPHRASE, params=kdf_params)
    info = backup.create_backup(made.vault, tmp_path / "usb")
    made.vault.lock()
    return Path(info.path)


def _keep(folder: Path, into: Path) -> None:
    into.mkdir()
    for name in _PUT_BACK:
        shutil.copy2(folder / name, into / name)


def _put_back(kept: Path, folder: Path) -> None:
    for name in _PUT_BACK:
        for suffix in ("-wal", "-shm"):
            (folder / (name + suffix)).unlink(missing_ok=True)
        shutil.copy2(kept / name, folder / name)


def _restore_beside(folder: Path, file: Path, beside: Path) -> str:
    done = cli_in_process("--vault", str(folder), "backup", "restore", "--to", str(beside), str(file))
    assert done.code == 0, done.out + done.err
    return done.out


def test_putting_back_the_ledger_from_before_the_record_is_refused(
        memory_keyring: MemoryKeyring, tmp_path: Path, kdf_params: KdfParams) -> None:
    folder = tmp_path / "vault"
    file = _made_and_backed_up(folder, tmp_path, kdf_params)
    _keep(folder, tmp_path / "before")
    said = _restore_beside(folder, file, tmp_path / "beside")
    assert "WARNING" not in said
    # The attacker's step: the ledger (and the header, whose anchor would say otherwise) as before.
    _put_back(tmp_path / "before", folder)
    with pytest.raises(LedgerRollback) as refused:
        open_vault(folder, PASSPHRASE)
    assert refused.value.code == "ledger.keyring_rolled_back"


def test_the_record_stays_and_the_vault_opens(
        memory_keyring: MemoryKeyring, tmp_path: Path, kdf_params: KdfParams) -> None:
    folder = tmp_path / "vault"
    file = _made_and_backed_up(folder, tmp_path, kdf_params)
    _restore_beside(folder, file, tmp_path / "beside")
    with open_vault(folder, PASSPHRASE) as vault:  # no false alarm: the anchor is the ledger's new head
        told = [e.payload["path"] for e in vault.ledger.entries(kinds=(restore_beside_record.COPIED_BESIDE,))]
    assert told == [str((tmp_path / "beside").resolve())]


def test_a_vault_already_rolled_back_is_not_made_current_by_the_record(
        memory_keyring: MemoryKeyring, tmp_path: Path, kdf_params: KdfParams) -> None:
    """An older copy put back before the restore: the restore's record must not move the keyring's
    anchor onto it (the unlock would then take the older copy as the vault), nor write into it."""
    folder = tmp_path / "vault"
    file = _made_and_backed_up(folder, tmp_path, kdf_params)
    _keep(folder, tmp_path / "before")
    with open_vault(folder, PASSPHRASE) as vault:
        vault.ledger.append("test.later", {})
    _put_back(tmp_path / "before", folder)
    said = _restore_beside(folder, file, tmp_path / "beside")
    assert f"WARNING: The vault in {folder.resolve()} could not be told of this copy" in said
    assert "not the one this computer last opened" in said
    with pytest.raises(LedgerRollback) as refused:
        open_vault(folder, PASSPHRASE)
    assert refused.value.code == "ledger.keyring_rolled_back"


@pytest.mark.slow
def test_killed_between_the_record_and_the_keyrings_anchor_the_vault_opens_with_the_record(
        tmp_path: Path, kdf_params: KdfParams, monkeypatch: pytest.MonkeyPatch) -> None:
    """The machine dying after the record's commit, before the keyring's write: the anchor one entry
    behind is what every unlock accepts (never ahead: that would refuse the vault). A real process
    killed at that point, the keyring a file it shares with this one (tests/fakes.FileKeyring)."""
    import os
    import subprocess
    import sys

    import keyring

    from tests.fakes import FileKeyring
    from vault_app.services.device_secret import KeyringSecretStore, read_anchors
    from vault_app.services.fault_injection import CRASH_ENV
    from vault_app.storage import header as header_io

    monkeypatch.setenv("VAULT_TEST_KEYRING_FILE", str(tmp_path / "keyring.json"))
    keyring.set_keyring(FileKeyring())
    folder = tmp_path / "vault"
    file = _made_and_backed_up(folder, tmp_path, kdf_params)
    store, vault_id = KeyringSecretStore(), header_io.read(folder).vault_id
    anchor_before = read_anchors(store, vault_id, folder)
    repo = Path(__file__).resolve().parents[2]
    env = dict(os.environ, VAULT_APP_PASSPHRASE=PASSPHRASE, PYTHONPATH=str(repo),
               PYTHON_KEYRING_BACKEND="tests.fakes.FileKeyring", **{CRASH_ENV: "closed-ledger:appended"})
    killed = subprocess.run([sys.executable, "-m", "vault_app", "--vault", str(folder), "backup", "restore",
                             "--to", str(tmp_path / "beside"), str(file)], capture_output=True, text=True,
                            env=env, timeout=300, check=False, cwd=repo)
    assert killed.returncode in (-9, 137), killed.stdout + killed.stderr
    assert read_anchors(store, vault_id, folder) == anchor_before  # killed before the keyring's write
    with open_vault(folder, PASSPHRASE) as vault:
        told = [e.payload["path"] for e in vault.ledger.entries(kinds=(restore_beside_record.COPIED_BESIDE,))]
    assert told == [str((tmp_path / "beside").resolve())]

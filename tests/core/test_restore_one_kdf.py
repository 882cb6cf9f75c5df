"""A restore over a vault derives the backup's key once: its question (services/restore_ask.py)
derived it to read the backup's table of contents, and the restore derived it again, a second
Argon2 run at the vault's calibrated setting (1-3 s on a laptop) the therapist waited for.
The key is carried from the question to the restore (kdf.Carried), bound to the passphrase,
salt and settings it was derived from: a backup file replaced between the two is derived again
when its salt differs, and restored for what it authenticates as, never as the file asked about.

Counted for real: every Argon2 run (argon2's hash_secret_raw as crypto/kdf calls it), with the
tests' memo of derivations off (real_kdf)."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from argon2.low_level import hash_secret_raw

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import FAST_KDF, cli
from vault_app.crypto import kdf
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.services import backup, backup_restore, clients, restore_ask
from vault_app.services.vault import Vault, open_vault

pytestmark = pytest.mark.real_kdf

OTHER = "an interim passphrase 77"


@pytest.fixture
def argon2_runs(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """The salts of every real Argon2 run made in this test (the calibration's all-zero one aside)."""
    runs: list[bytes] = []

    def counted(**given: object) -> bytes:
        salt = given["salt"]
        assert isinstance(salt, bytes)
        if salt != bytes(kdf.SALT_LEN):
            runs.append(salt)
        return hash_secret_raw(**given)  # type: ignore[arg-type]

    monkeypatch.setattr(kdf, "hash_secret_raw", counted)
    return runs


def _names(folder: Path) -> set[str]:
    with open_vault(folder, PASSPHRASE) as vault:
        return {c.legal_name for c in clients.list_clients(vault)}


def _restore_as_the_app_does(path: Path, to_dir: Path, between: object = None) -> backup_restore.RestoreReport:
    """The question, then (answered) the restore, with the key carried between them."""
    carried = kdf.Carried()
    try:
        with kdf.using(carried):
            said = restore_ask.ahead(path, to_dir, passphrase=PASSPHRASE)
        assert said is not None and said.read
        if callable(between):
            between()
        with kdf.using(carried):
            return backup_restore.restore_backup(path, to_dir, passphrase=PASSPHRASE, overwrite=True)
    finally:
        carried.wipe()


def test_the_cli_restore_over_a_vault_derives_the_backups_key_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, argon2_runs: list[bytes]
) -> None:
    vault_dir = tmp_path / "vault"
    monkeypatch.setenv("VAULT_APP_DIR", str(vault_dir))
    assert cli(capsys, monkeypatch, "init", "--no-keyring", "--recovery-key-out", str(tmp_path / "kit.txt"),
               *FAST_KDF).code == 0
    made = cli(capsys, monkeypatch, "backup", "create", "--to", str(tmp_path / "usb"), "--kind", "file", "--json")
    assert made.code == 0, made.err
    argon2_runs.clear()
    done = cli(capsys, monkeypatch, "backup", "restore", made.json()["path"], "--to", str(vault_dir), "--overwrite")
    assert done.code == 0, done.err
    assert "Restored into" in done.out
    assert len(argon2_runs) == 1, f"{len(argon2_runs)} Argon2 runs for one restore"


def test_the_question_and_the_restore_share_one_derivation(
    vault: Vault, vault_dir: Path, tmp_path: Path, argon2_runs: list[bytes]
) -> None:
    clients.create_client(vault, "In The Backup", date_of_birth="1980-01-01")
    path = Path(backup.create_backup(vault, tmp_path / "usb").path)
    clients.create_client(vault, "After The Backup", date_of_birth="1981-01-01")
    vault.lock()
    argon2_runs.clear()
    report = _restore_as_the_app_does(path, vault_dir)
    assert len(argon2_runs) == 1
    assert report.safety_copy and report.replaced_ledger is not None
    assert _names(vault_dir) == {"In The Backup"}


def test_a_file_with_another_salt_put_in_between_is_derived_again_and_restored_as_itself(
    vault: Vault, vault_dir: Path, tmp_path: Path, argon2_runs: list[bytes]
) -> None:
    clients.create_client(vault, "Asked About", date_of_birth="1980-01-01")
    asked = Path(backup.create_backup(vault, tmp_path / "usb").path)
    # The passphrase changed and changed back: the same passphrase, a new salt in the header.
    vault.change_passphrase(PASSPHRASE, OTHER, OWASP_FLOOR)
    vault.change_passphrase(OTHER, PASSPHRASE, OWASP_FLOOR)
    clients.create_client(vault, "Put In Between", date_of_birth="1981-01-01")
    other = Path(backup.create_backup(vault, tmp_path / "usb2").path)
    clients.create_client(vault, "Only In The Vault", date_of_birth="1982-01-01")
    vault.lock()
    argon2_runs.clear()
    report = _restore_as_the_app_does(asked, vault_dir, between=lambda: shutil.copyfile(other, asked))
    assert len(argon2_runs) == 2 and argon2_runs[0] != argon2_runs[1]  # the second file's own salt
    assert report.backup_sha256 == hashlib.sha256(other.read_bytes()).hexdigest()
    assert _names(vault_dir) == {"Asked About", "Put In Between"}


def test_a_file_with_the_same_salt_put_in_between_is_opened_by_its_own_wraps(
    vault: Vault, vault_dir: Path, tmp_path: Path, argon2_runs: list[bytes]
) -> None:
    """Another backup of the same vault: the same salt and settings give the same derived key
    (Argon2 is a function of those alone), and the file restored is the one there, checked as
    such: its own content key, its own ledger head, said in the report."""
    clients.create_client(vault, "Asked About", date_of_birth="1980-01-01")
    asked = Path(backup.create_backup(vault, tmp_path / "usb").path)
    clients.create_client(vault, "Put In Between", date_of_birth="1981-01-01")
    other = Path(backup.create_backup(vault, tmp_path / "usb2").path)
    vault.lock()
    argon2_runs.clear()
    report = _restore_as_the_app_does(asked, vault_dir, between=lambda: shutil.copyfile(other, asked))
    assert len(argon2_runs) == 1
    assert report.backup_sha256 == hashlib.sha256(other.read_bytes()).hexdigest()
    assert _names(vault_dir) == {"Asked About", "Put In Between"}


def test_a_carried_key_is_given_only_for_its_own_inputs_and_wiped() -> None:
    carried = kdf.Carried()
    salt, params = b"s" * kdf.SALT_LEN, kdf.OWASP_FLOOR
    with kdf.using(carried):
        key = kdf.derive("the passphrase", salt, params)
    assert carried.get("the passphrase", salt, params) == key
    assert carried.get("the passphrase ", salt, params) is None
    assert carried.get("the passphrase", b"t" * kdf.SALT_LEN, params) is None
    assert carried.get("the passphrase", salt, kdf.KdfParams(params.memory_kib, 3, 1)) is None
    assert key.hex() not in repr(carried) and "passphrase" not in repr(carried)
    kept = list(carried._kept.values())
    carried.wipe()
    assert carried.get("the passphrase", salt, params) is None
    assert all(buf == bytearray(len(buf)) for buf in kept)  # zeroed, not only dropped

"""A backup made with the psychotherapy notes locked, then verified with them unlocked, counts as
covering every compartment at the next rotation (services/backup_rotation_covered.py).

Found in review: such a backup's record at creation names records.db and ledger.db only, and a
later full verify (`backup verify --full`, the app's verify with the notes open) checked every
page of psychotherapy.db too, yet the rotation still read only the record at creation: one more
backup kept than needed. The verify's coverage is now in its backup.verified ledger entry
(authenticated with the ledger: nothing beside the backups can claim it). Real vault, real
backup files and snapshots in tmp_path, the policy one a day, the CLI's own `run`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli_in_process
from vault_app.domain.errors import VaultError
from vault_app.services import backup, backup_repo, backup_rotation_covered, clients
from vault_app.services.backup_registry import find
from vault_app.services.vault import Vault


def _create(vault: Vault, target: Path, kind: str) -> backup.BackupInfo | backup_repo.SnapshotInfo:
    if kind == "file":
        return backup.create_backup(vault, target, verify=True)
    return backup_repo.create_incremental(vault, target, verify=True)


def _verify(vault: Vault, path: str, kind: str, *, full: bool) -> dict[str, object]:
    check = backup.verify_backup if kind == "file" else backup_repo.verify_snapshot
    return check(Path(path), vault=vault, full=full)


def _covers(vault: Vault, path: str) -> bool:
    registered = find(vault, Path(path))
    assert registered is not None
    return backup_rotation_covered.covers_every_compartment(vault, registered)


@pytest.mark.parametrize("full", [True, False], ids=["full", "recorded-and-notes-now"])
@pytest.mark.parametrize("kind", ["file", "repo"])
def test_a_verify_with_the_notes_unlocked_makes_it_the_covering_one(
        vault: Vault, tmp_path: Path, kind: str, full: bool) -> None:
    target = tmp_path / "usb"
    backup.configure(vault, target=str(target), kind=kind, keep_daily=1, keep_weekly=0, keep_monthly=0)
    clients.create_client(vault, "Locked Made")
    made_locked = _create(vault, target, kind)  # notes locked: records and ledger checked
    assert not _covers(vault, made_locked.path)

    vault.unlock_psychotherapy(PASSPHRASE)
    result = _verify(vault, made_locked.path, kind, full=full)
    assert result["psychotherapy_pages_checked"] is True
    assert _covers(vault, made_locked.path)

    vault.lock_psychotherapy()
    clients.create_client(vault, "Locked Later")
    later = _create(vault, target, kind)
    assert later.kept_covering == [made_locked.path] and later.rotated == []
    assert Path(made_locked.path).exists()

    # The other side: a newer backup that covers every compartment lets it go.
    vault.unlock_psychotherapy(PASSPHRASE)
    clients.create_client(vault, "Unlocked")
    covering = _create(vault, target, kind)
    assert sorted(covering.rotated) == sorted([made_locked.path, later.path]) and covering.kept_covering == []


@pytest.mark.parametrize("kind", ["file", "repo"])
def test_a_verify_with_the_notes_locked_does_not_count(vault: Vault, tmp_path: Path, kind: str) -> None:
    target = tmp_path / "usb"
    backup.configure(vault, target=str(target), kind=kind, keep_daily=1, keep_weekly=0, keep_monthly=0)
    first = _create(vault, target, kind)
    result = _verify(vault, first.path, kind, full=True)
    assert result["psychotherapy_pages_checked"] is False
    assert not _covers(vault, first.path)
    clients.create_client(vault, "Another")
    second = _create(vault, target, kind)
    assert second.rotated == [first.path] and second.kept_covering == []


def test_the_coverage_of_a_verify_is_of_the_bytes_it_checked(vault: Vault, tmp_path: Path) -> None:
    """Another backup's file copied under the verified one's name, same size or not, is not the
    verified bytes: its own table of contents names another ledger entry, so it does not cover."""
    target = tmp_path / "usb"
    backup.configure(vault, target=str(target), kind="file", keep_daily=9, keep_weekly=0, keep_monthly=0)
    first = backup.create_backup(vault, target, verify=True, rotate_old=False)
    clients.create_client(vault, "Between")
    second = backup.create_backup(vault, target, verify=True, rotate_old=False)
    vault.unlock_psychotherapy(PASSPHRASE)
    backup.verify_backup(Path(second.path), vault=vault, full=True)
    assert _covers(vault, second.path)
    Path(second.path).write_bytes(Path(first.path).read_bytes())
    assert not _covers(vault, second.path)


def test_cli_verify_full_records_the_coverage(vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    """`backup verify --full` by the CLI's own `run` (the passphrase in the environment reaches the
    notes' key there, as in a process)."""
    target = tmp_path / "usb"
    backup.configure(vault, target=str(target), kind="file", keep_daily=1, keep_weekly=0, keep_monthly=0)
    made_locked = backup.create_backup(vault, target, verify=True)
    vault.lock()
    done = cli_in_process("--vault", str(vault_dir), "backup", "verify", "--full", made_locked.path)
    assert done.code == 0, done.err
    assert "every compartment page" in done.out
    done = cli_in_process("--vault", str(vault_dir), "backup", "create", "--verify")
    assert done.code == 0, done.err
    assert f"\n  {backup_rotation_covered.KEPT_TEXT}: {made_locked.path}" in done.out
    assert Path(made_locked.path).is_file()


def test_a_failed_verify_since_takes_the_coverage_back(vault: Vault, tmp_path: Path) -> None:
    """Verified with the notes, then a verify failed (a drive read back damaged), then verified
    again with the notes locked: its coverage is not carried over the failure (the safe side)."""
    target = tmp_path / "usb"
    backup.configure(vault, target=str(target), kind="file", keep_daily=1, keep_weekly=0, keep_monthly=0)
    made = backup.create_backup(vault, target, verify=True)
    vault.unlock_psychotherapy(PASSPHRASE)
    backup.verify_backup(Path(made.path), vault=vault, full=True)
    assert _covers(vault, made.path)
    vault.lock_psychotherapy()
    good = Path(made.path).read_bytes()
    damaged = bytearray(good)
    damaged[len(damaged) // 2] ^= 0xFF
    Path(made.path).write_bytes(bytes(damaged))
    with pytest.raises(VaultError):
        backup.verify_backup(Path(made.path), vault=vault)
    assert not _covers(vault, made.path)
    Path(made.path).write_bytes(good)
    backup.verify_backup(Path(made.path), vault=vault)
    assert not _covers(vault, made.path)
    clients.create_client(vault, "After")
    later = backup.create_backup(vault, target, verify=True)
    assert later.rotated == [made.path] and later.kept_covering == []

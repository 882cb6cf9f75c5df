"""The rotation never deletes the newest backup whose check covered every compartment while the
backups made since were checked with the psychotherapy notes locked (services/backup_rotation_covered.py).

Found after the older psychotherapy.db put back: backups made on lock check records.db and
ledger.db only; a few of them rotated away the last backup whose check had covered the notes too.
Real vault, real backup files and snapshots in tmp_path, the policy set to one a day."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli_in_process
from vault_app.services import backup, backup_repo, backup_rotation_covered, clients
from vault_app.services.backup_registry import find
from vault_app.services.vault import Vault


def _one_a_day(vault: Vault, target: Path, kind: str) -> None:
    backup.configure(vault, target=str(target), kind=kind, keep_daily=1, keep_weekly=0, keep_monthly=0)


def test_single_files_keep_the_newest_covering_one_until_a_newer_one_covers(psy_vault: Vault, tmp_path: Path) -> None:
    vault, usb = psy_vault, tmp_path / "usb"
    _one_a_day(vault, usb, "file")
    good = backup.create_backup(vault, usb, verify=True)  # notes unlocked: every compartment checked
    vault.lock_psychotherapy()
    clients.create_client(vault, "Locked One")
    second = backup.create_backup(vault, usb, verify=True)  # on lock, as usual: notes not checked
    assert Path(good.path).is_file(), "the last backup covering the notes was rotated away"
    assert second.kept_covering == [good.path] and second.rotated == []
    clients.create_client(vault, "Locked Two")
    third = backup.create_backup(vault, usb, verify=True)
    assert third.rotated == [second.path] and third.kept_covering == [good.path]
    assert Path(good.path).is_file()

    vault.unlock_psychotherapy(PASSPHRASE)
    clients.create_client(vault, "Unlocked")
    fourth = backup.create_backup(vault, usb, verify=True)
    assert sorted(fourth.rotated) == sorted([good.path, third.path]) and fourth.kept_covering == []
    assert not Path(good.path).exists()


def test_snapshots_keep_the_newest_covering_one(psy_vault: Vault, tmp_path: Path) -> None:
    vault, repo = psy_vault, tmp_path / "repo"
    _one_a_day(vault, repo, "repo")
    good = backup_repo.create_incremental(vault, repo, verify=True)
    vault.lock_psychotherapy()
    clients.create_client(vault, "Locked One")
    second = backup_repo.create_incremental(vault, repo, verify=True)
    assert Path(good.path).is_file(), "the last snapshot covering the notes was rotated away"
    assert second.kept_covering == [good.path] and second.rotated == []
    clients.create_client(vault, "Locked Two")
    third = backup_repo.create_incremental(vault, repo, verify=True)
    assert third.rotated == [second.path] and third.kept_covering == [good.path]

    vault.unlock_psychotherapy(PASSPHRASE)
    clients.create_client(vault, "Unlocked")
    fourth = backup_repo.create_incremental(vault, repo, verify=True)
    assert sorted(fourth.rotated) == sorted([good.path, third.path]) and fourth.kept_covering == []


def test_without_any_covering_backup_the_policy_is_unchanged(vault: Vault, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    _one_a_day(vault, usb, "file")
    first = backup.create_backup(vault, usb, verify=True)
    clients.create_client(vault, "Another")
    second = backup.create_backup(vault, usb, verify=True)
    assert second.rotated == [first.path] and second.kept_covering == []


def test_a_covering_record_put_under_another_backups_name_does_not_cover(psy_vault: Vault, tmp_path: Path) -> None:
    """A covering snapshot's manifest copied over a later, uncovered one's name: the record read
    there is not the registered snapshot's, so that snapshot does not count as covering."""
    vault, repo = psy_vault, tmp_path / "repo"
    _one_a_day(vault, repo, "repo")
    good = backup_repo.create_incremental(vault, repo, verify=True, rotate_old=False)
    vault.lock_psychotherapy()
    clients.create_client(vault, "Locked One")
    later = backup_repo.create_incremental(vault, repo, verify=True, rotate_old=False)
    registered_good, registered_later = find(vault, Path(good.path)), find(vault, Path(later.path))
    assert registered_good is not None and registered_later is not None
    assert backup_rotation_covered.covers_every_compartment(vault, registered_good)
    assert not backup_rotation_covered.covers_every_compartment(vault, registered_later)
    shutil.copyfile(good.path, later.path)
    assert not backup_rotation_covered.covers_every_compartment(vault, registered_later)


def test_backup_create_says_which_backup_it_kept_and_why(psy_vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    """`backup create` in a real process, the notes locked as they are from the command line."""
    vault, usb = psy_vault, tmp_path / "usb"
    _one_a_day(vault, usb, "file")
    good = backup.create_backup(vault, usb, verify=True)
    vault.lock()
    done = cli_in_process("--vault", str(vault_dir), "backup", "create", "--verify")
    assert done.code == 0, done.err
    assert f"\n  {backup_rotation_covered.KEPT_TEXT}: {good.path}" in done.out
    assert Path(good.path).is_file()

"""After restoring an older backup over the vault in place, the automatic backups go on in the
same folder (services/backup_left_behind.py), and a second copy writing there still stops them.

Found reading the lineage check against the common "undo a mistake" restore: the folder's newest
backup was the replaced vault's, of the line the restore went back from, so every later backup
there was refused and the therapist had to choose another folder. Real vaults, real backup files
and snapshots, the restores and `backup auto`/`backup list` through the real command line (its
own `run` in this process, cli_helpers.cli: no kill or second process is asked of them, and each
cost a Python start, ~0.35 CPU-s, as a process of its own), the backup on lock through the service
the window uses."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import Result, cli
from vault_app.domain.errors import ExitCode, RefusedByPolicy
from vault_app.services import backup, backup_beside, backup_left_behind, backup_registry, backup_repo, clients
from vault_app.services.backup_repo_restore import restore_snapshot
from vault_app.services.vault import Vault, open_vault

Cli = Callable[..., Result]


@pytest.fixture
def _cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    return lambda *args: cli(capsys, monkeypatch, *args)


def _restore(_cli: Cli, source: Path, into: Path, *extra: str, vault: Path | None = None) -> dict[str, object]:
    chosen = ("--vault", str(vault)) if vault is not None else ()
    done = _cli("--json", *chosen, "backup", "restore", str(source), "--to", str(into), *extra)
    assert done.code == 0, done.err
    report = json.loads(done.out)
    assert isinstance(report, dict)
    return report


def _names_in_snapshot(snapshot: Path, where: Path) -> set[str]:
    restore_snapshot(snapshot, where, passphrase=PASSPHRASE)
    copy = open_vault(where, PASSPHRASE)
    try:
        return {c.legal_name for c in clients.list_clients(copy)}
    finally:
        copy.lock()


def _names_in_file(path: Path, where: Path) -> set[str]:
    backup.restore_backup(path, where, passphrase=PASSPHRASE)
    copy = open_vault(where, PASSPHRASE)
    try:
        return {c.legal_name for c in clients.list_clients(copy)}
    finally:
        copy.lock()


def _snapshots(target: Path) -> set[Path]:
    return set((target / "snapshots").glob("*.vrs"))


def test_after_restoring_an_older_snapshot_in_place_the_backups_go_on_in_the_same_folder(
    vault: Vault, vault_dir: Path, tmp_path: Path, _cli: Cli
) -> None:
    target = tmp_path / "usb"
    backup.configure(vault, target=str(target), kind="repo")
    clients.create_client(vault, "Before Restore")
    first = Path(backup_repo.create_incremental(vault, target, verify=True).path)
    clients.create_client(vault, "The Mistake")
    left = Path(backup_repo.create_incremental(vault, target, verify=True, rotate_old=False).path)
    vault.lock()

    report = _restore(_cli, first, vault_dir, "--overwrite")
    assert report["left_behind"] == [str(left)]
    listed = _cli("--vault", str(vault_dir), "backup", "list")
    assert listed.code == 0, listed.err
    (line,) = [x for x in listed.out.splitlines() if str(left) in x]
    assert "(from before the restore, kept until " in line
    assert not [x for x in listed.out.splitlines() if str(first) in x and "before the restore" in x]

    restored = open_vault(vault_dir, PASSPHRASE)
    try:
        clients.create_client(restored, "After Restore")
    finally:
        restored.lock()
    done = _cli("--vault", str(vault_dir), "backup", "auto")
    assert done.code == 0, (done.out, done.err)
    (made,) = _snapshots(target) - {first, left}
    names = _names_in_snapshot(made, tmp_path / "looked-up")
    assert {"Before Restore", "After Restore"} <= names and "The Mistake" not in names
    # The line gone back from stays, registered (a destruction purges it), not rotated away.
    assert left.is_file()
    again = open_vault(vault_dir, PASSPHRASE)
    try:
        rows = {b["path"]: b for b in backup.list_backups(again)}
        assert rows[str(left)]["before_restore"] and not rows[str(made)]["before_restore"]
        assert backup.status(again)["last_backup"]["path"] == str(made)
    finally:
        again.lock()

    # A second copy: restored elsewhere from the newest snapshot (a new laptop), it continues that
    # snapshot and backs up into the folder; the first vault's next backup is refused as before.
    _restore(_cli, made, tmp_path / "second")
    second = open_vault(tmp_path / "second", PASSPHRASE)
    try:
        clients.create_client(second, "Second Copy")
    finally:
        second.lock()
    before = _snapshots(target)
    done = _cli("--vault", str(tmp_path / "second"), "backup", "auto")
    assert done.code == 0, (done.out, done.err)
    (by_second,) = _snapshots(target) - before
    after_second = _snapshots(target)
    first_vault = open_vault(vault_dir, PASSPHRASE)
    try:
        clients.create_client(first_vault, "First Again")
    finally:
        first_vault.lock()
    done = _cli("--vault", str(vault_dir), "backup", "auto")
    assert done.code == ExitCode.REFUSED, (done.code, done.out, done.err)
    assert "another copy of this vault" in done.err and by_second.name in done.err
    assert _snapshots(target) == after_second


def test_after_restoring_an_older_file_the_backup_on_lock_goes_on_until_the_safety_copy_writes_there(
    vault: Vault, vault_dir: Path, tmp_path: Path, _cli: Cli, runner: backup_beside.BackupRunner
) -> None:
    target = tmp_path / "usb"
    backup.configure(vault, target=str(target), kind="file")
    clients.create_client(vault, "Before Restore")
    first = Path(backup.create_backup(vault, target, verify=True).path)
    clients.create_client(vault, "The Mistake")
    left = Path(backup.create_backup(vault, target, verify=True, rotate_old=False).path)
    vault.lock()

    report = _restore(_cli, first, vault_dir, "--overwrite")
    assert report["left_behind"] == [str(left)]
    safety = Path(str(report["safety_copy"]))
    restored = open_vault(vault_dir, PASSPHRASE)
    clients.create_client(restored, "After Restore")
    assert backup_beside.lock_with_backup(restored)  # the window's lock: a backup was started
    assert runner.wait(120)
    assert runner.failures == [], runner.failures
    (made,) = set(target.glob("vault-backup-*.vaultbackup")) - {first, left}
    names = _names_in_file(made, tmp_path / "looked-up")
    assert {"Before Restore", "After Restore"} <= names and "The Mistake" not in names
    assert left.is_file()  # the rotation leaves the line gone back from alone

    # The safety copy opened by mistake, after that backup: the folder's newest is the restored
    # vault's now, and the copy is refused as any copy is.
    mistaken = open_vault(safety, PASSPHRASE)
    try:
        clients.create_client(mistaken, "Safety Copy Work")
        with pytest.raises(RefusedByPolicy) as refused:
            backup.create_to_target(mistaken, target)
        assert refused.value.code == "backup.folder_of_another_copy"
    finally:
        mistaken.lock()


def test_the_safety_copy_writing_there_first_stops_the_restored_vaults_backups_as_before(
    vault: Vault, vault_dir: Path, tmp_path: Path, _cli: Cli
) -> None:
    """The safety copy opened by mistake before the restored vault backed up continues the line
    restored away from: it may write there (the newest backup is its own), and its backup is
    one no restore left behind, so the restored vault is refused from then on."""
    target = tmp_path / "usb"
    backup.configure(vault, target=str(target), kind="file")
    first = Path(backup.create_backup(vault, target, verify=True).path)
    clients.create_client(vault, "The Mistake")
    backup.create_backup(vault, target, verify=True, rotate_old=False)
    vault.lock()

    safety = Path(str(_restore(_cli, first, vault_dir, "--overwrite")["safety_copy"]))
    mistaken = open_vault(safety, PASSPHRASE)
    try:
        clients.create_client(mistaken, "Safety Copy Work")
        by_copy = Path(backup.create_to_target(mistaken, target).path)
    finally:
        mistaken.lock()
    restored = open_vault(vault_dir, PASSPHRASE)
    try:
        clients.create_client(restored, "After Restore")
    finally:
        restored.lock()
    before = set(target.iterdir())
    done = _cli("--vault", str(vault_dir), "backup", "auto")
    assert done.code == ExitCode.REFUSED, (done.code, done.out, done.err)
    assert "another copy of this vault" in done.err and by_copy.name in done.err
    assert set(target.iterdir()) == before


def test_a_restore_into_a_folder_of_its_own_leaves_nothing_behind_and_stays_refused(
    vault: Vault, vault_dir: Path, tmp_path: Path, _cli: Cli
) -> None:
    """Only a restore that replaces the vault takes over its folder: a copy restored elsewhere to
    look something up still may not write among the vault's backups."""
    target = tmp_path / "usb"
    backup.configure(vault, target=str(target), kind="repo")
    first = Path(backup_repo.create_incremental(vault, target, verify=True).path)
    clients.create_client(vault, "Later Work")
    backup_repo.create_incremental(vault, target, verify=True, rotate_old=False)
    vault.lock()

    report = _restore(_cli, first, tmp_path / "looked-up", vault=vault_dir)
    assert report["left_behind"] == []
    copy = open_vault(tmp_path / "looked-up", PASSPHRASE)
    try:
        assert backup_left_behind.marks(copy) == set()
        clients.create_client(copy, "Copy Work")
        # A copy beside the vault starts with its backups off (backup_registry_copy); pointed at
        # the vault's folder by hand, the lineage check still refuses it there.
        assert backup.backup_if_changed(copy) is None
        backup.configure(copy, target=str(target), auto=True)
        with pytest.raises(RefusedByPolicy):
            backup.backup_if_changed(copy)
    finally:
        copy.lock()


def test_what_a_restore_leaves_behind_is_the_replaced_vaults_own_history_only(
    vault: Vault, vault_dir: Path, tmp_path: Path, _cli: Cli
) -> None:
    """Restored over twice: the second restore's replaced vault registers the first one's
    left-behind backup only as carried over, not of its own history, so it is not left behind
    again by it (a copy restored over a copy does not take the original's folder); its own
    backup made after the first restore is."""
    target = tmp_path / "usb"
    backup.configure(vault, target=str(target), kind="file")
    first = Path(backup.create_backup(vault, target, verify=True).path)
    clients.create_client(vault, "The Mistake")
    old_line = Path(backup.create_backup(vault, target, verify=True, rotate_old=False).path)
    vault.lock()
    assert _restore(_cli, first, vault_dir, "--overwrite")["left_behind"] == [str(old_line)]
    restored = open_vault(vault_dir, PASSPHRASE)
    try:
        clients.create_client(restored, "Second Try")
        own = Path(backup.create_backup(restored, target, verify=True, rotate_old=False).path)
    finally:
        restored.lock()
    assert _restore(_cli, first, vault_dir, "--overwrite")["left_behind"] == [str(own)]
    again = open_vault(vault_dir, PASSPHRASE)
    try:
        registered = {b.path: b for b in backup_registry.registered(again)}
        assert {str(old_line), str(own)} <= set(registered)  # both still registered for destructions
        rows = {b["path"]: b["before_restore"] for b in backup.list_backups(again)}
        assert rows[str(old_line)] and rows[str(own)] and not rows[str(first)]
    finally:
        again.lock()

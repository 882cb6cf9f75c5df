"""New vaults back up as snapshots; vaults made before keep single files. The settings a
header holds (or does not) decide, read back from disk; the automatic backup, rotation,
the reminder, verify and restore follow them; a new vault pointed at a folder of
single-file backups makes its repository beside them and leaves them as they are.
Real vaults, real SQLCipher files, real chunks."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import PASSPHRASE
from vault_app.crypto.kdf import KdfParams
from vault_app.services import backup, backup_beside, backup_repo, backup_repo_restore, clients
from vault_app.services.backup_folder_mark import mark_path
from vault_app.services.backup_repo import SnapshotInfo
from vault_app.services.vault import Vault, create_vault, open_vault
from vault_app.storage.chunk_store import Repository

FORMAT_3 = Path(__file__).resolve().parents[1] / "data" / "vault-format-3"


def _old_vault(tmp_path: Path) -> tuple[Path, str]:
    """A vault made by a released version before snapshots were the default (its header's
    settings are empty), copied: opening it upgrades and writes."""
    folder = tmp_path / "old-vault"
    shutil.copytree(FORMAT_3, folder)
    return folder, (FORMAT_3 / "PASSPHRASE.txt").read_text().strip()


def test_a_new_vault_says_snapshots_in_its_header(vault: Vault, vault_dir: Path) -> None:
    assert vault.header.settings == {"backup": {"kind": "repo"}}
    assert backup.settings(vault)["kind"] == "repo"
    assert vault.ledger.entries(kinds=("vault.created",))[0].payload["backup_kind"] == "repo"
    vault.lock()
    with open_vault(vault_dir, PASSPHRASE) as again:  # read back from the file, not the object
        assert backup.settings(again)["kind"] == "repo"


def test_the_default_snapshot_is_made_rotated_verified_listed_and_restored(vault: Vault, tmp_path: Path) -> None:
    target = tmp_path / "usb" / "backups"
    backup.configure(vault, target=str(target), keep_daily=1, keep_weekly=0, keep_monthly=0)
    assert backup.status(vault)["reminder_due"] and backup.reminder_text(vault)
    clients.create_client(vault, "Isolde Marchbank", date_of_birth="1980-01-01")
    first = backup.backup_if_changed(vault)  # what the lock and quit call
    assert isinstance(first, SnapshotInfo) and first.verified
    assert Path(first.path).parent == target.resolve() / "snapshots"
    assert not list(target.glob("*.vaultbackup"))
    assert backup.backup_if_changed(vault) is None  # nothing changed since
    clients.create_client(vault, "Caspian Wold", date_of_birth="1981-01-01")
    second = backup.backup_if_changed(vault)
    assert isinstance(second, SnapshotInfo)
    # The rotation (one a day) removed the first snapshot of the same day, and its manifest.
    assert first.path in second.rotated and not Path(first.path).exists()
    assert Repository(target.resolve()).snapshot_paths() == [Path(second.path)]
    listed = backup.list_backups(vault)
    assert [(b["path"], b["state"], b["kind"]) for b in listed] == [(second.path, "verified", "snapshot")]
    status = backup.status(vault)
    assert not status["reminder_due"] and backup.reminder_text(vault) is None
    assert status["last_verified_backup"]["path"] == second.path
    assert backup_repo_restore.verify_copy(Path(second.path), vault=vault)["format"] == "repo"
    restored = tmp_path / "restored"
    backup_repo_restore.restore_copy(Path(second.path), restored, passphrase=PASSPHRASE)
    with open_vault(restored, PASSPHRASE) as copy:
        assert {c.legal_name for c in clients.list_clients(copy)} == {"Isolde Marchbank", "Caspian Wold"}
        assert backup.settings(copy)["kind"] == "repo"  # the copy backs up as its original did


def test_a_single_file_copy_stays_one_call_away(vault: Vault, tmp_path: Path) -> None:
    backup.configure(vault, target=str(tmp_path / "repo"))
    made = backup.create_backup(vault, tmp_path / "stick", verify=True, rotate_old=False)
    assert Path(made.path).name.endswith(".vaultbackup") and made.verified
    assert [b["kind"] for b in backup.list_backups(vault)] == ["file"]
    assert backup.settings(vault)["kind"] == "repo"  # a copy taken elsewhere changes no setting


def test_the_lock_of_a_new_vault_makes_a_snapshot(
    vault: Vault, vault_dir: Path, tmp_path: Path, runner: backup_beside.BackupRunner
) -> None:
    target = tmp_path / "usb"
    backup.configure(vault, target=str(target))  # no kind given: the new vault's own
    clients.create_client(vault, "Ottoline Brackwater", date_of_birth="1979-02-02")
    assert backup_beside.lock_with_backup(vault)
    assert runner.wait(120) and runner.failures == []
    (info,) = runner.finished
    assert Path(info.path).parent == target.resolve() / "snapshots" and info.verified
    assert not list(target.glob("*.vaultbackup"))
    with open_vault(vault_dir, PASSPHRASE) as again:
        assert [(b["path"], b["state"]) for b in backup.list_backups(again)] == [(info.path, "verified")]


def test_an_old_vault_keeps_single_files(tmp_path: Path) -> None:
    folder, phrase = _old_vault(tmp_path)
    target = tmp_path / "usb"
    with open_vault(folder, phrase) as old:
        assert "backup" not in old.header.settings
        assert backup.settings(old)["kind"] == "file"
        backup.configure(old, target=str(target))
        clients.create_client(old, "Wilhelmina Stroud", date_of_birth="1975-03-03")
        made = backup.backup_if_changed(old)
    assert made is not None and not isinstance(made, SnapshotInfo)
    assert Path(made.path).parent == target.resolve() and made.path.endswith(".vaultbackup")
    assert not (target / "chunks").exists() and not (target / "snapshots").exists()
    with open_vault(folder, phrase) as old:
        assert old.header.settings["backup"]["kind"] == "file"  # said explicitly once configured


def test_settings_stored_without_a_kind_still_mean_single_files(vault: Vault, vault_dir: Path,
                                                                tmp_path: Path) -> None:
    """What versions before the "kind" setting stored: a backup dict without it."""
    target = tmp_path / "usb"
    target.mkdir()  # the drive is connected
    vault.update_settings(backup={"target": str(target.resolve()), "keep_daily": 7, "keep_weekly": 4,
                                  "keep_monthly": 12, "reminder_days": 7, "auto": True})
    vault.lock()
    with open_vault(vault_dir, PASSPHRASE) as again:
        assert backup.settings(again)["kind"] == "file"
        clients.create_client(again, "Peregrine Ashdown", date_of_birth="1990-04-04")
        made = backup.backup_if_changed(again)
    assert made is not None and made.path.endswith(".vaultbackup")
    assert not Repository(target.resolve()).is_repository()


def test_a_new_vault_pointed_at_single_file_backups_makes_its_repository_beside_them(
    tmp_path: Path, kdf_params: KdfParams
) -> None:
    target = tmp_path / "usb" / "backups"
    folder, phrase = _old_vault(tmp_path)
    with open_vault(folder, phrase) as old:
        old_file = Path(backup.create_backup(old, target, verify=True).path)
        old_id = old.vault_id
    old_bytes = old_file.read_bytes()

    new = create_vault(tmp_path / "new-vault", PASSPHRASE, params=kdf_params, use_device_secret=False).vault
    new_id = new.vault_id
    try:
        backup.configure(new, target=str(target), keep_daily=1, keep_weekly=0, keep_monthly=0)
        (said,) = [w for w in backup.status(new)["warnings"] if "single-file" in w]
        assert "1 single-file backup. It is left as it is" in said
        clients.create_client(new, "Aurelio Thistlewood", date_of_birth="1985-05-05")
        first = backup.backup_if_changed(new)
        clients.create_client(new, "Bettany Crowle", date_of_birth="1986-06-06")
        second = backup.backup_if_changed(new)
        assert isinstance(first, SnapshotInfo) and isinstance(second, SnapshotInfo)
        assert first.path in second.rotated  # the rotation ran, and never touched the other vault's file
        assert any("single-file" in w for w in second.warnings)
        assert Repository(target.resolve()).snapshot_paths() == [Path(second.path)]
    finally:
        new.lock()
    assert old_file.read_bytes() == old_bytes
    # vault-app-removed.json: the rotation names what it removed (the first snapshot), so that another
    # copy of the vault says "removed by another copy", not "missing" (backup_rotation_removed.py).
    # And each vault's mark of its backup folder (services/backup_folder_mark.py).
    made = ["chunks", "snapshots", "vault-app-repository.json", "vault-app-removed.json",
            mark_path(target, old_id).name, mark_path(target, new_id).name]
    assert sorted(p.name for p in target.iterdir()) == sorted([*made, old_file.name])
    # Still the older vault's restorable backup.
    assert backup.verify_backup(old_file, passphrase=phrase)["ok"]
    # And a repository made beside single files is still a repository to the tools that sweep it.
    assert backup_repo.sweep_repository(target)["chunks_removed"] == 0


def test_a_copy_saved_elsewhere_does_not_stand_in_for_the_backup_folder(vault: Vault, tmp_path: Path) -> None:
    target = tmp_path / "usb"
    backup.configure(vault, target=str(target))
    clients.create_client(vault, "Marisol Fenwick", date_of_birth="1983-08-08")
    backup.create_backup(vault, tmp_path / "stick", verify=True, rotate_old=False)
    assert backup.status(vault)["changed_since_last_backup"]  # the backup folder has not got it yet
    made = backup.backup_if_changed(vault)
    assert isinstance(made, SnapshotInfo) and Path(made.path).parent == target.resolve() / "snapshots"
    assert backup.backup_if_changed(vault) is None and not backup.status(vault)["changed_since_last_backup"]

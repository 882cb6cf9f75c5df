"""A backup drive mounted at another path on a new computer: the restore follows the backup folder
(backup_registry_moved), and the backups registered in other folders of the same drive (single-file
copies saved beside it) are looked for at the same place under the drive's new path, taken only
when the file there is the very backup registered (its checksum).

Found by a walker: the two `.vaultbackup` files in usb/single/ listed "missing", with no way to
point at them, while the drive was plugged in. A file placed at the new path that is not the
registered backup (a hostile or stray file) is not taken. Real vault, real backups, real restore."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import PASSPHRASE
from vault_app.services import backup, backup_repo, clients
from vault_app.services.backup_repo_restore import restore_snapshot
from vault_app.services.vault import Vault, open_vault


def test_files_on_the_moved_drive_are_found_where_it_is_now(vault: Vault, tmp_path: Path) -> None:
    drive = tmp_path / "backupdrive"
    backup.configure(vault, target=str(drive / "vault-backups"), kind="repo")
    clients.create_client(vault, "First Client")
    single = Path(backup.create_backup(vault, drive / "single", verify=True, rotate_old=False).path)
    other = Path(backup.create_backup(vault, drive / "other", verify=True, rotate_old=False).path)
    snapshot = Path(backup_repo.create_incremental(vault, drive / "vault-backups", verify=True).path)
    vault.lock()

    moved = tmp_path / "media-new" / "usb"
    moved.parent.mkdir()
    drive.rename(moved)  # the same drive, mounted elsewhere
    # Someone put another file where the second one would now be: not that backup, not taken.
    hostile = moved / "other" / other.name
    shutil.copyfile(moved / "single" / single.name, hostile)

    restore_snapshot(moved / "vault-backups" / "snapshots" / snapshot.name, tmp_path / "new-laptop",
                     passphrase=PASSPHRASE)
    restored = open_vault(tmp_path / "new-laptop", PASSPHRASE)
    try:
        rows = {Path(b["path"]).name + "@" + Path(b["path"]).parent.name: b for b in backup.list_backups(restored)}
        found = rows[f"{single.name}@single"]
        assert Path(str(found["path"])) == moved / "single" / single.name
        assert found["state"] == "verified"
        kept = rows[f"{other.name}@other"]
        assert Path(str(kept["path"])) == other  # the old path: the file at the new one is another
        assert kept["state"] == "missing"
        # Where it was looked for, and what that may mean: it said "missing" and no more.
        assert kept["changed"] == (f"not found at {other}: its folder is not there. Its drive may be unplugged, "
                                   "or mounted at another place on this computer.")
    finally:
        restored.lock()


def test_a_restore_keeps_what_each_snapshot_added(vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    """The Backups window's Size of a snapshot is what it added to the folder when made; a restore
    over the vault carried the replaced vault's newer snapshots into the register without it, and the
    column stood empty for them (found by a walker)."""
    repo = tmp_path / "usb" / "vault-backups"
    backup.configure(vault, target=str(repo), kind="repo", keep_daily=5)
    clients.create_client(vault, "First Client")
    first = Path(backup_repo.create_incremental(vault, repo, verify=True, rotate_old=False).path)
    clients.create_client(vault, "Second Client")
    second = backup_repo.create_incremental(vault, repo, verify=True, rotate_old=False)
    vault.lock()
    restore_snapshot(first, vault_dir, passphrase=PASSPHRASE, overwrite=True)  # back to the first, in place
    restored = open_vault(vault_dir, PASSPHRASE)
    try:
        rows = {Path(b["path"]): b for b in backup.list_backups(restored)}
        assert rows[Path(second.path)]["bytes_written"] == second.bytes_written
    finally:
        restored.lock()

"""The older of two copies of a vault knows it: another copy wrote backups into the folder after
this one's last (services/backup_superseded.py), with what only this copy holds.

Found in the real app: the old laptop came back from repair after a new computer was restored
from the newest backup; its unlock said only "Unlocked." and a client added there existed only
there. Two real vault copies and a real snapshot repository (and a folder of single files)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from tests.conftest import PASSPHRASE
from vault_app.services import backup, backup_repo, backup_superseded, clients
from vault_app.services.backup_repo_restore import restore_snapshot
from vault_app.services.vault import Vault, open_vault


def _new_computer(snapshot: Path, where: Path, target: Path) -> None:
    """Restored from the newest snapshot, a client added, and a backup of its own made there."""
    restore_snapshot(snapshot, where, passphrase=PASSPHRASE)
    second = open_vault(where, PASSPHRASE)
    try:
        clients.create_client(second, "On The New Computer")
        backup_repo.create_incremental(second, target, verify=True)
        # The new computer, which backs up there, is not the older copy.
        assert backup_superseded.superseded(second) is None
    finally:
        second.lock()


def test_the_old_laptop_learns_it_is_the_older_copy_and_what_only_it_holds(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "usb"
    backup.configure(vault, target=str(target), kind="repo")
    clients.create_client(vault, "Before The Repair")
    made = Path(backup_repo.create_incremental(vault, target, verify=True).path)
    assert backup_superseded.superseded(vault) is None  # its own line: nothing to say
    vault.lock()

    _new_computer(made, tmp_path / "new-computer", target)

    old = open_vault(vault_dir, PASSPHRASE)
    try:
        added = clients.create_client(old, "Only On The Old Laptop")
        found = backup_superseded.superseded(old)
        assert found is not None
        assert Path(found.folder) == target.resolve()
        assert datetime.fromisoformat(found.other_created) >= datetime.fromisoformat(found.parted)
        created = [o for o in found.only_here if o.kind == "client.created"]
        assert created == [backup_superseded.OnlyHere("client.created", 1, (added.chart_number,))]
        # Opening a chart is no work to carry across.
        assert all(o.kind != "chart.opened" for o in found.only_here)
        assert "Only On The Old Laptop" not in repr(found)
    finally:
        old.lock()


def test_a_folder_of_single_files_says_the_same(vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "usb-files"
    backup.configure(vault, target=str(target), kind="file")
    made = backup.create_backup(vault, target, verify=True)
    vault.lock()
    backup.restore_backup(Path(made.path), tmp_path / "new-computer", passphrase=PASSPHRASE)
    second = open_vault(tmp_path / "new-computer", PASSPHRASE)
    try:
        clients.create_client(second, "On The New Computer")
        backup.create_backup(second, target, verify=True)
        assert backup_superseded.superseded(second) is None
    finally:
        second.lock()
    old = open_vault(vault_dir, PASSPHRASE)
    try:
        found = backup_superseded.superseded(old)
        assert found is not None and found.other_created and found.parted
        assert found.only_here == ()  # nothing entered here since
    finally:
        old.lock()

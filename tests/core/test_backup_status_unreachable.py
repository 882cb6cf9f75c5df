"""The last verified backup when its folder is not reachable now (a drive not connected, a folder
renamed or unmounted). Found in the real app: after a restart, the dashboard said "Never" for a
vault whose verified backups sat in a read-only bind mount that had been unmounted."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import reopen
from vault_app.services import backup, backup_registry, reminders
from vault_app.services.vault import Vault


def test_a_verified_backup_in_a_folder_not_reachable_now_is_dated_and_named(vault: Vault, tmp_path: Path) -> None:
    drive = tmp_path / "usb-drive"
    drive.mkdir()
    backup.create_backup(vault, drive, verify=True)
    here = backup.status(vault)
    assert here["verified_backup_age_days"] is not None and here["last_verified_unreachable"] is None
    assert here["unreachable_backup_folder"] is None

    drive.rename(tmp_path / "usb-drive-unplugged")  # the mount point empty, as once unmounted
    folder = vault.folder
    vault.lock()
    with reopen(folder) as again:  # after a restart: everything read from the ledger again
        away = backup.status(again)
        # Not reachable, so not the last verified one here (the reminder stays due)...
        assert away["verified_backup_age_days"] is None and away["reminder_due"] is True
        # ...but it exists: its date and its folder, for the dashboard to say.
        assert away["last_verified_unreachable"] is not None
        assert away["last_verified_unreachable"]["state"] == "missing"
        assert away["unreachable_backup_age_days"] == 0
        assert away["unreachable_backup_folder"] == str(drive.resolve())
        # The status bar's reminder does not say "no verified backup yet": it is a day old at most.
        line = reminders.status_line(again)
        assert line.gap is None and line.backup_due is False and line.backup_age_days == 0
        assert "no verified backup" not in (line.english() or "")


def test_a_newer_reachable_backup_leaves_the_unreachable_one_unsaid(vault: Vault, tmp_path: Path) -> None:
    old, new = tmp_path / "old-drive", tmp_path / "new-drive"
    old.mkdir()
    new.mkdir()
    backup.create_backup(vault, old, verify=True)
    backup.create_backup(vault, new, verify=True)
    old.rename(tmp_path / "old-drive-away")
    status = backup.status(vault)
    assert status["verified_backup_age_days"] is not None
    assert status["last_verified_unreachable"] is None and status["unreachable_backup_age_days"] is None


def test_an_unreachable_backup_never_verified_is_not_taken_for_a_checked_copy(vault: Vault, tmp_path: Path) -> None:
    drive = tmp_path / "drive"
    drive.mkdir()
    made = backup.create_backup(vault, drive, verify=False)
    drive.rename(tmp_path / "drive-away")
    status = backup.status(vault)
    assert status["last_verified_unreachable"] is None and status["verified_backup_age_days"] is None
    (item,) = backup_registry.registered(vault)
    assert item.state() == "missing" and Path(item.path).name == Path(made.path).name

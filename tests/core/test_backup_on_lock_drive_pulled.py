"""The backup on lock with its drive pulled out while it is built (services/backup_beside.py),
and a folder in the failure kept beside the locked vault that is not this vault's backup folder
(services/backup_beside_control.py).

Found in review: the backup on lock was not wrapped in the "backup folder went away" words
(services/backup_folder_gone.py wrapped Back up now and `backup create` only), so a drive pulled
during the backup on lock still said "not found while reading a backup part. Check the path you
gave" in the status bar and at the next unlock. And the failure kept beside the vault (plain JSON
anyone can replace) had its folder copied into the sealed header and said as it was written.

The drive is pulled for real: its folder renamed away once the staging copy is complete."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import reopen
from vault_app.services import backup, backup_beside, backup_beside_control, backup_registry, clients
from vault_app.services.backup_beside_control import BESIDE_NAME, KEPT_KEY
from vault_app.services.vault import Vault


def test_a_drive_pulled_during_the_backup_on_lock_is_said_as_gone(vault: Vault, tmp_path: Path) -> None:
    drive, away = tmp_path / "usb", tmp_path / "usb-unplugged"
    target = drive / "vault-backups"
    target.mkdir(parents=True)
    backup_registry.configure(vault, target=str(target), kind="file")
    clients.create_client(vault, "Theodora Quillfeather")
    folder = vault.folder
    backup_beside_control.take_last_failure()

    def pull(step: str) -> None:
        if step == "snapshot":  # the copy is on the drive; packing comes next
            drive.rename(away)

    runner = backup_beside.runner()
    runner.checkpoint = pull
    try:
        assert backup_beside.lock_with_backup(vault)
        assert runner.wait(120)
    finally:
        runner.checkpoint = None
    failure = backup_beside_control.last_failure()
    assert failure is not None
    text, _when, code = failure
    assert code == "backup.folder_gone", text
    assert backup_beside_control.last_params() == {"folder": str(target)}
    assert "went away" in text and "path you gave" not in text and "Theodora" not in text
    beside = json.loads((folder / BESIDE_NAME).read_text())
    assert beside["code"] == "backup.folder_gone" and beside["folder"] == str(target)
    backup_beside_control.take_last_failure()  # Quit from the lock screen
    away.rename(drive)  # connected again
    with reopen(folder) as again:
        kept = again.header.settings[KEPT_KEY]
        assert kept["code"] == "backup.folder_gone" and kept["params"] == {"folder": str(target)}
        assert "path you gave" not in kept["text"]


def _kept_beside_with(vault: Vault, tmp_path: Path, folder_said: str) -> Path:
    """A failure kept beside the locked vault, naming `folder_said` as its backup folder."""
    target = tmp_path / "drive" / "vault-backups"
    target.mkdir(parents=True)
    backup_registry.configure(vault, target=str(target), kind="file")
    folder = vault.folder
    data = {"code": "backup.target_missing", "at": "2026-12-05T10:00:00+00:00", "vault_id": vault.vault_id,
            "seq": vault.ledger.head().seq, "folder": folder_said}
    vault.lock()
    (folder / BESIDE_NAME).write_text(json.dumps(data))
    return target


@pytest.mark.parametrize("said", ["/etc/not-the-backup-folder", "any words at all"])
def test_a_folder_beside_that_is_not_the_backup_folder_is_dropped(vault: Vault, tmp_path: Path, said: str) -> None:
    folder = vault.folder
    _kept_beside_with(vault, tmp_path, said)
    with reopen(folder) as again:
        found = backup_beside_control.kept(again)
        kept = again.header.settings[KEPT_KEY]
    assert found is not None
    (text, _when, code), params = found
    assert code == "backup.target_missing" and params == {}  # still said, without the folder
    assert said not in text and "  " not in text
    assert kept["params"] == {} and said not in kept["text"]


def test_the_vaults_own_backup_folder_beside_is_kept(vault: Vault, tmp_path: Path) -> None:
    folder = vault.folder
    target_said = str(tmp_path / "drive" / "vault-backups")
    _kept_beside_with(vault, tmp_path, target_said)
    with reopen(folder) as again:
        found = backup_beside_control.kept(again)
        kept = again.header.settings[KEPT_KEY]
    assert found is not None and found[1] == {"folder": target_said}
    assert kept["params"] == {"folder": target_said} and target_said in kept["text"]


def test_a_folder_its_backups_were_made_in_is_kept_too(vault: Vault, tmp_path: Path) -> None:
    """A folder backed up into before the settings named another (the register names it)."""
    folder = vault.folder
    earlier = tmp_path / "old-drive"
    earlier.mkdir()
    backup.create_backup(vault, earlier)
    _kept_beside_with(vault, tmp_path, str(earlier))
    with reopen(folder) as again:
        found = backup_beside_control.kept(again)
    assert found is not None and found[1] == {"folder": str(earlier)}

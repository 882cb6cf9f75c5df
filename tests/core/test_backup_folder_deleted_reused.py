"""A backup folder deleted (or its drive wiped) and a new one made at the same path
(services/backup_folder_lost.py).

Before: the new empty folder was said as "the backup drive is not connected"; chosen again, the
old backups stayed "missing" for good and the Today screen said the newest checked one was "no
longer in" the folder. Now: on the drive the folder was marked on, the folder is known as
deleted and made again, said, and started afresh; elsewhere, choosing it again starts it afresh.
Either way the old backups' record stays in the ledger, their state "lost".

The drive tables are laid out as in test_backup_drive_swapped (the suite cannot mount a drive)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.core.test_backup_drive_swapped import UUID_A, Drives
from vault_app.domain.errors import EnvironmentProblem
from vault_app.services import backup, backup_registry, clients
from vault_app.services.backup_last_verified import last_verified
from vault_app.services.vault import Vault


def _made(vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *, drive_told: bool) -> tuple[Path, str]:
    drive = tmp_path / "usb"
    drive.mkdir()
    if drive_told:
        Drives(tmp_path / "system", drive, monkeypatch).plug(UUID_A)
    backup_registry.configure(vault, target=str(drive), kind="file")
    backup.create_to_target(vault, drive)
    clients.create_client(vault, "Theodora Quillfeather")
    # The second: the new folder's first backup takes the first one's name (the register is by path).
    old = backup.create_to_target(vault, drive).path
    shutil.rmtree(drive)  # the therapist deletes the backup folder...
    drive.mkdir()  # ...and makes a new one with the same name
    return drive, old


def _says_lost(vault: Vault, old: str) -> None:
    [row] = [b for b in backup_registry.registered(vault, include_removed=True) if b.path == old]
    assert row.state() == "lost"
    assert [r for r in backup.list_backups(vault) if r["state"] == "missing"] == []
    said = last_verified(vault)
    assert said.where == "here", said  # not "away: connect its drive"
    made = vault.ledger.entries(kinds=(backup_registry.CREATED,))
    assert old in [e.payload["path"] for e in made] and len(made) == 3  # the old ones' record stays


def test_a_folder_deleted_and_made_again_on_the_same_drive_is_said_and_started_afresh(
        vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    drive, old = _made(vault, tmp_path, monkeypatch, drive_told=True)
    # Before the next backup, the Today screen and the Backups window: the backup is gone from
    # the folder (make a new one), not on a drive to connect.
    assert last_verified(vault).where == "gone"
    info = backup.create_to_target(vault, drive)
    assert Path(info.path).exists()
    assert any(w.startswith(f"The backup folder {drive} was deleted or emptied since the last backup: the backups "
                            "made in it before went with it") for w in info.warnings), info.warnings
    _says_lost(vault, old)


def test_where_the_drive_is_not_told_it_is_refused_then_choosing_it_again_starts_afresh(
        vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    drive, old = _made(vault, tmp_path, monkeypatch, drive_told=False)
    with pytest.raises(EnvironmentProblem) as caught:  # may be an unplugged drive's mount point
        backup.create_to_target(vault, drive)
    assert caught.value.code == "backup.drive_not_connected"
    backup_registry.configure(vault, target=str(drive))  # the therapist: this is the folder
    assert Path(backup.create_to_target(vault, drive).path).exists()
    _says_lost(vault, old)


def test_a_drive_away_is_still_refused_and_its_backups_not_lost(
        vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    drive = tmp_path / "usb"
    drive.mkdir()
    drives = Drives(tmp_path / "system", drive, monkeypatch)
    drives.plug(UUID_A)
    backup_registry.configure(vault, target=str(drive), kind="file")
    old = backup.create_to_target(vault, drive).path
    clients.create_client(vault, "Theodora Quillfeather")
    drive.rename(tmp_path / "usb-away")
    drive.mkdir()  # the mount point on the laptop's own disk: not the drive's file system
    drives.unplug()
    with pytest.raises(EnvironmentProblem) as caught:
        backup.create_to_target(vault, drive)
    assert caught.value.code == "backup.drive_not_connected"
    assert [b.path for b in backup_registry.registered(vault)] == [old]  # not lost: away
    assert last_verified(vault).where == "away"


def test_the_backup_on_lock_into_it_is_said_at_the_next_unlock(
        vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.conftest import reopen
    from vault_app.services import backup_beside, backup_folder_lost, reminders

    drive, _old = _made(vault, tmp_path, monkeypatch, drive_told=True)
    folder = vault.folder
    clients.create_client(vault, "Ines Lockwood")  # something for the backup on lock to hold
    assert backup_beside.lock_with_backup(vault)  # nobody there to read what it found
    assert backup_beside.runner().wait(120)
    assert list(drive.glob(backup_registry.SINGLE_FILE_GLOB))
    with reopen(folder) as again:
        news = [n for n in reminders.status_line(again).news if n.kind == reminders.BACKUP_FOLDER_LOST]
        assert [n.value for n in news] == [str(drive)]
        assert news[0].english.startswith(f"The backup folder {drive} was deleted or emptied")
    with reopen(folder) as again:  # said at every unlock after, until the therapist says it was read
        news = [n for n in reminders.status_line(again).news if n.kind == reminders.BACKUP_FOLDER_LOST]
        assert [n.value for n in news] == [str(drive)]
        backup_folder_lost.mark_read(again, [int(f["seq"]) for f in backup_folder_lost.unread(again)])
    with reopen(folder) as again:
        assert not [n for n in reminders.status_line(again).news if n.kind == reminders.BACKUP_FOLDER_LOST]
        assert [f["folder"] for f in backup_folder_lost.folders_lost(again)] == [str(drive)]  # `backup list` still

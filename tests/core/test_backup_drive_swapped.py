"""Another drive at the backup folder's path (services/backup_volume.py, backup_folder_connected.py).

The mark said "this vault backs up here" but not on which drive: a second drive mounted at the
same path with a copy of the backup folder (or of the mark alone) was taken for the backup drive,
and its rotation then ran on the wrong drive's files. The drive is told by its file system's
UUID, as Linux publishes it (/proc/self/mountinfo names the device holding the folder,
/dev/disk/by-uuid names its UUID): the suite cannot mount a drive, so the test lays out those two
tables for its tmp folder and changes them as a plugging would. Everything else is real: the
vault, the backups, the mark, the folder.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from vault_app.domain.errors import EnvironmentProblem
from vault_app.services import backup, backup_beside, backup_beside_control, backup_registry, backup_volume, clients
from vault_app.services.backup_folder_mark import mark_path
from vault_app.services.vault import Vault

UUID_A, UUID_B = "5E2A-11C4", "0C4D-77F0"


class Drives:
    """The system's two tables for `folder`: which device holds it, and that device's UUID."""

    def __init__(self, root: Path, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.root, self.folder = root, folder
        self.by_uuid = root / "by-uuid"
        self.by_uuid.mkdir(parents=True)
        self.mountinfo = root / "mountinfo"
        monkeypatch.setattr(backup_volume, "MOUNTINFO", self.mountinfo)
        monkeypatch.setattr(backup_volume, "BY_UUID", self.by_uuid)

    def plug(self, uuid: str, device: str = "sdb1") -> None:
        """The drive `uuid` mounted at the folder, seen as `device` (the next plugging may be sdc1)."""
        dev = os.stat(self.folder).st_dev
        point = str(self.folder).replace(" ", "\\040")
        self.mountinfo.write_text(
            f"27 1 254:0 / / rw,relatime - ext4 /dev/vda rw\n"
            f"88 27 {os.major(dev)}:{os.minor(dev)} / {point} rw,nosuid - vfat {self.root}/dev/{device} rw\n")
        for link in self.by_uuid.iterdir():
            link.unlink()
        (self.by_uuid / uuid).symlink_to(self.root / "dev" / device)

    def unplug(self) -> None:
        """Nothing mounted at the folder: it is a folder of the computer's own disk (no UUID here)."""
        self.mountinfo.write_text("27 1 254:0 / / rw,relatime - ext4 /dev/vda rw\n")


def _set_up(vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str = "file") -> tuple[Path, Drives]:
    drive = tmp_path / "usb backups"
    drive.mkdir()
    drives = Drives(tmp_path / "system", drive, monkeypatch)
    drives.plug(UUID_A)
    backup_registry.configure(vault, target=str(drive), kind=kind)
    backup.create_to_target(vault, drive)
    clients.create_client(vault, "Theodora Quillfeather")  # something to back up next
    return drive, drives


def _mark(vault: Vault, drive: Path) -> dict[str, str]:
    data: dict[str, str] = json.loads(mark_path(drive, vault.vault_id).read_text())
    return data


@pytest.mark.parametrize("kind", ["file", "repo"])
def test_another_drive_with_a_copy_of_the_folder_is_said_and_nothing_is_written(
        vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    drive, drives = _set_up(vault, tmp_path, monkeypatch, kind)
    assert _mark(vault, drive)["volume"] == UUID_A
    before = sorted(str(p.relative_to(drive)) for p in drive.rglob("*"))
    drives.plug(UUID_B)  # another drive, holding a copy of the backup folder, mark and all
    for write in (lambda: backup.create_to_target(vault, drive), lambda: backup.backup_if_changed(vault)):
        with pytest.raises(EnvironmentProblem) as caught:
            write()
        assert caught.value.code == "backup.drive_swapped", str(caught.value)
        assert caught.value.params == {"folder": str(drive)}
        assert f"The drive at {drive} is not the drive this vault's backups were made on" in str(caught.value)
        assert "choose the folder again" in (caught.value.hint or "")
    assert sorted(str(p.relative_to(drive)) for p in drive.rglob("*")) == before

    # The therapist means it: this drive is the backup drive now.
    backup_registry.configure(vault, target=str(drive))
    assert _mark(vault, drive)["volume"] == UUID_B
    assert Path(backup.create_to_target(vault, drive).path).exists()


def test_the_backup_on_lock_into_a_swapped_drive_is_said_by_its_code(
        vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _drive, drives = _set_up(vault, tmp_path, monkeypatch)
    drives.plug(UUID_B)
    backup_beside_control.take_last_failure()
    assert not backup_beside.lock_with_backup(vault)
    assert backup_beside.runner().wait(120)
    failure = backup_beside_control.last_failure()
    assert failure is not None and failure[2] == "backup.drive_swapped", failure
    backup_beside_control.take_last_failure()


def test_the_same_drive_plugged_in_again_as_another_device_is_the_backup_drive(
        vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    drive, drives = _set_up(vault, tmp_path, monkeypatch)
    drives.plug(UUID_A, device="sdc1")  # an ordinary remount: another device name, the same file system
    assert Path(backup.create_to_target(vault, drive).path).exists()


def test_a_mark_from_before_the_drive_was_recorded_is_given_it_with_the_same_folder_id(
        vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    drive, _drives = _set_up(vault, tmp_path, monkeypatch)
    old = _mark(vault, drive)
    del old["volume"]
    mark_path(drive, vault.vault_id).write_text(json.dumps(old))
    backup.create_to_target(vault, drive)
    now = _mark(vault, drive)
    assert now["volume"] == UUID_A and now["folder_id"] == old["folder_id"]


def test_no_drive_check_where_the_system_tells_no_uuid(vault: Vault, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    drive, drives = _set_up(vault, tmp_path, monkeypatch)
    for link in drives.by_uuid.iterdir():
        link.unlink()  # a network share, a container without udev: nothing said, nothing refused
    assert backup_volume.volume_of(drive) is None
    assert Path(backup.create_to_target(vault, drive).path).exists()


@pytest.mark.parametrize("verify", [True, False])
def test_the_first_backup_into_a_new_folder_whose_drive_is_swapped_mid_write_leaves_nothing_looking_made(
        vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, verify: bool) -> None:
    """No mark yet, nothing registered there: nothing to compare the drive with but the backup's own
    file. Before: unchecked, the mark was written onto the drive swapped in (an empty mount point
    here), so the next backups took it for the backup drive; checked, it said "not found while
    reading the backup file. Check the path you gave"."""
    drive = tmp_path / "new usb"
    drive.mkdir()
    away = tmp_path / "new usb-pulled"
    real_pack = backup.pack_folder

    def packed_then_swapped(*args: object, **kwargs: object) -> tuple[str, int]:
        done = real_pack(*args, **kwargs)  # type: ignore[arg-type]
        drive.rename(away)  # the drive pulled out, the file whole on it...
        drive.mkdir()  # ...and another (empty) one, or the bare mount point, at its path
        return done

    monkeypatch.setattr(backup, "pack_folder", packed_then_swapped)
    with pytest.raises(EnvironmentProblem) as caught:
        backup.create_backup(vault, drive, verify=verify)
    assert caught.value.code == "backup.folder_gone", str(caught.value)
    assert list(drive.iterdir()) == []  # no mark, no backup in what is there now
    assert not mark_path(away, vault.vault_id).exists()
    assert list(away.glob(backup_registry.SINGLE_FILE_GLOB)) == []  # only a hidden partial file, if any
    assert backup_registry.registered(vault) == []


def test_the_first_snapshot_into_a_new_folder_whose_drive_is_swapped_mid_write_leaves_nothing_made(
        vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from vault_app.services import backup_repo

    drive = tmp_path / "new usb"
    drive.mkdir()
    real_store = backup_repo.store_parts

    def stored_then_swapped(*args: object, **kwargs: object) -> object:
        done = real_store(*args, **kwargs)  # type: ignore[arg-type]
        drive.rename(tmp_path / "new usb-pulled")
        drive.mkdir()
        return done

    monkeypatch.setattr(backup_repo, "store_parts", stored_then_swapped)
    with pytest.raises(EnvironmentProblem) as caught:
        backup_repo.create_incremental(vault, drive, verify=False)
    assert caught.value.code == "backup.folder_gone", str(caught.value)
    assert list(drive.iterdir()) == []  # no mark, no repository begun in what is there now
    assert backup_registry.registered(vault) == []

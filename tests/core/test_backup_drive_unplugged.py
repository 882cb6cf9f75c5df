"""A backup drive unplugged whose mount point stays behind as an empty folder on the laptop's disk
(services/backup_folder_connected.py, backup_folder_mark.py).

Found in the real app: a drive unmounted mid-backup said "A file or folder was not found while
reading the backup file. Check the path you gave"; then Lock now wrote a full backup into the
empty mount point, the next `backup create` of a snapshot repository started a new repository
there (and an interrupted one left `usb/chunks/5b`), and the Today screen said the last verified
backup was "in" that folder.

The unplugged drive here: its folder renamed away (what the drive holds) and an empty folder made
at its path (the mount point left behind); plugged in again: renamed back. A different device
cannot be made without root: the mark is what is tested (see backup_folder_connected.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from vault_app.domain.errors import EnvironmentProblem
from vault_app.services import backup, backup_beside, backup_beside_control, backup_registry, clients
from vault_app.services.backup_folder_mark import is_marked, mark_path
from vault_app.services.backup_last_verified import last_verified
from vault_app.services.vault import Vault

KINDS = ["file", "repo"]


def _unplug(drive: Path) -> Path:
    away = drive.with_name(drive.name + "-unplugged")
    drive.rename(away)
    drive.mkdir()  # the mount point, left behind on the laptop's own disk
    return away


def _plug_in(drive: Path, away: Path) -> None:
    drive.rmdir()
    away.rename(drive)


def _set_up(vault: Vault, tmp_path: Path, kind: str) -> Path:
    drive = tmp_path / "usb"
    drive.mkdir()
    backup_registry.configure(vault, target=str(drive), kind=kind)
    backup.create_to_target(vault, drive)
    clients.create_client(vault, "Theodora Quillfeather")  # something to back up next
    return drive


@pytest.mark.parametrize("kind", KINDS)
def test_nothing_is_written_into_an_unplugged_drives_empty_mount_point(vault: Vault, tmp_path: Path,
                                                                       kind: str) -> None:
    drive = _set_up(vault, tmp_path, kind)
    away = _unplug(drive)
    writers = [lambda: backup.create_to_target(vault, drive),  # Back up now, `backup create`, `backup auto`
               lambda: backup.backup_if_changed(vault),  # at Quit
               lambda: backup.create_backup(vault, drive, verify=True)]  # `backup create --to`
    if kind == "repo":
        from vault_app.services.backup_repo import create_incremental

        writers.append(lambda: create_incremental(vault, drive, verify=True))
    for write in writers:
        with pytest.raises(EnvironmentProblem) as caught:
            write()
        err = caught.value
        assert err.code == "backup.drive_not_connected", str(err)
        assert err.params == {"folder": str(drive)}
        assert f"The backup drive of {drive} is not connected (its folder is empty). Nothing was written." in str(err)
        assert "Theodora" not in str(err)
        assert list(drive.iterdir()) == []  # no backup, no new repository, no mark
    # The Today screen: its last verified backup is away (connect its drive), not "in" the folder.
    said = last_verified(vault)
    assert said.where == "away" and said.folder == str(drive)

    _plug_in(drive, away)
    info = backup.create_to_target(vault, drive)
    assert Path(info.path).exists()


def test_the_backup_on_lock_writes_nothing_into_the_mount_point_and_is_said_next(vault: Vault,
                                                                                 tmp_path: Path) -> None:
    drive = _set_up(vault, tmp_path, "file")
    _unplug(drive)
    backup_beside_control.take_last_failure()
    assert not backup_beside.lock_with_backup(vault)  # locked, nothing started
    assert backup_beside.runner().wait(120)
    failure = backup_beside_control.last_failure()
    assert failure is not None
    text, _when, code = failure
    assert code == "backup.drive_not_connected", text
    assert backup_beside_control.last_params() == {"folder": str(drive)}
    assert list(drive.iterdir()) == []
    backup_beside_control.take_last_failure()


@pytest.mark.parametrize("kind", KINDS)
def test_a_folder_from_before_the_mark_is_marked_at_its_next_backup(vault: Vault, tmp_path: Path,
                                                                    kind: str) -> None:
    drive = _set_up(vault, tmp_path, kind)
    mark_path(drive, vault.vault_id).unlink()  # as a folder backed up into before this version
    info = backup.create_to_target(vault, drive)
    assert Path(info.path).exists()
    assert is_marked(drive, vault.vault_id)


def test_a_mark_deleted_by_hand_with_the_backups_is_said_and_choosing_the_folder_again_marks_it(
        vault: Vault, tmp_path: Path) -> None:
    drive = _set_up(vault, tmp_path, "file")
    for item in drive.iterdir():
        item.unlink()
    (drive / "holiday photos.txt").write_text("not the backups")
    with pytest.raises(EnvironmentProblem) as caught:
        backup.create_to_target(vault, drive)
    assert caught.value.code == "backup.folder_not_marked", str(caught.value)
    assert "choose it again" in (caught.value.hint or "")
    assert sorted(p.name for p in drive.iterdir()) == ["holiday photos.txt"]
    backup_registry.configure(vault, target=str(drive))  # the therapist means this folder
    assert is_marked(drive, vault.vault_id)
    assert Path(backup.create_to_target(vault, drive).path).exists()


def test_a_folder_deliberately_chosen_is_marked_with_its_first_backup_privately(vault: Vault,
                                                                                 tmp_path: Path) -> None:
    drive = _set_up(vault, tmp_path, "file")
    new = tmp_path / "new-drive"
    new.mkdir()
    backup_registry.configure(vault, target=str(new))
    assert list(new.iterdir()) == []  # nothing until a backup is made there
    info = backup.create_to_target(vault, new)
    made = mark_path(new, vault.vault_id)
    assert is_marked(new, vault.vault_id) and made.stat().st_mode & 0o077 == 0
    assert sorted(p.name for p in new.iterdir()) == sorted([made.name, Path(info.path).name])  # no temporary file
    shutil.rmtree(drive)  # the old drive's folder, not connected: not asked
    assert Path(backup.create_to_target(vault, new).path).exists()


@pytest.mark.parametrize("kind", KINDS)
def test_a_drive_swapped_for_its_mount_point_mid_write_is_said_gone_and_leaves_nothing(
        vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    drive = _set_up(vault, tmp_path, kind)
    if kind == "repo":
        from vault_app.services import backup_repo

        real_store = backup_repo.store_parts

        def unplugged_then_store(*args: object, **kwargs: object) -> object:
            _unplug(drive)
            return real_store(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(backup_repo, "store_parts", unplugged_then_store)
    else:
        real_snapshot = backup.snapshot_vault

        def snapshot_then_unplugged(v: Vault, staging: Path) -> object:
            made = real_snapshot(v, staging)
            _unplug(drive)
            return made

        monkeypatch.setattr(backup, "snapshot_vault", snapshot_then_unplugged)
    with pytest.raises(EnvironmentProblem) as caught:
        backup.create_to_target(vault, drive)
    err = caught.value
    assert err.code == "backup.folder_gone", str(err)
    assert f"The backup folder {drive} went away while the backup was being written" in str(err)
    assert "path you gave" not in str(err)
    assert list(drive.iterdir()) == []  # no chunks/5b, no backup file on the laptop's disk


@pytest.mark.parametrize("kind", KINDS)
def test_a_drive_unplugged_with_its_mount_point_gone_is_refused_and_nothing_is_made(vault: Vault, tmp_path: Path,
                                                                                      kind: str) -> None:
    """`backup create --to DIR` made a missing DIR (on the laptop's own disk, under the drive's
    name) and only then refused it as not connected: found, an empty folder left where the drive
    mounts. Refused first, nothing made."""
    drive = _set_up(vault, tmp_path, kind)
    away = drive.with_name("usb-unplugged")
    drive.rename(away)  # unplugged, its mount point gone with it
    writers = [lambda: backup.create_backup(vault, drive, verify=True)]  # `backup create --to`
    if kind == "repo":
        from vault_app.services.backup_repo import create_incremental

        writers.append(lambda: create_incremental(vault, drive, verify=True))  # `backup create --incremental`
    for write in writers:
        with pytest.raises(EnvironmentProblem) as caught:
            write()
        assert caught.value.code in ("backup.drive_not_connected", "backup.folder_not_marked"), str(caught.value)
        assert not drive.exists(), "the refused folder was made"

"""The PIN's check that the vault folder is the one the window locked (lock_anchor.replaced_since_lock)
holds on a drive that keeps no file ids, and still catches a real replacement.

Found (forty-sixth round, on a real exFAT drive read through FUSE): the folder's inode number changed
once the system forgot it (`echo 2 > /proc/sys/vm/drop_caches`, after a long lock), so the folder
locked was taken for another put in its place, and the PIN was refused with "This vault was restored
from a backup, or replaced by an older copy, by another program while this window was locked" though
nothing had happened. On such drives the folder is told by a random stamp written into it at the lock.

Real drives: an exFAT image mounted through FUSE (tests/fuse_drive.py; skipped with the reason where
mounting is not possible), the test's own disk for the drive that keeps its ids. Real vaults, a real
backup restored into the folder's place (made after the lock: it holds every ledger entry the locked
vault had, so only the folder itself tells it)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.fuse_drive import mounted
from vault_app.crypto.kdf import KdfParams
from vault_app.services import backup, lock_anchor
from vault_app.services.backup_restore import restore_backup
from vault_app.services.vault import create_vault, open_vault
from vault_app.storage import drive_ids


def _forget_every_file() -> None:
    """The system's caches of file ids dropped, as a long lock on a busy computer does."""
    os.sync()
    try:
        with open("/proc/sys/vm/drop_caches", "w", encoding="ascii") as caches:
            caches.write("2\n")
    except OSError as exc:
        pytest.skip(f"cannot make the system forget its files here ({exc.strerror})")


def _locked(folder: Path, kdf_params: KdfParams) -> None:
    vault = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False).vault
    lock_anchor.remember(vault)
    vault.lock()


def _replaced_by_a_backup_made_since(folder: Path, kdf_params: KdfParams, usb: Path) -> None:
    """Another program: a backup made after the lock, the folder moved aside, the backup restored in its place."""
    with open_vault(folder, PASSPHRASE) as vault:
        made = backup.create_backup(vault, usb)
    folder.rename(folder.with_name(folder.name + "-aside"))
    restore_backup(Path(made.path), folder, passphrase=PASSPHRASE)


def test_on_an_exfat_drive_the_folder_forgotten_by_the_system_is_still_the_one_locked(
        tmp_path: Path, kdf_params: KdfParams) -> None:
    with mounted("exfat", tmp_path) as drive:
        assert not drive_ids.keeps_ids(drive)
        folder = drive / "Vault"
        _locked(folder, kdf_params)
        before = folder.stat().st_ino
        _forget_every_file()
        assert folder.stat().st_ino != before, "the drive kept the folder's id: nothing to check here"
        assert not lock_anchor.replaced_since_lock(folder)
        with open_vault(folder, PASSPHRASE):  # the vault continued by any program is still the one locked
            pass
        assert not lock_anchor.replaced_since_lock(folder)
        # A real replacement on that drive is still told.
        _replaced_by_a_backup_made_since(folder, kdf_params, tmp_path / "usb")
        assert lock_anchor.replaced_since_lock(folder)
        lock_anchor.forget(folder)


def test_on_a_disk_that_keeps_ids_a_folder_put_in_its_place_is_told_and_nothing_is_written(
        tmp_path: Path, kdf_params: KdfParams) -> None:
    folder = tmp_path / "vault"
    assert drive_ids.keeps_ids(folder.parent)
    _locked(folder, kdf_params)
    assert not (folder / lock_anchor.STAMP_FILE).exists()  # the folder's ids tell it here
    assert not lock_anchor.replaced_since_lock(folder)
    _replaced_by_a_backup_made_since(folder, kdf_params, tmp_path / "usb")
    assert lock_anchor.replaced_since_lock(folder)
    lock_anchor.forget(folder)


@pytest.mark.parametrize(("fs", "kept"), [("ext4", True), ("btrfs", True), ("ntfs3", True), ("vfat", False),
                                          ("exfat", False), ("fuseblk", False), ("fuse.exfat-fuse", False),
                                          ("fuse", False)])
def test_the_drives_that_keep_no_ids(tmp_path: Path, fs: str, kept: bool) -> None:
    table = tmp_path / "mountinfo"
    table.write_text("22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw\n"
                     f"40 22 7:0 / /media/My\\040Stick rw,nosuid - {fs} /dev/loop0 rw\n")
    assert drive_ids.keeps_ids(Path("/media/My Stick/Vault"), table) is kept
    assert drive_ids.keeps_ids(Path("/media/My Stickers"), table)  # another folder, on the root's ext4
    assert drive_ids.keeps_ids(Path("/anywhere"), tmp_path / "no table")  # unknown: as before

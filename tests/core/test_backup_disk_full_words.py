"""A full disk met while backing up is said as which disk, with what is free there: the backup
folder's drive, the disk that holds the vault, or the one disk that holds both. Found by a walker
with a full backup drive: every message said only "The disk is full" (and Quit offered to "Wait
and connect the drive", connected). Real vault, real small file systems (tmpfs, as root: the CI
container), real backups; skipped where a tmpfs cannot be mounted."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.core.test_faults_diskfull import _fill, small_filesystem
from vault_app.domain.errors import DiskFull
from vault_app.services import attachments, backup, backup_disk_full, backup_repo, clients
from vault_app.services.vault import Vault


def _big(vault: Vault) -> None:
    client_id = clients.create_client(vault, "Tamsin Oakhurst").client_id
    attachments.add_attachment(vault, client_id, b"%PDF-1.4\n" + os.urandom(600_000), kind="consent",
                               filename="scan.pdf")


@pytest.mark.parametrize("kind", ["file", "repo"])
def test_a_full_backup_drive_is_named_with_what_is_free(vault: Vault, tmp_path: Path, kind: str) -> None:
    _big(vault)
    with small_filesystem(tmp_path / "usb", "2m") as drive:
        folder = drive / "backups"
        folder.mkdir()
        _fill(drive, 200_000)
        make = backup.create_backup if kind == "file" else backup_repo.create_incremental
        with pytest.raises(DiskFull) as caught:
            make(vault, folder, rotate_old=False)
        said = caught.value
        assert said.code == backup_disk_full.BACKUP_DRIVE_FULL
        assert said.message.startswith(f"The drive of the backup folder {folder} is full (")
        assert " KiB free; a backup of this vault needs up to about " in said.message  # under a MiB: in KiB
        assert said.message.endswith("): the backup was not made.")
        # What the backup needs beside what is free (a walker saw "9.0 MiB free" alone): at
        # least the 600 KB attachment it copies, said in MiB.
        needed = said.params["needed"]
        assert needed in said.message and needed.endswith(" MiB") and float(needed.split()[0]) >= 0.5, needed
        assert "Free some space on that drive" in said.hint
        assert said.params["folder"] == str(folder)
        assert not [p for p in folder.rglob(".*")], "nothing half-written left"
    vault.lock()


@pytest.mark.parametrize(("where", "expected"), [
    ("vault's disk full", backup_disk_full.VAULT_DISK_FULL),
    ("drive with room", backup_disk_full.BACKUP_DRIVE_FULL),
    ("one disk", backup_disk_full.SHARED_DISK_FULL),
])
def test_which_disk_is_told_by_the_file_systems(tmp_path: Path, where: str, expected: str) -> None:
    """Which disk when the system named no file (a write that runs out of room names none)."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    with small_filesystem(tmp_path / "small", "8m") as small:
        if where == "vault's disk full":
            _fill(small, 100_000)
            vault_folder, folder = small / "vault", elsewhere / "backups"
        elif where == "drive with room":
            _fill(small, 6 << 20)
            vault_folder, folder = elsewhere / "vault", small / "backups"
        else:
            vault_folder, folder = elsewhere / "vault", elsewhere / "backups"
        vault_folder.mkdir()
        assert backup_disk_full.which(vault_folder, folder) == expected
        # A file the system did name says where it was writing.
        if where != "one disk":
            assert backup_disk_full.which(vault_folder, folder, str(vault_folder / "ledger.db")) \
                == backup_disk_full.VAULT_DISK_FULL
            assert backup_disk_full.which(vault_folder, folder, str(folder / "x.tmp")) \
                == backup_disk_full.BACKUP_DRIVE_FULL


def test_both_nearly_full_the_fuller_is_said(tmp_path: Path) -> None:
    """Found by a walker (wtwo): a laptop disk with 3 MiB left and a backup drive with 60 KiB left;
    the backup at the lock was said as "The disk that holds the vault is full (3.0 MiB free; a backup
    of this vault needs up to about 784 KiB)", which sent her to free room she had, on the wrong disk."""
    with small_filesystem(tmp_path / "laptop", "8m") as laptop, small_filesystem(tmp_path / "usb", "4m") as usb:
        _fill(laptop, 3 << 20)
        _fill(usb, 60 << 10)
        vault_folder, folder = laptop / "vault", usb / "backups"
        vault_folder.mkdir()
        assert backup_disk_full.which(vault_folder, folder) == backup_disk_full.BACKUP_DRIVE_FULL
    # The other way round, the vault's disk is the one said.
    with small_filesystem(tmp_path / "laptop2", "8m") as laptop, small_filesystem(tmp_path / "usb2", "8m") as usb:
        _fill(laptop, 60 << 10)
        _fill(usb, 3 << 20)
        vault_folder, folder = laptop / "vault", usb / "backups"
        vault_folder.mkdir()
        assert backup_disk_full.which(vault_folder, folder) == backup_disk_full.VAULT_DISK_FULL

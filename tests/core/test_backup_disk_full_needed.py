"""A full backup drive's message never says less is needed than is free. Found walking the real
app's CLI (wtwo, forty-fifth round): "The drive of the backup folder … is full (984 KiB free; a
backup of this vault needs up to about 980 KiB)": the estimate counted the vault's files only,
not what the backup adds (its packing, the folder's mark, the file system's blocks), so on a
drive with just the files' room the backup failed and the sentence contradicted itself. Real
vault, real small file system (tmpfs, as root), real backups; skipped where none can be mounted."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.core.test_backup_disk_full_words import _big
from tests.core.test_faults_diskfull import _fill, small_filesystem
from vault_app.domain.errors import DiskFull
from vault_app.services import backup, backup_disk_full, backup_repo
from vault_app.services.vault import Vault
from vault_app.storage.layout import COMPARTMENT_FILES


def _bytes(said: str) -> float:
    number, unit = said.split()
    return float(number) * (1 << 10 if unit == "KiB" else 1 << 20)


def _files(vault: Vault) -> int:
    folder = vault.folder
    paths = [folder / name for name in COMPARTMENT_FILES.values()]
    paths += [p for p in (folder / "blobs").rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in paths if p.exists())


@pytest.mark.parametrize("kind", ["file", "repo"])
def test_what_is_needed_is_more_than_what_was_free(vault: Vault, tmp_path: Path, kind: str) -> None:
    _big(vault)
    with small_filesystem(tmp_path / "usb", "4m") as drive:
        folder = drive / "backups"
        folder.mkdir()
        _fill(drive, _files(vault) + 8192)  # room for the vault's files, not for the backup
        make = backup.create_backup if kind == "file" else backup_repo.create_incremental
        with pytest.raises(DiskFull) as caught:
            make(vault, folder, rotate_old=False)
        said = caught.value
        assert said.code == backup_disk_full.BACKUP_DRIVE_FULL
        free, needed = str(said.params["free"]), str(said.params["needed"])
        assert _bytes(needed) > _bytes(free), said.message
        assert os.statvfs(drive).f_bavail * os.statvfs(drive).f_frsize <= _bytes(needed)
    vault.lock()

"""A disk that keeps no Unix modes (FAT, exFAT: a USB backup drive; Linux's vfat refuses chmod
with EPERM, a FUSE driver with ENOSYS) still takes the app's files: the exact 0600 is a
narrowing, and open() already made the file no wider than 0600 whatever the umask.

Found by the case-insensitive disks pass (forty-fifth round): on a FAT32 drive every atomic
write failed at fchmod, so a vault or a backup there was refused as "Permission denied".

The first test makes the refusal with the system's own error (the suite cannot mount a drive
everywhere); the second runs on a real FAT or exFAT folder when VAULT_APP_TEST_FAT_DIR names one
(e.g. `mkfs.vfat fat.img && fusefat -o rw+ fat.img /mnt/fat`), and skips elsewhere.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from vault_app.storage.files import atomic_write, create_private_empty


@pytest.mark.parametrize("refusal", [errno.EPERM, errno.ENOSYS, errno.ENOTSUP])
def test_a_disk_that_refuses_modes_still_takes_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         refusal: int) -> None:
    real = os.fchmod

    def refuse(fd: int, mode: int) -> None:
        raise OSError(refusal, os.strerror(refusal))

    monkeypatch.setattr(os, "fchmod", refuse)
    target = tmp_path / "vault.header"
    atomic_write(target, b"header bytes", what="writing the vault header")
    create_private_empty(tmp_path / "records.db")
    monkeypatch.setattr(os, "fchmod", real)
    assert target.read_bytes() == b"header bytes"
    for made in (target, tmp_path / "records.db"):
        assert stat.S_IMODE(made.stat().st_mode) & ~0o600 == 0  # never wider than owner-only
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary left


def test_a_real_fat_folder_takes_an_atomic_write() -> None:
    where = os.environ.get("VAULT_APP_TEST_FAT_DIR", "")
    if not where or not Path(where).is_dir():
        pytest.skip("no FAT/exFAT folder given (VAULT_APP_TEST_FAT_DIR): mounting one needs root and a driver")
    target = Path(where) / "vault-app-test-atomic.bin"
    try:
        atomic_write(target, b"x" * 1000, what="writing into the backup folder")
        atomic_write(target, b"y" * 10, what="writing into the backup folder")  # over an existing file
        assert target.read_bytes() == b"y" * 10
    finally:
        target.unlink(missing_ok=True)

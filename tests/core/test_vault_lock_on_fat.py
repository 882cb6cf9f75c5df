"""The vault folder's writer lock on a FAT32 drive read through FUSE (a USB stick on a Linux
computer without the kernel's vfat, or a test's fusefat mount).

Found (forty-sixth round, on a real fusefat mount): `init --vault <FAT drive>/Vault` said "The
system reported an I/O error while locking the vault folder (ENOSYS)". The lock library makes
vault.lock and then sets its mode with fchmod, letting only EPERM (Linux's vfat) pass; fusefat
answers ENOSYS. The app now makes vault.lock itself (owner-only, a refused mode tolerated as for
every other file) before the library opens it. The lock stays a lock: a second process is still
refused while one holds it, on the drive itself and on an ordinary disk.
"""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.fuse_drive import mounted
from vault_app.domain.errors import VaultBusy
from vault_app.storage import folder_lock
from vault_app.storage.path_spelling import as_stored

# A second process trying the same folder: "busy" when refused, "held" when it got the lock.
SECOND = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from vault_app.domain.errors import VaultBusy
    from vault_app.storage import folder_lock

    try:
        folder_lock.acquire(Path(sys.argv[1])).release()
    except VaultBusy:
        print("busy")
    else:
        print("held")
    """
)


def _second_process(folder: Path) -> str:
    done = subprocess.run([sys.executable, "-c", SECOND, str(folder)], capture_output=True, text=True, check=False,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip()


def _lock_refused_to_a_second_process(folder: Path) -> None:
    held = folder_lock.acquire(folder)
    try:
        assert held.held
        assert _second_process(folder) == "busy"
    finally:
        held.release()
    assert _second_process(folder) == "held"  # let go: the next one gets it


def test_the_lock_is_taken_on_a_real_fat_drive(tmp_path: Path) -> None:
    with mounted("fat", tmp_path) as drive:
        folder = drive / "Vault"
        _lock_refused_to_a_second_process(folder)
        assert (folder / folder_lock.LOCK_NAME).is_file()
        # Taken again over the lock file left by the first: the usual case after a quit.
        _lock_refused_to_a_second_process(folder)


def test_the_lock_is_taken_on_a_real_exfat_drive(tmp_path: Path) -> None:
    with mounted("exfat", tmp_path) as drive:
        _lock_refused_to_a_second_process(drive / "Vault")


@pytest.mark.parametrize("refusal", [errno.ENOSYS, errno.EPERM, errno.ENOTSUP])
def test_a_refused_mode_does_not_refuse_the_lock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 refusal: int) -> None:
    """fchmod refused as the drives refuse it (ENOSYS: seen on the fusefat mount above; EPERM:
    Linux's vfat; ENOTSUP: other FUSE drivers), on an ordinary folder of the test."""

    def refuse(fd: int, mode: int) -> None:
        raise OSError(refusal, os.strerror(refusal))

    monkeypatch.setattr(os, "fchmod", refuse)
    folder = tmp_path / "Vault"
    held = folder_lock.acquire(folder)
    try:
        assert held.held
        # Never wider than owner-only where the disk keeps modes: open() made it so.
        assert stat.S_IMODE((folder / folder_lock.LOCK_NAME).stat().st_mode) & 0o077 == 0
        with pytest.raises(VaultBusy):
            folder_lock.acquire(folder)  # this process again, through another lock object: refused
    finally:
        held.release()


def test_the_lock_still_refuses_a_second_process_on_an_ordinary_disk(tmp_path: Path) -> None:
    _lock_refused_to_a_second_process(tmp_path / "Vault")


@pytest.mark.parametrize("kind", ["fat", "exfat"])
def test_another_spelling_of_the_folder_meets_the_same_lock(tmp_path: Path, kind: str) -> None:
    """Found on both real drives: `Vault` and `VAULT` are one folder there, but the system gives
    the lock file two file ids, one per spelling, and an OS lock through one did not stop one
    through the other: a window and a command both held the vault."""
    with mounted(kind, tmp_path) as drive:
        held = folder_lock.acquire(drive / "Vault")
        try:
            assert _second_process(drive / "VAULT") == "busy"
            assert _second_process(drive / "vault") == "busy"
            assert folder_lock.holder(drive / "VAULT") is not None  # `info` says who holds it
            held.check_still_held()  # its own lock still its own
        finally:
            held.release()
        assert _second_process(drive / "VAULT") == "held"
        assert sorted(p.name for p in drive.iterdir()) == ["Vault"]  # no second folder made


def test_a_disk_that_keeps_case_keeps_two_folders_apart(tmp_path: Path) -> None:
    """On an ordinary disk `Vault` and `vault` are two folders, two vaults: each its own lock."""
    (tmp_path / "Vault").mkdir()
    (tmp_path / "vault").mkdir()
    assert as_stored(tmp_path / "vault") == tmp_path / "vault"
    assert as_stored(tmp_path / "Vault" / "not-yet" / "x") == tmp_path / "Vault" / "not-yet" / "x"
    held = folder_lock.acquire(tmp_path / "Vault")
    try:
        assert _second_process(tmp_path / "vault") == "held"
    finally:
        held.release()

"""A backup folder on a drive that cannot be written (a write-protected stick, a read-only
mount, a folder without write permission) is still checked and restored from: a check
never needs to write into the backup folder. Found with `vault-app backup verify
REPO/snapshots/snap-….vrs` on a read-only mount: "Permission denied while preparing a
temporary folder", while the restore from the same snapshot worked.

The folder is made read-only for real: by a read-only bind mount in a mount namespace of
its own when the tests run as root (root writes through permission bits), else by taking
the write permission away."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vault_app.crypto.kdf import KdfParams
from vault_app.services import backup_repo, clients
from vault_app.services.vault import create_vault


def _can_mount_read_only(tmp_path: Path) -> bool:
    probe = tmp_path / "probe"
    probe.mkdir()
    unshare = shutil.which("unshare")
    if unshare is None:
        return False
    done = subprocess.run(
        [unshare, "-m", "sh", "-c", 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1"', "sh", str(probe)],
        capture_output=True, check=False,
    )
    return done.returncode == 0


def _cli_on_read_only(folder: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The real CLI in a process of its own, with `folder` read-only for it."""
    env = {**os.environ, "VAULT_APP_PASSPHRASE": PASSPHRASE}
    command = [sys.executable, "-m", "vault_app", *args]
    if os.geteuid() != 0:
        folder.chmod(0o500)
        try:
            return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, check=False)
        finally:
            folder.chmod(0o700)
    if not _can_mount_read_only(tmp_path):
        pytest.skip("running as root without a mount namespace: no way to make a folder read-only here")
    script = 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift && exec "$@"'
    return subprocess.run(["unshare", "-m", "sh", "-c", script, "sh", str(folder), *command],
                          capture_output=True, text=True, env=env, timeout=120, check=False)


def test_a_snapshot_on_a_read_only_drive_is_checked_and_nothing_is_written_there(
    tmp_path: Path, kdf_params: KdfParams
) -> None:
    folder = tmp_path / "vault"
    made = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False)
    clients.create_client(made.vault, "Theodora Quillfeather")
    repo = tmp_path / "drive"
    snapshot = Path(backup_repo.create_incremental(made.vault, repo, rotate_old=False).path)
    made.vault.lock()
    before = sorted(str(p.relative_to(repo)) for p in repo.rglob("*"))

    checked = _cli_on_read_only(repo, tmp_path, "backup", "verify", "--vault", str(folder), str(snapshot))

    assert checked.returncode == 0, checked.stderr
    assert "Backup OK" in checked.stdout
    assert sorted(str(p.relative_to(repo)) for p in repo.rglob("*")) == before


def test_a_read_only_drive_is_said_as_such() -> None:
    import errno

    from vault_app.storage.files import classify_os_error

    said = classify_os_error(OSError(errno.EROFS, "Read-only file system"), "writing the backup")
    assert said.message == "The drive is read-only while writing the backup."
    assert "write-protect" in said.hint and "vault folder" not in said.hint


def test_a_backup_into_a_read_only_drive_says_the_drive_is_read_only(tmp_path: Path, kdf_params: KdfParams) -> None:
    if os.geteuid() != 0:
        pytest.skip("a read-only mount needs a mount namespace (root): without it the folder is refused as EACCES")
    folder = tmp_path / "vault"
    made = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False)
    made.vault.lock()
    drive = tmp_path / "drive"
    drive.mkdir()
    done = _cli_on_read_only(drive, tmp_path, "backup", "create", "--vault", str(folder), "--to", str(drive))
    assert done.returncode == 7, done.stderr
    assert "The drive is read-only" in done.stderr, done.stderr
    assert not any(drive.iterdir())

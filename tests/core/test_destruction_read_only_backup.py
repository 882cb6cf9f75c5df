"""A destruction whose registered backup sits on a drive that cannot be written (2026-12-04).
Found: with a backup folder of snapshots on a write-protected drive the destruction stayed
"interrupted" at every unlock, and `vault-app destruction resume` printed only that. Now the
destruction, and every resume, says which backup folder could not be purged, why, and what to
do (make it writable, or disconnect it: it is then "not reachable", and `destruction
purge-backups` purges it later). A single file on such a drive is named by its path.

The drive is made read-only for real, as in tests/core/test_read_only_backup_drive.py."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core import test_read_only_backup_drive as read_only
from vault_app.crypto.kdf import KdfParams
from vault_app.services import backup, backup_repo, clients
from vault_app.services.vault import create_vault

REASON = "test of a destruction with a write-protected backup drive"


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "VAULT_APP_PASSPHRASE": PASSPHRASE}
    return subprocess.run([sys.executable, "-m", "vault_app", *args], capture_output=True, text=True, env=env,
                          timeout=300, check=False)


@pytest.fixture
def read_only_mounts(tmp_path: Path) -> None:
    probe = tmp_path / "probe-here"
    probe.mkdir()
    if os.geteuid() != 0 or not read_only._can_mount_read_only(probe):
        pytest.skip("a read-only drive needs a mount namespace (root); without it the folder is only EACCES")


def _cli_on_read_only(drive: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The CLI with `drive` read-only for it (each call probes the mount in a folder of its own)."""
    place = tmp_path / f"probe-{len(list(tmp_path.glob('probe-*')))}"
    place.mkdir()
    return read_only._cli_on_read_only(drive, place, *args)


def _vault_with_chart(tmp_path: Path, kdf_params: KdfParams) -> tuple[Path, str, object]:
    folder = tmp_path / "vault"
    made = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False)
    chart = clients.create_client(made.vault, "Winifred Readonly").chart_number
    return folder, chart, made.vault


_STATUS = """
import sys
from pathlib import Path
from vault_app.services import reminders
from vault_app.services.vault import open_vault

with open_vault(Path(sys.argv[1]), sys.argv[2]) as vault:
    line = reminders.status_line(vault)
    print(line.news[0].kind if line.news else "")
    print(line.english())
"""


def _status_after_unlock_on_read_only(drive: Path, folder: Path) -> subprocess.CompletedProcess[str]:
    """The status bar's line after an unlock (its resume run) in a process with `drive` read-only."""
    script = 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift && exec "$@"'
    return subprocess.run(["unshare", "-m", "sh", "-c", script, "sh", str(drive), sys.executable, "-c", _STATUS,
                           str(folder), PASSPHRASE], capture_output=True, text=True, timeout=300, check=False)


@pytest.mark.usefixtures("read_only_mounts")
def test_an_interrupted_destruction_says_which_backup_folder_cannot_be_written_and_what_to_do(
    tmp_path: Path, kdf_params: KdfParams,
) -> None:
    folder, chart, vault = _vault_with_chart(tmp_path, kdf_params)
    drive = tmp_path / "drive"
    backup_repo.create_incremental(vault, drive, rotate_old=False)  # type: ignore[arg-type]
    vault.lock()  # type: ignore[attr-defined]
    v = ("--vault", str(folder))

    destroyed = _cli_on_read_only(drive, tmp_path, "destroy", *v, "--client", chart, "--basis", "override",
                                  "--override-reason", REASON, "--confirm", chart)
    assert destroyed.returncode == 7, destroyed.stderr
    said = " ".join(destroyed.stderr.split())
    assert f"could not be purged from the backups in {drive}: that drive is read-only" in said
    assert "Make the drive writable" in said and "disconnect that drive" in said
    assert "destruction purge-backups" in said and "Traceback" not in said

    resumed = _cli_on_read_only(drive, tmp_path, "destruction", "resume", *v)
    assert resumed.returncode == 7, resumed.stderr
    assert "interrupted" in resumed.stdout
    told = " ".join(resumed.stdout.split())
    assert f"not finished now: The destroyed chart could not be purged from the backups in {drive}" in told
    assert "that drive is read-only" in told and "disconnect that drive" in told

    # Any command's unlock tries it too, and says on stderr that it could not finish it.
    listed = _cli_on_read_only(drive, tmp_path, "client", "list", *v)
    assert listed.returncode == 0, listed.stderr
    assert "could not be finished at this unlock; 'vault-app destruction resume' tries again and says why" in \
        " ".join(listed.stderr.split())

    # The unlock's own resume fails the same way: the status bar after the unlock says it.
    shown = _status_after_unlock_on_read_only(drive, folder)
    assert shown.returncode == 0, shown.stderr
    kind, line = shown.stdout.split("\n", 1)
    assert kind == "destruction_backup_not_writable"
    assert f"the backups in {drive} are on a drive that cannot be written" in line and "disconnect it" in line

    # The drive writable again: the next resume (its unlock) finishes it.
    done = _cli("destruction", "resume", *v)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "completed" in done.stdout and "not finished now" not in done.stdout
    assert "has been finished at this unlock" in done.stderr  # by the command's unlock, before its own resume


@pytest.mark.usefixtures("read_only_mounts")
def test_a_single_file_on_a_read_only_drive_is_named_by_its_path(tmp_path: Path, kdf_params: KdfParams) -> None:
    folder, chart, vault = _vault_with_chart(tmp_path, kdf_params)
    drive = tmp_path / "drive"
    drive.mkdir()
    made = backup.create_backup(vault, drive, rotate_old=False)  # type: ignore[arg-type]
    vault.lock()  # type: ignore[attr-defined]
    destroyed = _cli_on_read_only(drive, tmp_path, "destroy", "--vault", str(folder), "--client", chart, "--basis",
                                  "override", "--override-reason", REASON, "--confirm", chart)
    assert destroyed.returncode != 0
    said = " ".join(destroyed.stderr.split())
    assert f"backup {made.path}: The drive is read-only" in said, said

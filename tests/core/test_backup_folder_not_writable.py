"""A backup into a folder the user may not write into names the backup folder and what to do:
it said "Check that the vault folder is writable by you", the vault folder being fine (found in
the real app and the CLI, a backup folder without write permission).

The folder is made unwritable for real: its write permission taken away (chmod 0o500), and the
command run as a process that permissions bind. Root writes through permission bits, so as root
the command runs without the capabilities that let it (setpriv drops them from the process):
the kernel then refuses it as it refuses a therapist's own account (EACCES)."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import EnvironmentProblem
from vault_app.services import clients
from vault_app.services.backup_folder_denied import said_as_the_backup_folder
from vault_app.services.vault import create_vault
from vault_app.storage.files import classify_os_error

_BOUND = ("--bounding-set=-dac_override,-dac_read_search,-fowner", "--inh-caps=-all")


def _bound_by_permissions() -> list[str]:
    """The command's prefix that makes permission bits bind it (none needed unless root)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: permission bits do not bind root here")
    return [setpriv, *_BOUND, "--"]


@pytest.fixture
def unwritable(tmp_path: Path) -> Iterator[Path]:
    drive = tmp_path / "drive"
    drive.mkdir()
    drive.chmod(0o500)
    yield drive
    drive.chmod(0o700)


@pytest.mark.parametrize("how", [["--to", "{drive}"], ["--to", "{drive}", "--kind", "repo"],
                                 ["--incremental", "{drive}"]])
def test_the_cli_names_the_backup_folder_and_what_to_do(tmp_path: Path, kdf_params: KdfParams, unwritable: Path,
                                                       how: list[str]) -> None:
    folder = tmp_path / "vault"
    made = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False)
    clients.create_client(made.vault, "Theodora Quillfeather")
    made.vault.lock()
    env = {**os.environ, "VAULT_APP_PASSPHRASE": PASSPHRASE}
    args = [a.format(drive=unwritable) for a in how]
    done = subprocess.run([*_bound_by_permissions(), sys.executable, "-m", "vault_app", "backup", "--vault",
                           str(folder), "create", *args], capture_output=True, text=True, env=env, timeout=120,
                          check=False)
    assert done.returncode == 7, (done.stdout, done.stderr)  # the machine's, not the vault's
    assert "backup folder" in done.stderr, done.stderr
    assert "vault folder" not in done.stderr, done.stderr
    assert "choose another backup folder" in done.stderr.casefold(), done.stderr
    assert list(unwritable.iterdir()) == []


@pytest.mark.parametrize("inside", [True, False])
def test_only_a_denial_in_the_backup_folder_is_said_as_its(tmp_path: Path, inside: bool) -> None:
    """A file of the vault the backup could not write (another folder) keeps the words it had."""
    drive = tmp_path / "drive"
    where = (drive / "snapshots" / ".tmp-1") if inside else (tmp_path / "vault" / "records.db")
    with pytest.raises(EnvironmentProblem) as caught, said_as_the_backup_folder(drive):
        raise classify_os_error(PermissionError(errno.EACCES, "Permission denied", str(where)), "saving")
    assert caught.value.code == ("backup.folder_not_writable" if inside else "disk.permission_denied")
    assert ("backup folder" in str(caught.value)) is inside

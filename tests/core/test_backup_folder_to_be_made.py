"""A backup folder to be made below a folder the user may not write into is said as the backup
folder's, as one that exists is (tests/core/test_backup_folder_not_writable.py): the folders on
its way are made first, and the first the system refused to make (`drive/new` of
`drive/new/backups`) was said as the vault folder's, "Check that the vault folder is writable by
you", the vault folder being fine."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.test_backup_folder_not_writable import _bound_by_permissions, unwritable
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import EnvironmentProblem
from vault_app.services.backup_folder_denied import said_as_the_backup_folder
from vault_app.services.vault import create_vault
from vault_app.storage.files import classify_os_error

__all__ = ["unwritable"]  # the fixture, shared


@pytest.mark.parametrize("how", [["--to", "{drive}/new/backups"], ["--incremental", "{drive}/new/repo"]])
def test_a_folder_to_be_made_below_an_unwritable_one_is_said_as_the_backup_folder(
    tmp_path: Path, kdf_params: KdfParams, unwritable: Path, how: list[str],
) -> None:
    folder = tmp_path / "vault"
    create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False).vault.lock()
    env = {**os.environ, "VAULT_APP_PASSPHRASE": PASSPHRASE}
    args = [a.format(drive=unwritable) for a in how]
    done = subprocess.run([*_bound_by_permissions(), sys.executable, "-m", "vault_app", "backup", "--vault",
                           str(folder), "create", *args], capture_output=True, text=True, env=env, timeout=120,
                          check=False)
    assert done.returncode == 7, (done.stdout, done.stderr)
    assert "backup folder" in done.stderr, done.stderr
    assert "vault folder" not in done.stderr, done.stderr
    assert list(unwritable.iterdir()) == []


@pytest.mark.parametrize(("where", "said"), [
    ("drive/new", True),  # a folder on the way to the backup folder, not made
    ("drive", False),  # an existing folder above it: not the backup's to say
    ("vault/records.db", False),
])
def test_only_a_folder_on_the_way_that_is_not_there_is_the_backup_folders(
    tmp_path: Path, where: str, said: bool,
) -> None:
    (tmp_path / "drive").mkdir()
    denied = PermissionError(errno.EACCES, "Permission denied", str(tmp_path / where))
    with pytest.raises(EnvironmentProblem) as caught, said_as_the_backup_folder(tmp_path / "drive" / "new" / "b"):
        raise classify_os_error(denied, "saving")
    assert caught.value.code == ("backup.folder_not_writable" if said else "disk.permission_denied")

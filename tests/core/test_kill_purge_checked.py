"""Must show: a destruction killed while it purges a single-file backup (after the purged
copy's check, after the repack, after the rename) leaves the backup old-whole or new-whole,
and a "checked" record only on bytes that were checked: as the kill left it, the file is
the old one byte for byte or a purged one whose restore on the record and full check both
pass; after the next unlock the purge is finished, with a record, and nothing temporary
is left on the drive.

A child process runs the destruction with VAULT_APP_TEST_CRASH_AT naming the step; the
code SIGKILLs itself there (services/fault_injection.py)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.backup_folder_files import backup_folder_entries, backup_folder_names
from tests.conftest import PASSPHRASE, reopen
from tests.core.destruction_helpers import SeededChart, seed_chart
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.services import backup, backup_checked, backup_keys, backup_restore, clients, destruction
from vault_app.services.backup_archive import read_back
from vault_app.services.fault_injection import CRASH_ENV
from vault_app.services.vault import create_vault

# Old-whole at the first two (the file is replaced only after the read-back), new-whole at the last.
POINTS = {"backup:checked": "old", "backup:packed": "old", "backup:replaced": "new"}

CHILD = """
import os, sys
from pathlib import Path
from vault_app.services import destruction
from vault_app.services.vault import open_vault
folder, chart = Path(sys.argv[1]), sys.argv[2]
vault = open_vault(folder, os.environ["VAULT_APP_PASSPHRASE"], with_psychotherapy=True)
destruction.destroy(vault, chart, basis="override", confirm=chart,
                    override_reason="fault-injection test of an interrupted backup purge")
vault.lock()
"""


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, SeededChart, SeededChart]]:
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    folder = tmp_path_factory.mktemp("template") / "vault"
    vault = create_vault(folder, PASSPHRASE, params=OWASP_FLOOR).vault
    vault.unlock_psychotherapy(PASSPHRASE)
    target = seed_chart(vault, "K", psychotherapy=3)
    other = seed_chart(vault, "S")
    vault.lock()
    keyring.set_keyring(previous)
    yield folder, target, other


def _clients_in(path: Path, dest: Path, *, full: bool = False) -> set[str]:
    report = backup_restore.restore_backup(path, dest, passphrase=PASSPHRASE, full=full)
    assert report.check == (backup_checked.FULL if full else backup_checked.RECORDED)
    with reopen(dest) as copy:
        return {c.client_id for c in clients.list_clients(copy)}


@pytest.mark.slow
@pytest.mark.parametrize("point", sorted(POINTS))
def test_a_purge_killed_leaves_the_backup_whole_and_its_record_honest(
        point: str, template: tuple[Path, SeededChart, SeededChart], tmp_path: Path) -> None:
    source, target, other = template
    folder = tmp_path / "vault"
    shutil.copytree(source, folder)
    with reopen(folder, psychotherapy=True) as vault:
        path = Path(backup.create_backup(vault, tmp_path / "usb", verify=True).path)
    original = path.read_bytes()

    env = dict(os.environ, VAULT_APP_PASSPHRASE=PASSPHRASE, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    env[CRASH_ENV] = point
    done = subprocess.run([sys.executable, "-c", CHILD, str(folder), target.chart_number], env=env,
                          capture_output=True, timeout=300, check=False)
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()[-2000:]

    # As the kill left it, read with the passphrase alone (no unlock, so no resume yet).
    if POINTS[point] == "old":
        assert path.read_bytes() == original
        assert target.client_id in _clients_in(path, tmp_path / "old")
    else:
        assert path.read_bytes() != original
        for full in (False, True):
            names = _clients_in(path, tmp_path / f"new-{full}", full=full)
            assert target.client_id not in names and other.client_id in names
    # A packed file left beside it (killed before the rename) is never the backup; its
    # record, if read, is about bytes that were checked and read back or not at all.
    left = [p for p in backup_folder_entries(path.parent) if p != path]
    assert all(p.name.startswith(".") for p in left), left

    # The next unlock finishes the destruction: the backup purged, with a record, alone on the drive
    # (beside the folder's mark, which backup_folder_names leaves out).
    with reopen(folder, psychotherapy=True) as vault:
        [row] = destruction.list_destructions(vault)
        assert row["state"] == "completed", row
        report = destruction.verify_destruction(vault, row["certificate_id"])
        assert report["ok"], report
        assert backup_checked.KEY in read_back(path, backup_keys.master_of(vault))
    names = backup_folder_names(path.parent)  # and the destruction's new backup (destruction_new_backup)
    assert path.name in names and len(names) == 2 and all(n.endswith(".vaultbackup") for n in names), names
    names = _clients_in(path, tmp_path / "after")
    assert target.client_id not in names and other.client_id in names

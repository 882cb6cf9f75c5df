"""A killed backup's staging in the backup folder is swept by the next unlock, beside the work
(services/backup_staging_sweep.py), not only by the next backup there: never another vault's,
never a live process's, never while another process holds the folder's one-writer lock. Real
vaults, real backups killed in real processes, a real second process holding the lock.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, reopen
from tests.core.cli_helpers import _process_env, init_vault
from vault_app.services import backup_registry, backup_staging_sweep, clients, staging_journal
from vault_app.services.vault import Vault

_KILLED_BACKUP = """
import os, sys
from pathlib import Path
from vault_app.services import backup
from vault_app.services.vault import open_vault
from vault_app.services import staging_journal
staging_journal._MARGIN_BYTES = 1 << 62  # no room on the vault's own disk: staged in the backup folder
vault = open_vault(Path(sys.argv[1]), sys.argv[2])
def killed(*args, **kwargs):
    os._exit(9)
backup.pack_folder = killed  # the staging copy written, the process killed before packing it
backup.create_backup(vault, Path(sys.argv[3]))
"""

_HOLDING = """
import os, sys, tempfile
from pathlib import Path
from vault_app.storage import backup_folder_lock
folder = Path(sys.argv[1])
with backup_folder_lock.held(folder):
    tempfile.mkdtemp(prefix=f".vault-backup-{os.getpid()}-", dir=folder)
    print("holding", flush=True)
    sys.stdin.readline()
"""

_SWEEP_KILLED = """
import os, sys
from pathlib import Path
from vault_app.services import backup_staging_sweep as sweep
removed = []
def once(child):
    if removed:
        os._exit(9)
    removed.append(child)
    original(child)
original, sweep._remove_child = sweep._remove_child, once
sweep.sweep(Path(sys.argv[1]), "file", sys.argv[2])
"""


@pytest.fixture(autouse=True)
def _only_this_sweep(monkeypatch: pytest.MonkeyPatch) -> None:
    """The backup folder's sweep alone: the work journal's (services/staging_journal.py, its own
    tests: test_kill_staging_reach.py) would also remove this vault's journaled staging."""
    monkeypatch.setattr(staging_journal, "after_unlock", lambda _vault: None)


def _run(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, timeout=300,
                          env=_process_env(None, None))


def _staging(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.startswith(".vault-backup-"))


def _killed_backup(vault: Vault, target: Path) -> Path:
    folder = vault.folder
    vault.lock()
    done = _run(_KILLED_BACKUP, str(folder), PASSPHRASE, str(target))
    assert done.returncode == 9, done.stderr
    [left] = _staging(target)
    assert (left / "vault.header").is_file() and any(left.glob("*.db"))
    return left


def _configured(vault: Vault, tmp_path: Path) -> Path:
    target = tmp_path / "usb" / "backups"
    target.mkdir(parents=True)
    backup_registry.configure(vault, target=str(target), kind="file")
    clients.create_client(vault, "Nell Staging")
    return target


def test_a_killed_backups_staging_is_swept_by_the_next_unlock(vault: Vault, tmp_path: Path) -> None:
    target = _configured(vault, tmp_path)
    folder = vault.folder
    _killed_backup(vault, target)
    with reopen(folder):
        assert backup_staging_sweep.wait(120)
        assert _staging(target) == []


def test_another_vaults_killed_staging_stays(vault: Vault, tmp_path: Path) -> None:
    target = _configured(vault, tmp_path)
    vault.lock()
    assert init_vault(tmp_path / "other").code == 0
    other = reopen(tmp_path / "other")
    backup_registry.configure(other, target=str(target), kind="file")
    others = _killed_backup(other, target)
    assert backup_staging_sweep.wait(120)  # the other vault's own unlock swept nothing of it yet
    with reopen(vault.folder):
        assert backup_staging_sweep.wait(120)
    assert _staging(target) == [others]  # the other vault's, left to its own next backup


def test_a_live_writers_staging_and_a_held_folder_are_left(vault: Vault, tmp_path: Path) -> None:
    target = _configured(vault, tmp_path)
    folder = vault.folder
    dead = _killed_backup(vault, target)
    holder = subprocess.Popen([sys.executable, "-c", _HOLDING, str(target)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, env=_process_env(None, None))
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        live = [p for p in _staging(target) if p != dead]
        assert len(live) == 1
        with reopen(folder):
            assert backup_staging_sweep.wait(120)
            # The other process holds the folder: nothing is swept, not even the dead one's.
            assert _staging(target) == sorted([dead, *live])
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(60)
        if holder.stdout is not None:
            holder.stdout.close()
    # Its writer gone, the folder free: the dead backup's staging goes; the live one's name
    # carries a dead pid now, and it named no vault (no header): left to the next backup.
    with reopen(folder):
        assert backup_staging_sweep.wait(120)
        assert _staging(target) == live


@pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX kill")
def test_a_sweep_killed_midway_is_finished_by_the_next(vault: Vault, tmp_path: Path) -> None:
    target = _configured(vault, tmp_path)
    folder, vault_id = vault.folder, vault.vault_id
    left = _killed_backup(vault, target)
    killed = _run(_SWEEP_KILLED, str(target), vault_id)
    assert killed.returncode == 9, killed.stderr
    assert left.is_dir() and (left / "vault.header").is_file()  # the header goes last: it still names its vault
    with reopen(folder):
        assert backup_staging_sweep.wait(120)
        assert _staging(target) == []

"""A backup on lock that fails while the vault is locked is kept when it fails, for the next start.

The header's settings (where a failure at Quit is kept) are sealed with the vault's keys, which
a locked vault no longer holds: the failure of the backup built beside the lock reached them
only at the next unlock of the same run, and a quit from the lock screen before it lost it (the
next start said nothing). Now it is kept beside the vault when it happens: its code, time and
backup folder, nothing else. Real vault, real backups on lock, the next start a real process.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, reopen
from vault_app.services import backup_beside, backup_beside_control, backup_registry, clients
from vault_app.services.vault import Vault

_NEXT_START = """
import json, sys
from pathlib import Path
from vault_app.services import reminders
from vault_app.services.vault import open_vault
vault = open_vault(Path(sys.argv[1]), sys.argv[2])
try:
    news = reminders.failed_backup_news(vault)
    print(json.dumps(None if news is None else {"code": news.code, "params": dict(news.params)}))
finally:
    vault.lock()
"""


def _next_start(folder: Path) -> dict[str, object] | None:
    done = subprocess.run([sys.executable, "-c", _NEXT_START, str(folder), PASSPHRASE], capture_output=True,
                          text=True, timeout=300, env={**os.environ})
    assert done.returncode == 0, done.stderr
    said: dict[str, object] | None = json.loads(done.stdout.strip().splitlines()[-1])
    return said


def _damage_when_packed(target: Path) -> None:
    """The backup file read back damaged (a failing drive): the job fails after the lock."""
    def step(name: str) -> None:
        if name == "packed":
            for partial in target.glob(".*partial*"):
                data = bytearray(partial.read_bytes())
                data[len(data) // 2] ^= 0xFF
                partial.write_bytes(bytes(data))
    backup_beside.runner().checkpoint = step


@pytest.mark.parametrize("where", ["built beside the lock", "at the lock"])
def test_a_failure_while_locked_is_said_at_the_next_start(vault: Vault, tmp_path: Path, where: str) -> None:
    target = tmp_path / "drive" / "vault-backups"
    backup_registry.configure(vault, target=str(target), kind="file")
    clients.create_client(vault, "Ilse Lockfail")
    folder = vault.folder
    backup_beside_control.take_last_failure()
    if where == "at the lock":
        shutil.rmtree(tmp_path / "drive")  # the drive unplugged: refused before the vault closes
    else:
        _damage_when_packed(target)
    try:
        backup_beside.lock_with_backup(vault)
        assert backup_beside.runner().wait(120)
    finally:
        backup_beside.runner().checkpoint = None
    assert not vault.is_open and backup_beside_control.last_failure() is not None
    # Quit from the lock screen: this process's memory of it goes; the next start reads the folder.
    backup_beside_control.take_last_failure()
    # Nothing but the code, the time, the folder and the vault's id is kept beside the vault.
    kept = json.loads((folder / backup_beside_control.BESIDE_NAME).read_text())
    assert set(kept) <= {"code", "at", "folder", "vault_id", "seq"}  # "seq": the ledger's head then, a number
    assert "Lockfail" not in (folder / backup_beside_control.BESIDE_NAME).read_text()

    said = _next_start(folder)
    assert said is not None
    if where == "at the lock":
        assert said == {"code": "backup.target_missing", "params": {"folder": str(target.resolve())}}
    # That start's unlock moved it into the header (test_backup_failure_beside_moved.py).
    assert not (folder / backup_beside_control.BESIDE_NAME).exists()
    assert _next_start(folder) == said


def test_a_backup_made_since_forgets_it(vault: Vault, tmp_path: Path) -> None:
    target = tmp_path / "drive" / "vault-backups"
    backup_registry.configure(vault, target=str(target), kind="file")
    clients.create_client(vault, "Ilse Lockfail")
    folder = vault.folder
    backup_beside_control.take_last_failure()
    shutil.rmtree(tmp_path / "drive")
    backup_beside.lock_with_backup(vault)
    backup_beside_control.take_last_failure()
    target.mkdir(parents=True)  # the drive back
    with reopen(folder) as again:
        from vault_app.services import backup, reminders

        backup.create_to_target(again, target)
        assert reminders.failed_backup_news(again) is None
    assert not (folder / backup_beside_control.BESIDE_NAME).exists()
    assert _next_start(folder) is None

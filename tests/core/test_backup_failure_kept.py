"""A backup refused at Quit is said at the next start, until a backup of this vault is made.
Found in the real app: the support log had "Automatic backup failed", the next start said
"Backup checked." and the dashboard "Last verified backup: today" (gui/beside_jobs.py only
logged it; the failure lived in the quitting process's memory). Real vault file, the Quit's
backup in a real process of its own, real backups."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSPHRASE, reopen
from vault_app.services import backup, backup_beside_control, backup_registry, clients, reminders, today
from vault_app.services.vault import Vault

# What the app does at Quit with the vault open (gui/controller.py): the backup, then the lock.
QUIT = """
import sys
from pathlib import Path
from vault_app.gui import beside_jobs
from vault_app.services.vault import open_vault
beside_jobs.backup_then_lock(open_vault(Path(sys.argv[1]), sys.argv[2]))
"""


def _quit_in_a_process(vault_dir: Path) -> None:
    done = subprocess.run([sys.executable, "-c", QUIT, str(vault_dir), PASSPHRASE], capture_output=True, text=True,
                          timeout=300, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert "Automatic backup failed" in done.stderr  # what the support log had


def _failed_news(vault: Vault) -> list[reminders.News]:
    return [n for n in reminders.status_line(vault).news if n.kind == reminders.FAILED_BACKUP]


def test_a_backup_refused_at_quit_is_said_at_the_next_start_until_a_backup_is_made(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    usb = tmp_path / "usb" / "vault-backups"
    backup_registry.configure(vault, target=str(usb), auto=True)
    backup.create_backup(vault, usb, verify=True)
    clients.create_client(vault, "Changed Since")  # so the Quit's backup has something to back up
    vault.lock()
    shutil.move(str(tmp_path / "usb"), str(tmp_path / "unplugged"))  # the drive not connected at Quit

    _quit_in_a_process(vault_dir)

    assert backup_beside_control.last_failure() is None  # nothing of it in this process's memory
    started = reopen(vault_dir)
    try:
        (news,) = _failed_news(started)
        assert news.code == "backup.target_missing"
        assert dict(news.params) == {"folder": str(usb), "moment": "quit"}
        assert str(usb) in news.english
        assert news.english.startswith("The automatic backup at Quit was not made:")  # not "at the last lock"
        # The dashboard's card does not say the backups are fine.
        state = today.backup_state(started)
        assert state.failure is not None and state.failure.code == "backup.target_missing"
    finally:
        started.lock()

    started = reopen(vault_dir)  # said again at the start after: not only once
    try:
        assert len(_failed_news(started)) == 1
        shutil.move(str(tmp_path / "unplugged"), str(tmp_path / "usb"))  # the drive connected again
        backup.create_backup(started, usb, verify=True)  # Back up now
        assert _failed_news(started) == []
        assert today.backup_state(started).failure is None
    finally:
        started.lock()
    started = reopen(vault_dir)
    try:
        assert _failed_news(started) == []  # forgotten in the header too
        assert started.header.settings.get(backup_beside_control.KEPT_KEY) is None
    finally:
        started.lock()

"""The "automatic backup at the last lock was not made" note is forgotten only when a backup of
this vault's own history is made since, not when the register holds a newer backup of another
line: found reading services/reminders.py against a restore in place, whose vault registers the
backups of the line it went back from (backup_registry.of_this_history). Real vault, real backup
files, the restore in a real CLI process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from tests.conftest import PASSPHRASE, reopen
from vault_app.domain.errors import RefusedByPolicy
from vault_app.services import backup, backup_beside_control, backup_registry, clients, reminders
from vault_app.services.vault import Vault


def test_a_newer_backup_of_the_line_a_restore_went_back_from_does_not_clear_the_note(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    made_first = backup.create_backup(vault, usb, verify=True)
    first = Path(made_first.path)
    assert backup_beside_control.take_last_failure() is None
    # The failure comes after that backup (a backup's time is to the second, as the failure's).
    made = datetime.fromisoformat(made_first.created)
    while datetime.now(UTC).replace(microsecond=0) <= made:
        time.sleep(0.05)
    backup_beside_control.failed(RefusedByPolicy("The backup drive is not connected."))  # as the lock's job says it
    try:
        found = backup_beside_control.last_failure()
        assert found is not None
        clients.create_client(vault, "Undone Later")
        later = backup.create_backup(vault, usb, rotate_old=False)  # of the line the restore goes back from
        assert datetime.fromisoformat(later.created) >= found[1]
        vault.lock()
        done = subprocess.run([sys.executable, "-m", "vault_app", "--json", "backup", "restore", str(first),
                               "--to", str(vault_dir), "--overwrite"],
                              env={**os.environ, "VAULT_APP_PASSPHRASE": PASSPHRASE}, capture_output=True, text=True,
                              timeout=300)
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["left_behind"] == [later.path]

        restored = reopen(vault_dir)
        try:
            # The register holds the newer backup, of another line than this vault's.
            (other,) = [b for b in backup_registry.registered(restored) if b.path == later.path]
            assert not backup_registry.of_this_vault(restored, other)
            note = reminders.failed_backup_note(restored)
            assert note is not None and "The backup drive is not connected." in note
            backup.create_backup(restored, usb, rotate_old=False)  # Back up now: of this vault's own history
            assert reminders.failed_backup_note(restored) is None
        finally:
            restored.lock()
    finally:
        backup_beside_control.take_last_failure()

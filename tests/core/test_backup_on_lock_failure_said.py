"""An automatic backup that was not made is said at the next unlock, not only logged. Found
in the real app: after the app was killed with the psychotherapy notes open, their file kept
its write-ahead log (only their key completes it), and every backup on lock failed without a
word; the therapist, who never unlocks those notes on a records-only day, had no backup and
was not told. A real process killed mid-session, a real vault, the real backup on lock."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSPHRASE, reopen
from vault_app.services import backup, backup_beside, backup_beside_control, clients, reminders
from vault_app.services.vault import Vault

# A session with the psychotherapy notes open that ends without closing them (killed).
CRASH = (
    "import os, sys\nfrom pathlib import Path\n"
    "from vault_app.services.vault import open_vault\n"
    "from vault_app.services import psychotherapy_notes\n"
    "v = open_vault(Path(sys.argv[1]), sys.argv[2], with_psychotherapy=True)\n"
    "psychotherapy_notes.create_psychotherapy_note(v, sys.argv[3], 'Session content, written before the crash.')\n"
    "os._exit(0)\n"
)


def test_a_backup_on_lock_not_made_is_said_once_at_the_next_unlock(vault: Vault, tmp_path: Path,
                                                                   runner: backup_beside.BackupRunner) -> None:
    backup.configure(vault, target=str(tmp_path / "usb"), kind="file")
    client = clients.create_client(vault, "Lark Longday")
    folder = vault.folder
    vault.lock()
    subprocess.run([sys.executable, "-c", CRASH, str(folder), PASSPHRASE, client.client_id], check=True, timeout=300)
    assert Path(str(folder / "psychotherapy.db") + "-wal").stat().st_size > 0  # left by the crash

    again = reopen(folder)  # records only, as on a day without psychotherapy notes
    clients.create_client(again, "Moss Aftercrash")
    assert backup_beside_control.take_last_failure() is None
    assert not backup_beside.lock_with_backup(again)  # the lock: no backup could start
    assert not list((tmp_path / "usb").glob("*.vaultbackup"))

    later = reopen(folder)
    try:
        said = reminders.after_unlock(later)
        assert said is not None and said.startswith("The automatic backup at the last lock was not made:")
        assert "psychotherapy.db still has unsaved changes" in said and "Unlock the psychotherapy notes once" in said
        assert "Lark" not in said and "Session content" not in said
        again_said = reminders.after_unlock(later)
        assert again_said is None or "was not made" not in again_said  # said once
        later.unlock_psychotherapy(PASSPHRASE)  # what the sentence asks: completes the notes' file
        later.lock_psychotherapy()
        assert backup_beside.lock_with_backup(later)  # now a backup on lock starts
    finally:
        if later.is_open:
            later.lock()
    assert runner.wait(120) and not runner.failures
    assert len(list((tmp_path / "usb").glob("*.vaultbackup"))) == 1
    assert backup_beside_control.take_last_failure() is None

"""An automatic backup that was not made is said at the next unlock, not only logged. Found
in the real app: after the app was killed with the psychotherapy notes open, their file kept
its write-ahead log (only their key completes it), and every backup on lock failed without a
word; the therapist, who never unlocks those notes on a records-only day, had no backup and
was not told. A real process killed mid-session, a real vault, the real backup on lock."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSPHRASE, reopen
from tests.core.cli_helpers import cli_in_process
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


def test_a_backup_on_lock_not_made_is_said_at_the_next_unlock_until_a_backup_is_made(vault: Vault, tmp_path: Path,
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
        # Said again when a change notice asks for the line (it was said once, then replaced
        # by the backups' reminder before it was read: tests/gui/test_unlock_status_kept.py).
        assert "was not made" in (reminders.backups_line(later) or "")
        later.unlock_psychotherapy(PASSPHRASE)  # what the sentence asks: completes the notes' file
        later.lock_psychotherapy()
        by_hand = Path(backup.create_backup(later, tmp_path / "usb", rotate_old=False).path)  # Back up now
        assert "was not made" not in (reminders.after_unlock(later) or "")  # a backup was made since
        clients.create_client(later, "Wren Afterbackup")  # a change: the lock backs up again
        assert backup_beside.lock_with_backup(later)  # now a backup on lock starts
    finally:
        if later.is_open:
            later.lock()
    assert runner.wait(120) and not runner.failures
    # The lock's backup made, the one by hand rotated away (one a day is kept).
    (kept,) = (tmp_path / "usb").glob("*.vaultbackup")
    assert kept != by_hand
    assert backup_beside_control.take_last_failure() is None


def test_a_backup_drive_not_connected_is_said_and_never_replaced_by_a_folder_here(
    vault: Vault, tmp_path: Path, runner: backup_beside.BackupRunner
) -> None:
    """Found in the real app: with the backup drive unplugged (its folder gone with it), the
    backup on lock made the folder again, parents and all, on this computer's own disk, and
    said nothing: the backups went to the internal disk under the drive's name, where the
    drive would be mounted next. The folder is made when it is chosen; a backup the settings
    ask for only writes into it."""
    drive = tmp_path / "media" / "BACKUPS"
    backup.configure(vault, target=str(drive / "vault"), kind="repo")
    assert (drive / "vault").is_dir()  # made as it was chosen
    shutil.rmtree(tmp_path / "media")  # unplugged: the mount point goes too
    clients.create_client(vault, "Ivo Unplugged")
    folder = vault.folder
    assert not backup_beside.lock_with_backup(vault)
    assert not (tmp_path / "media").exists()
    later = reopen(folder)
    try:
        said = reminders.after_unlock(later) or ""
        assert "The automatic backup at the last lock was not made" in said, said
        assert "is not there" in said and "connect the drive" in said, said
    finally:
        later.lock()
    assert not (tmp_path / "media").exists()
    # The command line, the same: `backup create` and `backup auto` into the configured folder.
    for args in (["backup", "create"], ["backup", "auto"]):
        done = cli_in_process("--vault", str(folder), *args)
        assert done.code == 7 and "is not there" in done.err, done.err
    assert not (tmp_path / "media").exists()

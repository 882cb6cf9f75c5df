"""The psychotherapy notes opened for maintenance (a destruction's resume, a rekey, a restore: work that
logs its own entries and shows nothing) and closed while Back up now's reader still holds them.

Found: the ordinary lock of the notes no longer waited for a backup's reader (storage/backup_readers.py),
but the maintenance close still ran its closing checkpoint with the connection's busy timeout (5 s), on
the app's one worker. It now lets go at once as the lock does: the checkpoint copies only the pages no
reader needs (SQLite never writes a page a reader's snapshot still reads from the file, so the backup
never reads a half-written page), the rest stays in the -wal, which is part of the database (a power cut
there loses nothing: the next opening replays it), and the backup's own connection, the last to let go,
folds it in as it closes; the vault then takes the file's fingerprint again.

The busy timeout is made very long here, so a close that waits for the reader can only end once the
backup is let go: the test asks which came first (an event, never a clock)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.test_backup_beside import Gate
from vault_app.crypto.kdf import KdfParams
from vault_app.services import backup, backup_beside, backup_now, clients, psychotherapy_notes
from vault_app.services.vault import Vault, create_vault, open_vault
from vault_app.storage import compartment_connect
from vault_app.storage.backup_snapshot import leftover_journal
from vault_app.storage.compartment import COMPARTMENT_FILES


def test_a_maintenance_close_does_not_wait_for_back_up_nows_reader_and_the_backup_verifies(
    vault: Vault, tmp_path: Path, runner: backup_beside.BackupRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(compartment_connect, "BUSY_TIMEOUT_SECONDS", 3600.0)
    vault.unlock_psychotherapy(PASSPHRASE)
    target = tmp_path / "usb"
    backup.configure(vault, target=str(target), kind="file")
    client_id = clients.create_client(vault, "Ione Castellane").client_id
    psychotherapy_notes.create_psychotherapy_note(vault, client_id, "Process notes before the backup.")
    gate = Gate("start")  # the backup's read transactions open, nothing copied yet
    runner.checkpoint = gate
    running = backup_now.start(vault, target)
    assert gate.reached.wait(60)
    psychotherapy_notes.create_psychotherapy_note(vault, client_id, "Saved while the backup was copying.")
    vault.lock_psychotherapy()  # lets go at once (the earlier fix); the -wal stays for the backup's reader

    order: list[str] = []
    closed = threading.Event()
    failed: list[BaseException] = []

    def maintenance() -> None:
        try:
            # As a rekey or a destruction holds it: the passphrase proven, the notes not unlocked.
            with vault.passphrase_proven(PASSPHRASE), vault.psychotherapy_for_maintenance("destruction") as psy, \
                    psy.transaction():
                psy.execute("DELETE FROM psychotherapy_notes WHERE body = ?", ("Saved while the backup was copying.",))
        except BaseException as exc:  # said below, not lost on the thread
            failed.append(exc)
        order.append("maintenance closed")
        closed.set()

    worker = threading.Thread(target=maintenance)
    worker.start()
    closed.wait(60)  # a bound against a hung test only: the order below is the assertion
    order.append("backup let go")
    gate.release.set()
    worker.join()
    assert failed == []
    assert order == ["maintenance closed", "backup let go"]
    assert not vault.psychotherapy_open

    done = backup_now.finish(vault, running)
    assert done.info.verified  # its snapshot was read whole, every page authenticated
    assert backup.verify_backup(done.info.path, passphrase=PASSPHRASE)["ok"]
    notes_file = vault.folder / COMPARTMENT_FILES["psychotherapy"]
    assert not leftover_journal(notes_file)  # folded in by the backup's own connection as it closed
    vault.refuse_unchecked_psychotherapy_file()  # the file is this session's own work
    vault.unlock_psychotherapy(PASSPHRASE)
    assert len(psychotherapy_notes.list_psychotherapy_notes(vault, client_id)) == 1  # the maintenance's delete kept
    assert vault.psychotherapy.integrity_problems() == []


# The app's stand-in, killed right after a maintenance close that did not wait for Back up now's reader:
# the notes' last changes are then only in psychotherapy.db-wal.
KILLED = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from vault_app.services import backup, backup_beside, backup_now, clients, psychotherapy_notes
    from vault_app.services.vault import open_vault

    vault = open_vault(Path(sys.argv[1]), sys.argv[2])
    vault.unlock_psychotherapy(sys.argv[2])
    backup.configure(vault, target=sys.argv[3], kind="file")
    client_id = clients.create_client(vault, "Ione Castellane").client_id
    psychotherapy_notes.create_psychotherapy_note(vault, client_id, "Process notes before the backup.")

    def held(step):
        if step == "start":
            psychotherapy_notes.create_psychotherapy_note(vault, client_id, "Saved while the backup was copying.")
            vault.lock_psychotherapy()
            with vault.passphrase_proven(sys.argv[2]), vault.psychotherapy_for_maintenance("destruction") as psy:
                with psy.transaction():
                    psy.execute("DELETE FROM psychotherapy_notes WHERE body = ?",
                                ("Saved while the backup was copying.",))
                    psy.execute("INSERT INTO psychotherapy_notes (note_id, client_id, note_date, body, created_at, "
                                "updated_at) SELECT 'after-' || note_id, client_id, note_date, 'Written by the "
                                "maintenance.', created_at, updated_at FROM psychotherapy_notes")
            print("closed", flush=True)
            os._exit(9)  # the machine stops here: the backup's reader never lets go

    backup_beside.runner().checkpoint = held
    backup_now.finish(vault, backup_now.start(vault, Path(sys.argv[3])))
    """
)


def test_killed_after_a_maintenance_close_beside_a_backup_nothing_is_lost(
    tmp_path: Path, kdf_params: KdfParams
) -> None:
    folder = tmp_path / "vault"
    create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False).vault.lock()
    done = subprocess.run([sys.executable, "-c", KILLED, str(folder), PASSPHRASE, str(tmp_path / "usb")],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.stdout.strip() == "closed", done.stderr
    assert done.returncode == 9
    notes_file = folder / COMPARTMENT_FILES["psychotherapy"]
    assert leftover_journal(notes_file)  # the maintenance's changes wait in the -wal, not half in the file

    vault = open_vault(folder, PASSPHRASE)
    try:
        vault.unlock_psychotherapy(PASSPHRASE)  # the -wal replayed: every committed change there
        client_id = clients.list_clients(vault)[0].client_id
        assert len(psychotherapy_notes.list_psychotherapy_notes(vault, client_id)) == 2
        assert vault.psychotherapy.integrity_problems() == []
        made = backup.create_backup(vault, tmp_path / "usb2", verify=True)
        assert made.verified
    finally:
        vault.lock()
    assert not leftover_journal(notes_file)

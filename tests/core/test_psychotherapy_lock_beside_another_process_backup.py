"""The psychotherapy notes locked while another process's backup reads their file: the app's window,
locked with the notes open, still making its backup beside the lock, while a second opening of the
vault (a command in a terminal, or the window of another run) unlocks the notes, writes and locks them.

Found: that lock's closing checkpoint waited for the other process's read transaction (the busy
timeout, 5 s), gave up all the same, and the other process's reader, the last connection, folded the
-wal in as it closed. The file then no longer matched the fingerprint taken at the close, and the next
backup of the locked notes refused it as "an older copy put back" (backup.psychotherapy_changed). The
in-process hand-off (storage/backup_readers.py) cannot reach another process; the close now does not
wait when a backup elsewhere is journaled, and foresees from the file and its -wal the bytes that fold
leaves (storage/wal_fold.py), so that file is known for this session's own work.

The other process is real (Qt's widgets loaded, as the app's are), held at its backup's start until
the test lets it go; the busy timeout is very long, so a lock that waits can only end once the other
process is let go: the test asks which came first (an event, never a clock)."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vault_app.crypto import keys
from vault_app.crypto.kdf import KdfParams
from vault_app.services import backup, clients, psychotherapy_notes
from vault_app.services.vault import create_vault, open_vault
from vault_app.storage import compartment_connect
from vault_app.storage.backup_snapshot import leftover_journal
from vault_app.storage.compartment import COMPARTMENT_FILES, Compartment
from vault_app.storage.wal_fold import folded_digest

WINDOW = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    app = QApplication(["vault-app", "-platform", "offscreen"])
    from vault_app.services import backup, backup_beside, clients
    from vault_app.services.vault import open_vault

    vault = open_vault(Path(sys.argv[1]), sys.argv[2])
    vault.unlock_psychotherapy(sys.argv[2])
    backup.configure(vault, target=sys.argv[3], auto=True, kind="file")
    clients.create_client(vault, "Perpetua Windowsworth")

    def held(step):
        if step == "start":
            print("held", flush=True)
            sys.stdin.readline()

    backup_beside.runner().checkpoint = held
    assert backup_beside.lock_with_backup(vault)
    backup_beside.runner().wait()
    print("made" if not backup_beside.runner().failures else "failed", flush=True)
    """
)


def test_the_notes_lock_at_once_beside_another_process_backup_and_its_fold_is_known(
    tmp_path: Path, kdf_params: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(compartment_connect, "BUSY_TIMEOUT_SECONDS", 3600.0)
    folder = tmp_path / "vault"
    create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False).vault.lock()
    notes_file = folder / COMPARTMENT_FILES["psychotherapy"]
    with subprocess.Popen([sys.executable, "-c", WINDOW, str(folder), PASSPHRASE, str(tmp_path / "usb")],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as window:
        assert window.stdin is not None and window.stdout is not None
        try:
            assert window.stdout.readline().strip() == "held"
            vault = open_vault(folder, PASSPHRASE)
            vault.unlock_psychotherapy(PASSPHRASE)
            client_id = clients.create_client(vault, "Ione Castellane").client_id
            psychotherapy_notes.create_psychotherapy_note(vault, client_id, "Written beside the window's backup.")

            order: list[str] = []
            locked = threading.Event()
            failed: list[BaseException] = []

            def lock() -> None:
                try:
                    vault.lock_psychotherapy()
                except BaseException as exc:  # said below, not lost on the thread
                    failed.append(exc)
                order.append("locked")
                locked.set()

            locker = threading.Thread(target=lock)
            locker.start()
            locked.wait(60)  # a bound against a hung test only: the order below is the assertion
            order.append("window let go")
            assert leftover_journal(notes_file)  # the other process's reader keeps it from being folded yet
            window.stdin.write("go\n")
            window.stdin.flush()
            locker.join()
            assert window.stdout.readline().strip() == "made"
            assert window.wait(timeout=120) == 0
        finally:
            if window.poll() is None:
                window.kill()
    assert failed == []
    assert order == ["locked", "window let go"]
    assert not leftover_journal(notes_file)  # folded by the window's reader as it closed
    try:
        vault.refuse_unchecked_psychotherapy_file()  # this session's own work, not "an older copy put back"
        made = backup.create_backup(vault, tmp_path / "usb2", verify=True)  # the locked notes packed
        assert made.verified
        vault.unlock_psychotherapy(PASSPHRASE)
        assert len(psychotherapy_notes.list_psychotherapy_notes(vault, client_id)) == 1
        assert vault.psychotherapy.integrity_problems() == []
    finally:
        vault.lock()


def test_the_fold_foreseen_is_the_file_sqlite_leaves(tmp_path: Path) -> None:
    """storage/wal_fold.py against SQLite's own checkpoint: a real SQLCipher file, its -wal held by a
    reader while pages are written, grown and freed; the bytes foreseen are those the reader's close
    leaves. Without a committed frame nothing is foreseen."""
    path, key = tmp_path / "c.db", keys.random_key()
    writer = Compartment.open("psychotherapy", path, key, create=True)
    writer.execute("CREATE TABLE t (x BLOB)")
    writer.checkpoint()
    assert folded_digest(path, Path(str(path) + "-wal")) is None
    reader = Compartment.open("psychotherapy", path, key)
    reader.execute("BEGIN")
    reader.query_one("SELECT count(*) FROM t")
    for i in range(40):
        writer.execute("INSERT INTO t VALUES (randomblob(3000 + ?))", (i,))
    writer.execute("DELETE FROM t WHERE rowid % 3 = 0")
    writer.raw_connection.execute("PRAGMA busy_timeout = 0")
    writer.close()  # its checkpoint cannot finish: the reader's snapshot
    assert leftover_journal(path)
    foreseen = folded_digest(path, Path(str(path) + "-wal"))
    assert foreseen is not None
    reader.execute("COMMIT")
    reader.close_reader()  # the last connection: SQLite folds the -wal in
    assert not leftover_journal(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == foreseen

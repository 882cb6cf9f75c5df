"""The whole vault locked (Lock, or a command's exit) with the psychotherapy notes open, while another
process's backup reads the vault's files: the app's window, locked, still making its backup beside its lock.

Found: the notes' own lock no longer waited for that reader (services/vault_psychotherapy.py), but the
whole-vault lock closed the open notes (and the records, the ledger) with a plain close, whose closing
checkpoint waited for the other process's read transaction (the busy timeout, 5 s). It now closes them
the notes' way: at once, the other process's reader folding the journal in as it closes.

The busy timeout is very long here, so a lock that waits can only end once the other process is let go:
the test asks which came first (an event, never a clock)."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.test_psychotherapy_lock_beside_another_process_backup import WINDOW
from vault_app.crypto.kdf import KdfParams
from vault_app.services import backup, clients, psychotherapy_notes
from vault_app.services.vault import create_vault, open_vault
from vault_app.storage import compartment_connect
from vault_app.storage.backup_snapshot import leftover_journal
from vault_app.storage.compartment import COMPARTMENT_FILES


def test_the_vault_locks_at_once_with_the_notes_open_beside_another_process_backup(
    tmp_path: Path, kdf_params: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(compartment_connect, "BUSY_TIMEOUT_SECONDS", 3600.0)
    folder = tmp_path / "vault"
    create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False).vault.lock()
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
                    vault.lock()  # the whole vault, the notes still open
                except BaseException as exc:  # said below, not lost on the thread
                    failed.append(exc)
                order.append("locked")
                locked.set()

            locker = threading.Thread(target=lock)
            locker.start()
            locked.wait(60)  # a bound against a hung test only: the order below is the assertion
            order.append("window let go")
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
    for name in ("psychotherapy", "records"):
        assert not leftover_journal(folder / COMPARTMENT_FILES[name])  # folded by the window's reader
    vault = open_vault(folder, PASSPHRASE)
    try:
        made = backup.create_backup(vault, tmp_path / "usb2", verify=True)  # the locked notes packed
        assert made.verified
        vault.unlock_psychotherapy(PASSPHRASE)
        assert len(psychotherapy_notes.list_psychotherapy_notes(vault, client_id)) == 1
        assert vault.psychotherapy.integrity_problems() == []
    finally:
        vault.lock()

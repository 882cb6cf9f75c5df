"""The psychotherapy notes locked while Back up now reads them (services/backup_now.py): found, the
lock's closing checkpoint waited for the backup's read transaction (the connection's busy timeout,
5 s), and the app's one worker with it: an autosave, the lock itself, a chart's opening queued
behind. The compartment now closes for the app at once; the backup's own connection finishes its
read and, the last to let go, folds the notes' journal into their file, whose fingerprint the
vault takes again (a backup of the locked notes later packs it, services/vault_psychotherapy_file.py).

The busy timeout is made very long here, so a lock that waits for the reader can only end once
the backup is let go: the test asks which came first (an event, never a clock)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.test_backup_beside import Gate
from vault_app.domain.errors import CompartmentLocked
from vault_app.services import backup, backup_beside, backup_now, clients, psychotherapy_notes
from vault_app.services.vault import Vault
from vault_app.storage import compartment_connect
from vault_app.storage.backup_snapshot import leftover_journal
from vault_app.storage.compartment import COMPARTMENT_FILES


def test_the_notes_lock_at_once_while_back_up_now_reads_them_and_their_file_is_settled_after(
    vault: Vault, tmp_path: Path, runner: backup_beside.BackupRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(compartment_connect, "BUSY_TIMEOUT_SECONDS", 3600.0)
    vault.unlock_psychotherapy(PASSPHRASE)  # opened with the long wait
    target = tmp_path / "usb"
    backup.configure(vault, target=str(target), kind="file")
    client_id = clients.create_client(vault, "Ione Castellane").client_id
    psychotherapy_notes.create_psychotherapy_note(vault, client_id, "Process notes before the backup.")
    gate = Gate("start")  # held with its read transactions open, nothing copied yet
    runner.checkpoint = gate
    running = backup_now.start(vault, target)
    assert gate.reached.wait(60)
    # Saved after the backup began: pages the backup's reader keeps the journal from folding in.
    psychotherapy_notes.create_psychotherapy_note(vault, client_id, "Saved while the backup was copying.")

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
    order.append("backup let go")
    gate.release.set()
    locker.join()
    assert failed == []
    assert order == ["locked", "backup let go"]
    with pytest.raises(CompartmentLocked):
        _ = vault.psychotherapy  # nothing of it readable by the app's screens after the lock
    assert not vault.psychotherapy_open

    done = backup_now.finish(vault, running)
    assert done.info.verified
    notes_file = vault.folder / COMPARTMENT_FILES["psychotherapy"]
    assert not leftover_journal(notes_file)  # folded in by the backup's own connection as it closed
    # The file is this session's own work: the next backup packs the locked notes.
    vault.refuse_unchecked_psychotherapy_file()
    assert backup_beside.lock_with_backup(vault)
    assert runner.wait(120)
    assert runner.failures == []

"""Back up now pressed while the backup made at the lock is still being built (services/backup_now.py
start_after_lock, after_lock_backup): waited for, not refused. Here the service's side: the window's
is tests/gui/test_back_up_now_after_lock.py. The lock's backup is held by an event (never a sleep)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.test_backup_beside import Gate
from vault_app.domain.errors import CompartmentLocked
from vault_app.services import backup, backup_beside, backup_now, clients
from vault_app.services.vault import Vault, open_vault


def test_locked_again_while_it_waited_it_begins_nothing(
    vault: Vault, vault_dir: Path, tmp_path: Path, runner: backup_beside.BackupRunner
) -> None:
    target = tmp_path / "usb"
    backup.configure(vault, target=str(target), auto=True, kind="file")
    clients.create_client(vault, "Ione Castellane")
    gate = Gate("start")
    runner.checkpoint = gate
    assert backup_beside.lock_with_backup(vault)
    assert gate.reached.wait(60)
    again = open_vault(vault_dir, PASSPHRASE)
    try:
        waiting = backup_now.start_after_lock(again, target)
        assert isinstance(waiting, backup_now.LockBackupFirst)  # not refused as "being made right now"
        ended = threading.Event()
        waiting.when_ended(ended.set)
        assert not ended.is_set()  # held: the lock's backup has not ended
        gate.release.set()
        assert ended.wait(120)
        assert isinstance(backup_now.after_lock_backup(again, target), backup_now.NewestAlready)
        again.lock()  # locked before Back up now's own part ran
        with pytest.raises(CompartmentLocked) as refused:
            backup_now.after_lock_backup(again, target)
        assert refused.value.code == "vault.locked"
    finally:
        gate.release.set()
        if again.is_open:
            again.lock()
    assert runner.wait(120) and runner.failures == []
    assert len(list(target.glob("*.vaultbackup"))) == 1  # the lock's, and nothing half-made beside it

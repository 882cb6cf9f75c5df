"""A backup of the locked psychotherapy notes while their last changes wait in the journal for a backup's
reader to fold them in (the notes locked while Back up now, or another window's backup, still read them:
services/vault_psychotherapy.py does not wait for it).

Found: refused with "still has unsaved changes from an interrupted session. Unlock the psychotherapy notes
once", which is not what happened (nothing was interrupted, and an unlock would not finish them sooner).
It now says a backup being made now is finishing them, and to back up again once it has ended. A journal
left by a session that really was interrupted keeps its words."""

from __future__ import annotations

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


def test_a_journal_left_for_a_backups_reader_is_said_as_such(
    vault: Vault, tmp_path: Path, runner: backup_beside.BackupRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(compartment_connect, "BUSY_TIMEOUT_SECONDS", 3600.0)
    vault.unlock_psychotherapy(PASSPHRASE)
    backup.configure(vault, target=str(tmp_path / "usb"), kind="file")
    client_id = clients.create_client(vault, "Ione Castellane").client_id
    psychotherapy_notes.create_psychotherapy_note(vault, client_id, "Process notes before the backup.")
    gate = Gate("start")
    runner.checkpoint = gate
    running = backup_now.start(vault, tmp_path / "usb")
    try:
        assert gate.reached.wait(60)
        psychotherapy_notes.create_psychotherapy_note(vault, client_id, "Saved while the backup was copying.")
        vault.lock_psychotherapy()
        assert leftover_journal(vault.folder / COMPARTMENT_FILES["psychotherapy"])
        with pytest.raises(CompartmentLocked) as refused:
            backup.create_backup(vault, tmp_path / "usb2", verify=True)
        assert refused.value.code == "backup.psychotherapy_settling"
        assert "interrupted" not in str(refused.value)
    finally:
        gate.release.set()
    assert backup_now.finish(vault, running).info.verified
    assert backup.create_backup(vault, tmp_path / "usb2", verify=True).verified  # the reader folded it in

"""Replace every key while this app is making a backup of the vault (Back up now, or the one on
lock). Found after Back up now moved to a thread of its own: while it copied the vault's files,
Replace every key waited 5 s and then said the vault was "being read by another program" - the
app's own backup. Now the replacement waits for the backup (registered first, under the keys it
was made with) and then goes on; `begin`, reached while one runs, says a backup is being made.
The backup is held at a known step by the runner's checkpoint hook (tests/core/test_backup_now.py's
Gate), never by a sleep."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.test_backup_beside import Gate
from vault_app.domain.errors import VaultBusy
from vault_app.services import backup, backup_beside, backup_now, clients, notes, vault_rekey_beside
from vault_app.services.vault import Vault, open_vault
from vault_app.services.vault_rekey_runners import replace_here

NEW = "a brand new passphrase, long enough"


@pytest.fixture
def target(vault: Vault, tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    backup.configure(vault, target=str(folder), kind="file")
    client_id = clients.create_client(vault, "Ione Castellane").client_id
    for i in range(4):
        notes.create_progress_note(vault, client_id, text=f"Session {i}: " + "worked on sleep " * 40)
    return folder


def test_begin_while_back_up_now_copies_says_a_backup_is_being_made(
    vault: Vault, target: Path, runner: backup_beside.BackupRunner
) -> None:
    gate = Gate("start")  # held before it copied anything: its reads pin every file
    runner.checkpoint = gate
    running = backup_now.start(vault, target)
    try:
        assert gate.reached.wait(60)
        with pytest.raises(VaultBusy) as refused:
            vault_rekey_beside.begin(vault, PASSPHRASE, NEW)
        assert refused.value.code == "rekey.backup_running"
        assert "backup" in refused.value.message and "another program" not in refused.value.message
        assert vault_rekey_beside.NOTHING_CHANGED in refused.value.message
    finally:
        gate.release.set()
    assert backup_now.finish(vault, running).info.verified
    assert not vault_rekey_beside.copies_interrupted(vault.header.settings)


def test_replace_every_key_waits_for_the_backup_then_replaces_them(
    vault: Vault, target: Path, runner: backup_beside.BackupRunner
) -> None:
    gate = Gate("start")
    runner.checkpoint = gate
    running = backup_now.start(vault, target)
    assert gate.reached.wait(60)
    steps: list[str] = []

    def progress(_fraction: float, step: str) -> None:
        steps.append(getattr(step, "code", ""))
        if steps[-1] == "rekey.waiting_for_backup":  # the replacement says it waits: the backup may go on now
            gate.release.set()

    try:
        result = replace_here(vault, PASSPHRASE, NEW, progress=progress)
    finally:
        gate.release.set()
    assert "rekey.waiting_for_backup" in steps and steps[-1] == "rekey.done"
    assert result.recovery_key
    # The backup was registered before the keys changed, whole and verified.
    done = backup_now.finish(vault, running)
    assert done.info.verified
    listed = backup.list_backups(vault)
    assert [b["path"] for b in listed] == [done.info.path] and listed[0]["state"] == "verified"
    vault.lock()
    open_vault(vault.folder, NEW).lock()

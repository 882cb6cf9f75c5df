"""A terminal's `vault-app backup restore --overwrite` while the window is locked and its backup
on lock is still being built (a real CLI process; the job held at a known step by an event
hook, never a sleep).

Found probing: the backup of the vault as it was at the lock, from before the restore, was
registered into the restored vault as its newest verified backup, and its rotation then
deleted the very backup just restored from (one a day is kept): the therapist who went back
to this morning's copy was left with no backup of it, and a newest backup holding what they
had restored away from (whose next lock saw nothing to back up). Now such a backup is
scrubbed, the backup restored from stays, and the next unlock says why in plain words."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.destruction_helpers import raw_hits, seed_chart
from tests.core.test_destruction_beside_backup import HoldUntilStopped
from vault_app.services import backup, backup_beside, backup_beside_control, backup_repo, clients
from vault_app.services.vault import Vault, open_vault


def _restore_in_a_terminal(source: Path, vault_dir: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "vault_app", "backup", "restore", str(source), "--to",
                           str(vault_dir), "--overwrite"],
                          env={**os.environ, "VAULT_APP_PASSPHRASE": PASSPHRASE}, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr


def _first_backup(vault: Vault, target: Path, kind: str) -> Path:
    if kind == "file":
        return Path(backup.create_backup(vault, target, verify=True).path)
    backup_repo.create_incremental(vault, target, verify=True)
    (snapshot,) = (target / "snapshots").glob("*.vrs")
    return snapshot


@pytest.mark.parametrize("kind", ["file", "repo"])
@pytest.mark.parametrize("registered_by", ["job", "unlock"])
def test_a_restore_from_a_terminal_during_the_backup_on_lock_keeps_the_backup_restored_from(
    psy_vault: Vault, vault_dir: Path, tmp_path: Path, runner: backup_beside.BackupRunner, kind: str,
    registered_by: str,
) -> None:
    target = tmp_path / "usb"
    backup.configure(psy_vault, target=str(target), kind=kind)
    source = _first_backup(psy_vault, target, kind)
    chart = seed_chart(psy_vault, "R")  # after the backup: what the therapist restores away from
    at_lock = psy_vault.ledger.head().seq
    backup_beside_control.take_last_failure()
    hold = HoldUntilStopped(runner, "verified")  # built and checked, not yet registered
    runner.checkpoint = hold
    assert backup_beside.lock_with_backup(psy_vault)
    assert hold.reached.wait(60)

    _restore_in_a_terminal(source, vault_dir)
    again = None
    if registered_by == "unlock":
        again = open_vault(vault_dir, PASSPHRASE)  # the window unlocked before the job ended
    hold.release.set()
    assert runner.wait(120)
    if again is None:
        assert runner.failures == ["backup-restored-over"], runner.failures
    else:
        assert backup_beside.register_waiting(again) == []
        again.lock()
    assert runner.finished == [] and runner.waiting == []
    said = backup_beside_control.take_last_failure()
    assert said is not None and "restored" in said, said

    assert source.is_file(), "the backup restored from is kept"
    assert raw_hits(target, chart.needles()) == []  # nothing of the state restored away from is left
    vault = open_vault(vault_dir, PASSPHRASE)
    try:
        assert clients.list_clients(vault) == []
        listed = backup.list_backups(vault)
        assert listed and all(b["ledger_seq"] < at_lock for b in listed), listed
    finally:
        vault.lock()


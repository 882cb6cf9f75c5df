"""A terminal's `vault-app rekey` while the window is locked and its backup on lock is still
being built (a real CLI process; the job held at a known step by an event hook, never a sleep).

Found probing: the job could not register the backup (the header no longer opens with the
master key it holds), failed as 'tampered' (the next unlock said the vault header was
altered), and left the whole verified archive, under the old keys, in the backup folder as a
hidden partial file outside the register, which no later destruction purges. Now the archive
is scrubbed and the next unlock says why in plain words."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.destruction_helpers import raw_hits, seed_chart
from tests.core.test_destruction_beside_backup import HoldUntilStopped
from vault_app.services import backup, backup_beside, backup_beside_control
from vault_app.services.vault import Vault, open_vault


@pytest.mark.parametrize("kind", ["file", "repo"])
def test_a_rekey_from_a_terminal_during_the_backup_on_lock_leaves_no_backup_behind(
    psy_vault: Vault, vault_dir: Path, tmp_path: Path, runner: backup_beside.BackupRunner, kind: str
) -> None:
    target = tmp_path / "usb"
    backup.configure(psy_vault, target=str(target), kind=kind)
    chart = seed_chart(psy_vault, "R")
    backup_beside_control.take_last_failure()
    hold = HoldUntilStopped(runner, "verified")  # built and checked, not yet registered
    runner.checkpoint = hold
    assert backup_beside.lock_with_backup(psy_vault)
    assert hold.reached.wait(60)

    done = subprocess.run([sys.executable, "-m", "vault_app", "--vault", str(vault_dir), "rekey"],
                          env={**os.environ, "VAULT_APP_PASSPHRASE": PASSPHRASE}, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    hold.release.set()
    assert runner.wait(120)

    assert runner.finished == [] and runner.waiting == [] and runner.failures == ["backup-rekeyed"]
    assert backup_beside_control.take_last_failure() == (f"{backup_beside_control.REKEYED} "
                                                        f"{backup_beside_control.OUTDATED_HINT}")
    # Nothing of the job is left in the folder: no file of any name holds the chart's words
    # (the repository's chunks are encrypted too: no snapshot names them any more).
    assert raw_hits(target, chart.needles()) == []
    left = [p for p in target.rglob("*") if p.is_file()]
    if kind == "file":
        assert left == []
    else:
        assert not list((target / "snapshots").iterdir())
    again = open_vault(vault_dir, PASSPHRASE)
    try:
        assert backup.list_backups(again) == []
    finally:
        again.lock()

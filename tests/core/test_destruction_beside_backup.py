"""A destruction started while the automatic backup on lock is still being built from the
vault's files stops that job and waits for it, instead of failing with "in use by another
program"; a finished backup still waiting for the vault is registered first, so the
destruction purges it (issue 21; docs/scaling.md, "Cost:").

The background job is held at a known step by an event hook, never by a sleep."""

from __future__ import annotations

import threading
from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.core.destruction_helpers import raw_hits, seed_chart
from vault_app.services import backup, backup_beside, destruction
from vault_app.services.vault import Vault, open_vault


class HoldUntilStopped:
    """At `step`, holds the job until a stop is asked for (or the test releases it)."""

    def __init__(self, runner: backup_beside.BackupRunner, step: str) -> None:
        self.runner = runner
        self.step = step
        self.reached = threading.Event()
        self.release = threading.Event()
        self.seen: list[str] = []
        self.stopped_while_held = False

    def __call__(self, name: str) -> None:
        self.seen.append(name)
        if name != self.step:
            return
        self.reached.set()
        for _ in range(600):  # bounded, so a failing test ends; no time is asserted
            if self.runner.stopping():
                self.stopped_while_held = True
                return
            if self.release.wait(0.1):
                return


def _destroy(vault: Vault, chart_number: str) -> dict[str, object]:
    return destruction.destroy(vault, chart_number, basis="retention", confirm=chart_number)


def test_a_destruction_during_the_copy_stops_the_job_and_completes(
    psy_vault: Vault, vault_dir: Path, tmp_path: Path, runner: backup_beside.BackupRunner
) -> None:
    target = tmp_path / "usb"
    backup.configure(psy_vault, target=str(target), kind="file")  # a single file (new vaults: snapshots)
    chart = seed_chart(psy_vault, "B")
    hold = HoldUntilStopped(runner, "start")  # its read transactions on the files are open here
    runner.checkpoint = hold
    assert backup_beside.lock_with_backup(psy_vault)
    assert hold.reached.wait(60)
    again = open_vault(vault_dir, PASSPHRASE, with_psychotherapy=True, wait_seconds=0)
    try:
        cert = _destroy(again, chart.chart_number)
        verification = cert["verification"]
        assert isinstance(verification, dict) and verification["result"] == "passed"
        assert hold.stopped_while_held and hold.seen == ["start"]
        assert not runner.busy()
        # The job made before the destruction left nothing: not registered, nothing in the target.
        assert runner.finished == [] and runner.waiting == [] and runner.failures == []
        assert backup.list_backups(again) == [] and list(target.iterdir()) == []
        # What changed stays "changed": the next lock backs up the vault as the destruction left it.
        [completed] = again.ledger.entries(kinds=(destruction.COMPLETED,))
        runner.checkpoint = None
        assert backup_beside.lock_with_backup(again)
    finally:
        if again.is_open:
            again.lock()
    assert runner.wait(120) and runner.failures == [] and len(runner.finished) == 1
    assert runner.finished[0].ledger_seq >= completed.seq  # the vault as the destruction left it
    assert raw_hits(target, chart.needles()) == []


def test_a_backup_waiting_for_the_vault_is_registered_and_purged_by_the_destruction(
    psy_vault: Vault, vault_dir: Path, tmp_path: Path, runner: backup_beside.BackupRunner
) -> None:
    target = tmp_path / "usb"
    backup.configure(psy_vault, target=str(target), kind="file")  # a single file (new vaults: snapshots)
    chart = seed_chart(psy_vault, "W")
    hold = HoldUntilStopped(runner, "packed")
    runner.checkpoint = hold
    assert backup_beside.lock_with_backup(psy_vault)
    assert hold.reached.wait(60)
    again = open_vault(vault_dir, PASSPHRASE, with_psychotherapy=True, wait_seconds=0)
    try:
        runner.checkpoint = None
        hold.release.set()
        assert runner.wait(120) and runner.failures == []
        assert len(runner.waiting) == 1  # built and verified while the vault was open
        cert = _destroy(again, chart.chart_number)
        verification = cert["verification"]
        assert isinstance(verification, dict) and verification["result"] == "passed"
        assert [b["status"] for b in verification["backups"]] == ["purged"]
        assert runner.waiting == []
        # The purged one and the one the destruction made after it (destruction_new_backup), both there.
        listed = backup.list_backups(again)
        assert len(listed) == 2 and all(Path(b["path"]).parent == target for b in listed), listed
    finally:
        again.lock()
    assert raw_hits(target, chart.needles()) == []

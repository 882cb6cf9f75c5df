"""The window's backup on lock, built while the window was locked, and a chart destroyed
meanwhile by `vault-app destroy` in a terminal (a real process: the window's own destruction
stops its jobs in-process, a terminal's cannot). Found by the older-copies pass: the job,
built before the destruction and registered after it, became a verified registered backup
still holding the destroyed chart, which the certificate (issued before) never accounted for;
a restore of it into a new folder brought the chart back. Now it is scrubbed, not registered,
and the next unlock says why. The job is held at a known step by an event, never a sleep."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, reopen
from tests.core.cli_helpers import cli_process
from tests.core.destruction_helpers import seed_chart
from tests.core.test_backup_beside import Gate
from vault_app.services import backup, backup_beside, backup_beside_control, clients
from vault_app.services.vault import Vault


@pytest.mark.parametrize("kind", ["file", "repo"])
def test_a_backup_built_before_a_terminals_destruction_is_not_registered_after_it(
        psy_vault: Vault, vault_dir: Path, tmp_path: Path, runner: backup_beside.BackupRunner, kind: str) -> None:
    target = tmp_path / "usb"
    backup.configure(psy_vault, target=str(target), kind=kind)
    doomed = seed_chart(psy_vault, "BESIDE", progress=1, psychotherapy=1)
    kept = clients.create_client(psy_vault, "Kept Beside").chart_number
    gate = Gate("verified")  # built and checked, its files let go, not registered yet
    runner.checkpoint = gate
    assert backup_beside.lock_with_backup(psy_vault)
    assert gate.reached.wait(60)
    done = cli_process("destroy", "--vault", str(vault_dir), "--client", doomed.chart_number, "--basis", "override",
                       "--override-reason", "a terminal destroys while the window's backup is built",
                       "--confirm", doomed.chart_number)
    assert done.code == 0 and "Destroyed and verified" in done.out, done.err
    gate.release.set()
    assert runner.wait(120)

    assert runner.finished == [] and runner.failures == ["backup-outdated"]
    said = backup_beside_control.take_last_failure()
    assert said is not None and said.startswith("it held a chart or notes that were destroyed after it was made")
    with reopen(vault_dir) as again:
        assert backup.list_backups(again) == []
        assert [c.chart_number for c in clients.list_clients(again)] == [kept]
    # Nothing of the chart in the backup folder: no registered file, no partial one, no chunk
    # (no other snapshot was ever made here: every chunk was the discarded one's).
    assert not [p for p in (target / "chunks").rglob("*") if p.is_file()] if kind == "repo" else True
    assert not [p for p in target.rglob("*") if p.is_file() and p.suffix in (".vaultbackup", ".vrs")]
    assert not [p for p in target.rglob("*partial*")]


def test_a_backup_built_with_no_destruction_meanwhile_is_registered_as_before(
        vault: Vault, vault_dir: Path, tmp_path: Path, runner: backup_beside.BackupRunner) -> None:
    target = tmp_path / "usb"
    backup.configure(vault, target=str(target), kind="file")
    clients.create_client(vault, "Kept Beside")
    gate = Gate("verified")
    runner.checkpoint = gate
    assert backup_beside.lock_with_backup(vault)
    assert gate.reached.wait(60)
    done = cli_process("client", "add", "Added Beside", "--vault", str(vault_dir))  # a change, not a destruction
    assert done.code == 0, done.err
    gate.release.set()
    assert runner.wait(120)
    assert runner.failures == [] and len(runner.finished) == 1
    summary = backup.verify_backup(Path(runner.finished[0].path), passphrase=PASSPHRASE)
    assert summary["ok"]

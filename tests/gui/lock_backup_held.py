"""A backup made at the lock, held at one of its steps: the app's vault given a repository of
dated backups that backs up on lock and one chart, then locked, and the lock's background job
stopped at `step` by an event until the test releases it (never a sleep). On leaving, the gate
is opened and the runner's checkpoint cleared, whatever the test did."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.core.test_backup_beside import Gate
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.services import backup, backup_beside, clients


@dataclass
class HeldLockBackup:
    repo: Path
    runner: backup_beside.BackupRunner
    gate: Gate


@contextmanager
def lock_backup_held(app: AppController, qtbot: Any, repo: Path, client_name: str,
                     step: str = "verified") -> Iterator[HeldLockBackup]:
    """Configure `repo`, add a chart named `client_name`, lock; yields once the lock's backup
    has reached `step` and waits there."""
    app.op(None, lambda v: backup.configure(v, target=str(repo), auto=True, kind="repo")).run()
    app.op(None, lambda v: clients.create_client(v, client_name)).run()
    wait_ops(qtbot)
    runner = backup_beside.runner()
    gate = Gate(step)
    runner.checkpoint = gate
    try:
        app.lock()
        wait_ops(qtbot)
        assert gate.reached.wait(60)
        yield HeldLockBackup(repo, runner, gate)
    finally:
        gate.release.set()
        runner.checkpoint = None

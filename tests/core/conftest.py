"""Fixtures shared by the core tests of the backup on lock."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from vault_app.services import backup_beside


@pytest.fixture
def runner() -> Iterator[backup_beside.BackupRunner]:
    """The process's one backup-on-lock runner, idle and with nothing recorded, before and
    after the test (any job still running at the end is told to stop)."""
    r = backup_beside.runner()
    r.checkpoint = None
    assert r.wait(120)  # another test's backup (the GUI's) has ended
    r.failures.clear()
    r.finished.clear()
    r.waiting.clear()
    yield r
    r.checkpoint = None
    r.abandon(10)
    r.failures.clear()
    r.finished.clear()
    r.waiting.clear()

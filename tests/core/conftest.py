"""Fixtures shared by the core tests: the backup on lock, and Ctrl-C as a terminal sends it."""

from __future__ import annotations

import signal
from collections.abc import Iterator

import pytest

from vault_app.services import backup_beside


@pytest.fixture
def ctrl_c_as_at_a_terminal() -> Iterator[None]:
    """Python's own Ctrl-C (KeyboardInterrupt) for a test that sends itself a SIGINT: a suite
    started as a shell's background job (a CI script, `cmd &`) inherits SIGINT ignored, and
    Python then installs no handler, so the test's Ctrl-C was never heard (found in a
    fresh-clone run: a destroy and a restore went to their end)."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


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

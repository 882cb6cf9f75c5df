"""The kill tests' fork waits for threads that left Python but not yet the OS (kill_helpers)."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.core import kill_helpers


def _python_threads() -> set[int]:
    return {t.native_id for t in threading.enumerate() if t.native_id is not None}


def test_no_thread_of_a_finished_pool_is_left_when_settled() -> None:
    for _ in range(20):
        with ThreadPoolExecutor(4) as pool:
            list(pool.map(pow, range(64), range(64)))
        assert kill_helpers.settle_threads() == set()
        assert kill_helpers._os_threads() - _python_threads() <= kill_helpers._foreign


def test_a_thread_that_never_leaves_is_taken_as_the_process_own(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kill_helpers, "SETTLE_SECONDS", 0.05)
    monkeypatch.setattr(kill_helpers, "_foreign", set(kill_helpers._foreign))
    stop = threading.Event()
    worker = threading.Thread(target=stop.wait)
    worker.start()
    try:
        # A thread Python lists is never waited for; hidden from Python it looks like a C thread.
        others = [t for t in threading.enumerate() if t is not worker]
        monkeypatch.setattr(kill_helpers.threading, "enumerate", lambda: others)
        assert kill_helpers.settle_threads() == {worker.native_id}
        assert kill_helpers.settle_threads() == set()  # remembered: no second wait
    finally:
        monkeypatch.undo()
        stop.set()
        worker.join()

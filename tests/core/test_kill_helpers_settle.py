"""The kill tests' fork waits for threads that left Python but not yet the OS (kill_helpers).

Only threads Python started count: an xdist worker that ran GUI tests before also has Qt's
threads, which Python does not list and which may stay for 30 s or for good (docs/testing.md,
"Twenty-ninth round"). The C thread below stands for them.
"""

from __future__ import annotations

import ctypes
import os
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.core import kill_helpers

pytestmark = pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="threads are read from /proc")


def _me(_: int) -> tuple[int, int | None]:
    tid = threading.get_native_id()
    return tid, kill_helpers._started_at(tid)


@pytest.fixture
def c_thread() -> Iterator[int]:
    """A thread made by C (pthread_create of pause()), unknown to Python, alive until the test ends."""
    libc = ctypes.CDLL(None, use_errno=True)
    before = kill_helpers._os_threads()
    handle = ctypes.c_ulong()
    assert libc.pthread_create(ctypes.byref(handle), None, ctypes.cast(libc.pause, ctypes.c_void_p), None) == 0
    try:
        (tid,) = kill_helpers._os_threads() - before  # clone() has returned: the task is there
        yield tid
    finally:
        assert libc.pthread_cancel(handle) == 0  # pause() is a cancellation point
        assert libc.pthread_join(handle, None) == 0


def test_no_thread_of_a_finished_pool_is_left_when_settled(c_thread: int) -> None:
    # The C thread stays throughout: it must not be waited for (it was, for 5 s, and then
    # returned as "stayed", which failed this test in a worker that had run GUI tests).
    for _ in range(20):
        with ThreadPoolExecutor(4) as pool:
            ran = set(pool.map(_me, range(64)))
        kill_helpers.settle_threads()
        # The same tid with the same start time would be the same thread, still in the OS.
        assert {(tid, kill_helpers._started_at(tid)) for tid, _ in ran} & ran == set()
        assert kill_helpers._started_at(c_thread) is not None


@pytest.mark.parametrize(("noted_as", "leaving"), [("its own start", True), ("an earlier start", False)])
def test_a_thread_counts_as_leaving_only_under_the_start_time_python_noted(
    c_thread: int, noted_as: str, leaving: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kill_helpers, "_python_threads", set(kill_helpers._python_threads))
    assert c_thread not in kill_helpers._leaving_threads()  # not started by Python: never leaving
    started = kill_helpers._started_at(c_thread)
    assert started is not None
    # Noted under an earlier start: a Python thread that had this tid and is gone (tid reused).
    noted = (c_thread, started if leaving else started - 1)
    kill_helpers._python_threads.add(noted)
    assert (c_thread in kill_helpers._leaving_threads()) is leaving
    assert (noted in kill_helpers._python_threads) is leaving  # a reused tid is forgotten


def test_a_thread_that_left_python_is_waited_for_until_it_leaves_the_os(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kill_helpers, "SETTLE_SECONDS", 0.05)
    told = threading.Event()
    where = kill_helpers._where
    monkeypatch.setattr(kill_helpers, "_where", lambda tids: (told.set(), where(tids))[1])
    stop = threading.Event()
    lingering = threading.Thread(target=stop.wait)
    lingering.start()
    # Hidden from Python's list while still in the OS: what a thread in its C cleanup looks like.
    enumerate_ = threading.enumerate
    monkeypatch.setattr(threading, "enumerate", lambda: [t for t in enumerate_() if t is not lingering])
    failed: list[BaseException] = []

    def settle() -> None:
        try:
            kill_helpers.settle_threads()
        except BaseException as error:  # reported by the test's thread
            failed.append(error)

    settler = threading.Thread(target=settle)
    settler.start()
    try:
        while not told.wait(0.01):
            assert settler.is_alive(), "settle_threads returned while a thread that left Python was in the OS"
        assert settler.is_alive()  # named after SETTLE_SECONDS, and still waiting
    finally:
        stop.set()
        lingering.join()
        settler.join()
        monkeypatch.undo()
    assert failed == []

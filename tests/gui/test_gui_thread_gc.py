"""Qt objects are released on the GUI thread, whatever thread runs Python meanwhile.

Two ways a Qt object used to be able to die on the worker thread: Python's cyclic collector
running there (it runs on whichever thread crosses its allocation threshold), and the
worker releasing the last reference to an operation's callable after running it. Either
deletes a GUI-thread object from another thread; the suite saw crashes in Qt's event loop
while windows were rebuilt around a lock.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt

from vault_app.gui import gui_thread_gc
from vault_app.gui.background import runner


@pytest.fixture
def collections() -> Iterator[list[int]]:
    """The thread of every collection the collector runs while the test runs."""
    seen: list[int] = []

    def note(phase: str, _info: dict[str, Any]) -> None:
        if phase == "start":
            seen.append(threading.get_ident())

    gc.callbacks.append(note)
    yield seen
    gc.callbacks.remove(note)


def _make_cycles(count: int) -> int:
    """What a busy worker does to the collector's counts: many container objects, some in
    cycles (as PDF layout and parsing make)."""
    made = 0
    for _ in range(count):
        node: dict[str, object] = {}
        node["self"] = node
        made += 1
    return made


def _reading(probe: QObject) -> Callable[[], str]:
    return lambda: probe.objectName() or "ran"


def test_the_worker_never_runs_a_collection_and_the_gui_thread_does(qtbot: Any, collections: list[int]) -> None:
    gui = threading.get_ident()
    done: list[int] = []
    runner().submit(None, lambda: _make_cycles(200_000), on_success=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=60_000)
    assert done == [200_000]
    assert set(collections) <= {gui}, "a collection ran on another thread"
    assert not gc.isenabled()
    # The worker left far more than one threshold's worth of cycles: the GUI thread's timer
    # collects them.
    qtbot.waitUntil(lambda: gui in collections, timeout=10_000)
    assert set(collections) == {gui}


def test_an_operation_holding_the_last_reference_to_a_qt_object_releases_it_on_the_gui_thread(qtbot: Any) -> None:
    gui = threading.get_ident()
    died_on: list[int] = []
    probe = QObject()  # no parent: its wrapper owns it, as a closed form's does
    probe.destroyed.connect(lambda: died_on.append(threading.get_ident()), Qt.ConnectionType.DirectConnection)
    work = _reading(probe)
    del probe
    done: list[str] = []
    runner().submit(None, work, on_success=done.append)
    del work  # the operation's callable now holds the only reference
    qtbot.waitUntil(lambda: bool(done), timeout=60_000)
    # Released when the result has been delivered (not left on the worker until its next
    # operation, nor released there).
    qtbot.waitUntil(lambda: bool(died_on), timeout=60_000)
    assert died_on == [gui]


def test_the_collector_collects_what_is_due_and_stops_for_the_core_tests(qtbot: Any, collections: list[int]) -> None:
    runner()
    assert not gc.isenabled()
    _make_cycles(gc.get_threshold()[0] * 3)
    qtbot.waitUntil(lambda: bool(collections), timeout=10_000)
    gui_thread_gc.stop()
    assert gc.isenabled()

"""tests/source_trees.py: a parse that the cyclic collector stays out of, frozen while collecting.

The trees are acyclic, so the collector had nothing to find in them; it ran while they grew and
its full passes walked all trees parsed so far again (docs/testing.md, thirty-third round)."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import source_trees

ROOT = Path(__file__).resolve().parents[2]


def _big_source() -> str:
    """A text no test has parsed (the cache is keyed by the text), of ~12,000 nodes: enough
    tracked objects that the collector's first generation (700) would run several times."""
    lines = [f"value_{i} = ({i}, {{'k': [{i}]}})" for i in range(1500)]
    return "\n".join([f"# {uuid.uuid4()}", *lines]) + "\n"


@pytest.fixture
def collections() -> Iterator[list[int]]:
    started: list[int] = []

    def heard(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started.append(info["generation"])

    gc.callbacks.append(heard)
    yield started
    gc.callbacks.remove(heard)


def test_a_parse_runs_no_collection_and_leaves_the_collector_on(collections: list[int]) -> None:
    assert gc.isenabled()  # as a core test runs (GUI tests hand the collector back: _collector_back_after)
    tree = source_trees.parse(_big_source())
    assert collections == []
    assert gc.isenabled()
    assert len(list(source_trees.walk(tree))) > 10_000


def test_a_parse_leaves_a_disabled_collector_off() -> None:
    # The app's GUI turns the automatic collector off (gui/gui_thread_gc.py); a test's parse
    # must not turn it on behind it.
    gc.disable()
    try:
        source_trees.parse(_big_source())
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_nothing_is_frozen_by_a_parse_during_the_tests() -> None:
    """The conftest turns the freezing off once the suite is collected: a freeze here would keep
    the running test's own garbage for the rest of the process."""
    assert source_trees.freeze_parsed is False
    before = gc.get_freeze_count()
    source_trees.parse(_big_source())
    assert gc.get_freeze_count() == before


def test_while_collecting_the_tree_is_frozen_at_once() -> None:
    # In a process of its own: a freeze in this one could not be undone without unfreezing what
    # the collection froze.
    script = (
        "import gc, json, sys\n"
        "from tests import source_trees\n"
        "source = sys.stdin.read()\n"
        "gc.freeze(); before = gc.get_freeze_count()\n"
        "source_trees.freeze_parsed = True\n"
        "tree = source_trees.parse(source)\n"
        "frozen = gc.get_freeze_count() - before\n"
        "print(json.dumps([frozen, any(o is tree for o in gc.get_objects())]))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], input=_big_source(), capture_output=True, text=True,
                          cwd=ROOT, check=True)
    frozen, still_walked = json.loads(done.stdout)
    assert frozen > 10_000  # the tree's nodes, out of every later pass
    assert still_walked is False

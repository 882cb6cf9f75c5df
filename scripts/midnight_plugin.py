"""A pytest plugin that starts every test's body a moment before midnight UTC, to find tests
that take "today" themselves and compare it with the day the app takes later (a run that
crosses midnight fails them: docs/testing.md, "Dates in tests").

It moves the clock through libfaketime (Debian: `apt-get install faketime`), whose offset it
rewrites in FAKETIME_TIMESTAMP_FILE before each test's call and resets after it. Not part of
the suite: run it by hand, on the core tests (GUI tests wait on Qt's timers, which the
moved clock confuses):

    echo +0 > /tmp/ft && LEAD=0.01 FAKETIME_TIMESTAMP_FILE=/tmp/ft FAKETIME_NO_CACHE=1 \\
      LD_PRELOAD=/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1 PYTHONPATH=scripts \\
      .venv/bin/python -m pytest -p midnight_plugin -p no:randomly -q -m "not slow" tests/core

LEAD is how many seconds before midnight each test's body starts (0.01 catches a "today"
taken at the top of a test; try 0.08 and 0.3 too).

ROLL=1 starts each test's whole run (set-up, body, teardown) LEAD seconds before midnight and
lets the clock roll on until it ends, as a real run crossing midnight does: what tests/one_day.py
answers (a failed run across midnight run again on the new day). With FAKETIME_DONT_FAKE_MONOTONIC=1
Qt's timers keep the real monotonic clock, and the GUI tests run under it too:

    echo +0 > /tmp/ft && ROLL=1 LEAD=2 FAKETIME_TIMESTAMP_FILE=/tmp/ft FAKETIME_NO_CACHE=1 \\
      FAKETIME_DONT_FAKE_MONOTONIC=1 LD_PRELOAD=/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1 \\
      PYTHONPATH=scripts .venv/bin/python -m pytest -p midnight_plugin -n 0 -q tests/gui/test_refusals_in_spanish.py
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterator

import pytest

_offset = 0.0  # the faked clock's offset from the real one, in seconds


def _set(offset: float) -> None:
    global _offset
    with open(os.environ["FAKETIME_TIMESTAMP_FILE"], "w", encoding="ascii") as f:
        f.write(f"{offset:+.3f}\n")
    _offset = offset


def _rolling() -> bool:
    return os.environ.get("ROLL", "") == "1"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Iterator[None]:
    if not _rolling():
        yield
        return
    _before_midnight(float(os.environ.get("LEAD", "2")))
    try:
        yield
    finally:
        _set(0.0)


def _before_midnight(lead: float) -> None:
    real_now = time.time() - _offset
    today = dt.datetime.fromtimestamp(real_now, dt.UTC).date()
    midnight = dt.datetime.combine(today + dt.timedelta(days=1), dt.time(), dt.UTC).timestamp()
    _set(midnight - lead - real_now)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    if _rolling():
        yield
        return
    lead = float(os.environ.get("LEAD", "0.01"))
    real_now = time.time() - _offset
    today = dt.datetime.fromtimestamp(real_now, dt.UTC).date()
    midnight = dt.datetime.combine(today + dt.timedelta(days=1), dt.time(), dt.UTC).timestamp()
    _set(midnight - lead - real_now)
    try:
        yield
    finally:
        _set(0.0)

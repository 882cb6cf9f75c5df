"""tests/one_day.py, the suite's answer to a run crossing midnight: a failed test during which the
calendar day changed runs once more; any other failure is reported at once and a passing test is
never run again. Real pytest runs of a small test file whose tests move the plugin's clock (its
seam, `one_day.clock`) across midnight in the middle of their run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CROSSING = '''
from datetime import date, timedelta

from tests import one_day

DAY = [date(2026, 12, 6)]
one_day.clock = lambda: (DAY[0],)
RUNS: dict[str, int] = {}


def _ran(name):
    RUNS[name] = RUNS.get(name, 0) + 1
    return RUNS[name]


def _midnight():
    DAY[0] += timedelta(days=1)


def test_fails_across_midnight_then_passes_on_the_new_day():
    if _ran("once") == 1:
        _midnight()
        assert False, "tomorrow worked out before midnight, refused after it"


def test_fails_across_midnight_and_again_on_the_new_day():
    _ran("twice")
    _midnight()
    assert False, "a real failure"


def test_fails_on_one_day():
    _ran("plain")
    assert False, "a real failure"


def test_passes_across_midnight():
    _ran("passing")
    _midnight()


def test_the_runs():
    assert RUNS == {"once": 2, "twice": 2, "plain": 1, "passing": 1}
'''


def test_a_failure_across_midnight_runs_once_more_and_nothing_else_does(tmp_path: Path) -> None:
    (tmp_path / "test_crossing.py").write_text(CROSSING, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-p", "tests.one_day",
                           "-rA", "-q", "test_crossing.py"],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300, check=False)
    out = done.stdout
    assert "2 failed, 3 passed" in out, out
    assert "FAILED test_crossing.py::test_fails_across_midnight_and_again_on_the_new_day" in out, out
    assert "FAILED test_crossing.py::test_fails_on_one_day" in out, out
    assert "PASSED test_crossing.py::test_the_runs" in out, out
    # Each test run again says why (a "one day" section): the two that failed across midnight.
    assert out.count("run again: the calendar day changed during its first run (2026-12-") == 2, out

"""A test is judged on one calendar day: run again once when midnight passed during a failed run.

A test works out "today" (tomorrow's date to be refused, a minor's age, "5 days late") and the app
takes its own "today" later, from the same clock: the product reads date.today() and
QDate.currentDate() where it needs them, with no clock to hand a test. A run that crosses
midnight between the two failed for no fault of the app's (docs/testing.md, ci75: 15 failures).
Such a test is run again once, from its set-up, entirely on the new day: a run cannot cross
midnight twice, so a failure then is the test's or the app's, reported as any failure is. Only a
failed run that crossed midnight is run again: a passing test is never re-run, a failing one on
an ordinary day fails at once.

"Midnight" is checked on every clock the suite reads its days on: this process's zone, UTC and
the zones `local_zone` sets (tests/local_clock.py), since Auckland's midnight is UTC's 11:00.

The dates a test works out must be taken during its run (`disclosure_fixtures.today()`), not at
import: a module constant is yesterday's for every test after midnight, whichever run it is.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from _pytest.runner import runtestprotocol

from tests.local_clock import LOCAL_ZONES

RERUN_SECTION = "one day"


def days_now() -> tuple[date, ...]:
    """Today on each clock the tests read (the process's zone, UTC, the `local_zone` zones)."""
    now = datetime.now(UTC)
    return (date.today(), now.date(), *(now.astimezone(ZoneInfo(zone)).date() for zone in LOCAL_ZONES))


# The clock this plugin reads: tests/core/test_one_day.py hands it one that crosses midnight.
clock: Callable[[], tuple[date, ...]] = days_now


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> bool:
    item.ihook.pytest_runtest_logstart(nodeid=item.nodeid, location=item.location)
    before = clock()
    reports = runtestprotocol(item, nextitem=nextitem, log=False)
    after = clock()
    if after != before and any(r.failed for r in reports):
        # runtestprotocol left the item ready for another run (as pytest-rerunfailures uses it).
        reports = runtestprotocol(item, nextitem=nextitem, log=False)
        said = (f"run again: the calendar day changed during its first run ({before[0]} -> {after[0]}), "
                "which failed")
        for report in reports:
            report.sections.append((RERUN_SECTION, said))
    for report in reports:
        item.ihook.pytest_runtest_logreport(report=report)
    item.ihook.pytest_runtest_logfinish(nodeid=item.nodeid, location=item.location)
    return True

"""The agenda's midnight is the practice's: DayWatch's timer to the next midnight of its clock's own
zone (gui/practice_clock.now gives the practice's), not the computer's. The computer is in Madrid
here (TZ and the C library's clock), the clocks read are given: no waiting.

Found with the practice's time zone: a Los Angeles practice's agenda on a laptop in Madrid turned
its day at Madrid's midnight, nine hours early."""

from __future__ import annotations

import time as clock
from collections.abc import Iterator
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from vault_app.gui.day_watch import AFTER_MIDNIGHT_MS, ms_to_next_midnight


@pytest.fixture(autouse=True)
def _in_madrid(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Madrid")
    clock.tzset()
    yield
    monkeypatch.undo()
    clock.tzset()


# (zone, the clock's reading, fold, the real time to its next midnight)
ROWS = [
    ("America/Los_Angeles", datetime(2026, 12, 8, 23, 59, 30), 0, timedelta(seconds=30)),
    ("America/Los_Angeles", datetime(2026, 12, 8, 16, 0), 0, timedelta(hours=8)),
    ("Europe/Madrid", datetime(2026, 12, 9, 1, 0), 0, timedelta(hours=23)),
    # Santiago the night its clocks go back at midnight: the first 23:30 is 90 minutes from Sunday.
    ("America/Santiago", datetime(2027, 4, 3, 23, 30), 0, timedelta(minutes=90)),
    ("America/Santiago", datetime(2027, 4, 3, 23, 30), 1, timedelta(minutes=30)),
    # Havana the night midnight never comes: 23:00 is an hour from the day's start at 01:00.
    ("America/Havana", datetime(2027, 3, 13, 23, 0), 0, timedelta(hours=1)),
]


@pytest.mark.parametrize(("name", "reading", "fold", "left"), ROWS)
def test_the_next_midnight_is_the_clock_s_own(name: str, reading: datetime, fold: int, left: timedelta) -> None:
    now = reading.replace(tzinfo=ZoneInfo(name), fold=fold)
    assert ms_to_next_midnight(now) == int(left.total_seconds() * 1000) + AFTER_MIDNIGHT_MS


def test_a_clock_of_fixed_offset_keeps_the_computer_s_midnight() -> None:
    """The computer's clock (datetime.now().astimezone(): a fixed offset) as before: Madrid's midnight."""
    now = datetime(2026, 12, 8, 23, 0).astimezone()
    assert ms_to_next_midnight(now) == 3_600_000 + AFTER_MIDNIGHT_MS

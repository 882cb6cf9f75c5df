"""When the agenda says "Times are the practice's (…); this computer is in …".

Found (the practice time zone's author): it was said only when the two clocks showed different
times at that moment, so two zones that agree today but change their clocks on other days were
not flagged: America/Phoenix and America/Denver all winter (Denver goes forward in March,
Phoenix never), Europe/London and Africa/Casablanca during Ramadan. Said now when the zones'
names differ and their clocks differ at some moment of the coming year; never for two zones
keeping the same time all year (Europe/Paris and Europe/Madrid). The moments are found during
the run, the zones named here (TZ and the practice's), never the machine's.
"""

from __future__ import annotations

import time as clock
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.core.disclosure_fixtures import today
from vault_app.services import practice_zone

# (the practice's zone, the computer's, said?)
TABLE = [
    ("America/Phoenix", "America/Denver", True),  # the same time all winter; Denver goes forward in March
    ("America/Denver", "America/Phoenix", True),
    ("Africa/Casablanca", "Europe/London", True),  # the same time during Ramadan only
    ("America/Havana", "America/New_York", True),  # the same offsets, changed at midnight vs 2 AM: hours apart
    ("America/Los_Angeles", "Europe/Madrid", True),  # never the same time
    ("America/Santiago", "America/New_York", True),
    ("Europe/Paris", "Europe/Madrid", False),  # the same clock all year
    ("America/Toronto", "America/New_York", False),
    ("Asia/Tokyo", "Asia/Seoul", False),  # neither changes its clocks
    ("Europe/Kiev", "Europe/Kyiv", False),  # one zone under two names
    ("Europe/Madrid", "Europe/Madrid", False),  # the computer's own
    ("", "Europe/Madrid", False),  # no practice zone: the computer's
]


@pytest.fixture
def computer(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    yield monkeypatch
    monkeypatch.undo()
    clock.tzset()


def _moments() -> list[datetime]:
    """Noon UTC each day of the coming year, and the hours around the changes of the clocks."""
    start = datetime.combine(today(), time(12, 0), UTC)
    return [start + timedelta(hours=hours) for hours in range(0, 366 * 24, 1)]


def _agreeing_moment(practice: str, mine: str) -> datetime | None:
    """A moment of the coming year when both clocks show the same time, if there is one."""
    a, b = ZoneInfo(practice), ZoneInfo(mine)
    return next((m for m in _moments() if m.astimezone(a).utcoffset() == m.astimezone(b).utcoffset()), None)


@pytest.mark.parametrize(("practice", "mine", "said"), TABLE)
def test_said_when_the_clocks_differ_some_time_in_the_coming_year(computer: pytest.MonkeyPatch, practice: str,
                                                                  mine: str, said: bool) -> None:
    computer.setenv("TZ", mine)
    clock.tzset()
    at = (_agreeing_moment(practice, mine) if practice else None) or datetime.combine(today(), time(12, 0), UTC)
    expected = (practice, mine) if said else None
    assert practice_zone.differs(practice, at) == expected
    if practice:
        # And every other day of the year (the answer is the year's, not the moment's).
        for later in (at + timedelta(days=days) for days in (1, 45, 100, 200, 300)):
            assert practice_zone.differs(practice, later) == expected


def test_the_agreeing_moments_exist_where_the_table_says_so() -> None:
    """The table's flagged pairs that agree at some moment do: the old rule missed them there."""
    assert _agreeing_moment("America/Phoenix", "America/Denver") is not None
    assert _agreeing_moment("Africa/Casablanca", "Europe/London") is not None
    assert _agreeing_moment("America/Havana", "America/New_York") is not None

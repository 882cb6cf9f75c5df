"""domain/wall_clock.py: times on the days the clocks change, for fixed zones (never the machine's).

The change days are found during the run from the zone (next year's), not written in: the rules
are the tz database's, and the tests hold whatever year they run in.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.core.disclosure_fixtures import today
from vault_app.domain import wall_clock

# Zone, the first missing minute on the spring day, the first doubled minute on the autumn day.
# US: 2 AM local both ways (15 U.S.C. 260a); EU: 01:00 UTC, 2 AM forward and 3 AM back in Madrid.
ZONES = [
    ("America/Los_Angeles", time(2, 0), time(1, 0)),
    ("America/New_York", time(2, 0), time(1, 0)),
    ("Europe/Madrid", time(2, 0), time(2, 0)),
]


def _change_days(zone: ZoneInfo) -> tuple[date, date]:
    """Next year's spring-forward and fall-back days, seen from the noon offsets."""
    year = today().year + 1
    day, found = date(year, 1, 1), []
    while day.year == year:
        if datetime.combine(day, time(12), zone).utcoffset() != datetime.combine(
                day - timedelta(days=1), time(12), zone).utcoffset():
            found.append(day)
        day += timedelta(days=1)
    spring, autumn = found
    return spring, autumn


@pytest.mark.parametrize(("name", "gap_start", "_doubled"), ZONES)
def test_a_time_the_clocks_skip_is_found_with_the_change(name: str, gap_start: time, _doubled: time) -> None:
    zone = ZoneInfo(name)
    spring, _ = _change_days(zone)
    missing = time(gap_start.hour, 30)
    assert not wall_clock.exists(spring, missing, zone)
    assert wall_clock.gap_at(spring, missing, zone) == wall_clock.Gap(spring, gap_start, time(gap_start.hour + 1, 0))
    # Both sides of the gap exist, and the same time a week earlier and later.
    assert wall_clock.gap_at(spring, time(gap_start.hour - 1, 59), zone) is None
    assert wall_clock.gap_at(spring, time(gap_start.hour + 1, 0), zone) is None
    for other in (spring - timedelta(days=7), spring + timedelta(days=7)):
        assert wall_clock.gap_at(other, missing, zone) is None


@pytest.mark.parametrize(("name", "_gap", "doubled_start"), ZONES)
def test_a_doubled_time_is_said_on_the_day_the_clocks_go_back_only(name: str, _gap: time, doubled_start: time) -> None:
    zone = ZoneInfo(name)
    spring, autumn = _change_days(zone)
    twice = time(doubled_start.hour, 30)
    assert wall_clock.doubled(autumn, twice, zone)
    assert not wall_clock.doubled(autumn, time(doubled_start.hour - 1, 59), zone)
    assert not wall_clock.doubled(autumn, time(doubled_start.hour + 1, 0), zone)
    assert not wall_clock.doubled(autumn - timedelta(days=7), twice, zone)
    assert not wall_clock.doubled(spring, twice, zone)


@pytest.mark.parametrize(("name", "gap_start", "doubled_start"), ZONES)
def test_the_end_is_the_minutes_really_elapsed(name: str, gap_start: time, doubled_start: time) -> None:
    zone = ZoneInfo(name)
    spring, autumn = _change_days(zone)
    before_gap = time(gap_start.hour - 1, 30)
    # Across the spring change: an hour later on the clock than the minutes say.
    assert wall_clock.end_by_minutes(spring, before_gap, 53, zone) == datetime.combine(
        spring, time(gap_start.hour + 1, 23))
    assert not wall_clock.ends_in_second_pass(spring, before_gap, 53, zone)
    # Across the autumn change: from the first 1:30 the clock reads 1:23 again, the second time.
    twice = time(doubled_start.hour, 30)
    end = wall_clock.end_by_minutes(autumn, twice, 53, zone)
    assert end.time() == time(doubled_start.hour, 23)
    assert wall_clock.ends_in_second_pass(autumn, twice, 53, zone)
    # A normal day and a session clear of the change: start plus the minutes.
    normal = spring - timedelta(days=7)
    assert wall_clock.end_by_minutes(normal, before_gap, 53, zone) == datetime.combine(
        normal, time(gap_start.hour, 23))
    assert wall_clock.end_by_minutes(spring, time(14, 0), 53, zone) == datetime.combine(spring, time(14, 53))
    assert not wall_clock.ends_in_second_pass(autumn, time(14, 0), 53, zone)


def test_the_refusal_names_the_change() -> None:
    assert wall_clock.gap_message("2:30 AM", "03/14/2027", "2:00 AM", "3:00 AM") == (
        "2:30 AM does not exist on 03/14/2027 in this computer's time zone: clocks go forward from 2:00 AM to "
        "3:00 AM.")

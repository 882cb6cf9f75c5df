"""The stop a corrected start or length gives, across a change of the clocks.

Found (the practice time zone's author): a session's stop recorded before (the agenda's) follows a
corrected start or length (domain/session_length.stop_following), but by the clock's numbers:
00:30 for 90 minutes the night New York's clocks go back was kept as ending at 2:00 AM, really 150
minutes on; 1:30 AM for 60 minutes the night they go forward as ending at 2:30 AM, a time that
never came. Marked attended, the same session is recorded with its real end (services/
appointments.attend, domain/wall_clock.end_by_minutes): the correction now agrees. The zones are
named here, never the machine's; the days the clocks change are found during the run.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.computer_zone import practice_away
from tests.core.disclosure_fixtures import today
from vault_app.domain import wall_clock
from vault_app.domain.session_length import session_duration, stop_following
from vault_app.services import clients, sessions
from vault_app.services.vault import Vault


def _change_day(zone: ZoneInfo, forward: bool) -> date:
    """Next year's day whose clocks go forward (or back), found by its midnights' offsets."""
    day = date(today().year + 1, 1, 1)
    while True:
        before = datetime.combine(day, time(0), zone).utcoffset()
        after = datetime.combine(day + timedelta(days=1), time(0), zone).utcoffset()
        assert before is not None and after is not None
        if before != after and (after > before) == forward:
            return day
        day += timedelta(days=1)


def _ordinary_day() -> date:
    return date(today().year + 1, 6, 10)


# (zone, the day: "forward" / "back" / "ordinary", start, minutes, the stop it gives)
TABLE = [
    ("America/New_York", "back", time(0, 30), 90, time(1, 0)),  # the second 1:00 AM, 90 minutes on
    ("America/New_York", "back", time(1, 30), 60, time(1, 30)),  # the second 1:30 AM
    ("America/New_York", "back", time(1, 0), 53, time(1, 53)),  # inside the first pass: the numbers hold
    ("America/New_York", "forward", time(1, 30), 60, time(3, 30)),  # 2:30 AM never comes
    ("America/New_York", "forward", time(1, 30), 20, time(1, 50)),  # ends before the change
    ("Europe/Madrid", "forward", time(1, 30), 53, time(3, 23)),
    ("Europe/Madrid", "back", time(2, 15), 60, time(2, 15)),  # the second 2:15 AM
    ("America/Los_Angeles", "ordinary", time(10, 0), 53, time(10, 53)),
    ("America/Los_Angeles", "ordinary", time(23, 0), 90, None),  # past midnight: not a time of its day
    ("America/Nuuk", "forward", time(22, 0), 90, time(0, 30)),  # 11 PM becomes midnight: the next day's clock
    ("America/Havana", "back", time(0, 0), 90, time(0, 30)),  # 1 AM goes back to midnight: the second 12:30 AM
]


def _day(zone: ZoneInfo, which: str) -> date:
    return _ordinary_day() if which == "ordinary" else _change_day(zone, which == "forward")


@pytest.mark.parametrize(("name", "which", "start", "minutes", "stop"), TABLE)
def test_the_stop_is_the_real_end_and_the_length_is_kept(name: str, which: str, start: time, minutes: int,
                                                         stop: time | None) -> None:
    zone = ZoneInfo(name)
    day = _day(zone, which)
    assert stop_following(start, minutes, day, zone) == stop
    if stop is not None:
        # What the attended path records for the same session, and what the save then accepts.
        assert wall_clock.end_by_minutes(day, start, minutes, zone).time() == stop
        elapsed = wall_clock.elapsed_readings(day, start, stop, zone)
        assert session_duration(start, stop, minutes, elapsed) == minutes


@pytest.mark.parametrize(("start", "minutes", "stop"), [(time(10, 0), 53, time(10, 53)), (time(23, 30), 45, None),
                                                        (None, 53, None)])
def test_without_a_zone_the_clock_numbers(start: time | None, minutes: int, stop: time | None) -> None:
    """No zone to read (a TZ the tz database does not name): start plus the minutes, as before."""
    assert stop_following(start, minutes) == stop


@pytest.fixture
def in_new_york_from_madrid(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> Iterator[Vault]:
    """The computer in Madrid, the practice in New York: New York's nights count."""
    yield from practice_away(vault, monkeypatch, computer="Europe/Madrid", practice_zone="America/New_York")


def test_a_corrected_length_ends_at_the_real_end_the_night_the_clocks_go_back(in_new_york_from_madrid: Vault) -> None:
    vault = in_new_york_from_madrid
    day = _change_day(ZoneInfo("America/New_York"), forward=False)
    client = clients.create_client(vault, "Rosa Tardanza", chart_number="RT-1").client_id
    made = sessions.add_session(vault, client, date=day, start_time="00:30", end_time="01:20")
    assert made.duration_minutes == 50
    corrected = sessions.update_session(vault, made.session_id, duration_minutes=90)
    assert (corrected.end_time, corrected.duration_minutes) == (time(1, 0), 90)  # the second 1:00 AM
    assert sessions.get_session(vault, made.session_id).end_time == time(1, 0)


def test_a_corrected_start_ends_after_the_missing_hour(in_new_york_from_madrid: Vault) -> None:
    """New York's clocks go forward two weeks before Madrid's: the practice's night counts."""
    vault = in_new_york_from_madrid
    day = _change_day(ZoneInfo("America/New_York"), forward=True)
    assert wall_clock.exists(day, time(2, 30), ZoneInfo("Europe/Madrid"))
    client = clients.create_client(vault, "Tomas Adelanto", chart_number="TA-1").client_id
    made = sessions.add_session(vault, client, date=day, start_time="00:30", end_time="01:30")
    corrected = sessions.update_session(vault, made.session_id, start_time="01:30")
    assert (corrected.start_time, corrected.end_time, corrected.duration_minutes) == (time(1, 30), time(3, 30), 60)

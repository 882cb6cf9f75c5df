"""A session's real end on the nights the clocks change at or across midnight.

Found: in zones whose clocks jump over midnight's last hour (America/Nuuk and Scoresbysund:
23:00 becomes 00:00 on the last Saturday of March) an appointment from 22:00 for 90 minutes
really ends at 00:30 the next day, and marking it attended was refused ("The session's stop
time must be after its start time"); where the hour after midnight is doubled (America/Havana:
01:00 goes back to 00:00; Atlantic/Azores) or the hour before 2 AM (New York), a session whose
end is the second reading of a doubled time, with a first reading after its start too, was
refused ("The duration does not match"). The zones are named here, never the machine's; the
days the clocks change are found during the run.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.core.disclosure_fixtures import today
from vault_app.domain import wall_clock
from vault_app.domain.errors import InvalidInput
from vault_app.domain.session_length import session_duration
from vault_app.services import appointments, clients, sessions
from vault_app.services.vault import Vault

# Zones whose clocks change at midnight or next to it, and two that change at 2 AM, for contrast.
ZONES = ["America/Nuuk", "America/Scoresbysund", "America/Havana", "America/Santiago",
         "Atlantic/Azores", "Pacific/Easter", "America/New_York", "Europe/Madrid"]
LENGTHS = (15, 29, 45, 53, 60, 90, 120, 180)


def _change_nights(zone: ZoneInfo) -> list[date]:
    """Next year's days whose midnight and the next one have different offsets, and the day after."""
    year = today().year + 1
    day, found = date(year, 1, 1), []
    while day.year == year:
        if datetime.combine(day, time(0), zone).utcoffset() != datetime.combine(
                day + timedelta(days=1), time(0), zone).utcoffset():
            found += [day, day + timedelta(days=1)]
        day += timedelta(days=1)
    return found


@pytest.mark.parametrize("name", ZONES)
def test_every_session_on_a_change_night_keeps_its_real_end(name: str) -> None:
    """Allowed side: each start of the change days (every 10 minutes) that exists, each length an
    appointment may have (ending on its day by the clock's numbers): the session recorded with the
    clock's real end is kept with its minutes."""
    zone = ZoneInfo(name)
    for day in _change_nights(zone):
        for first in range(0, 24 * 60, 10):
            start = time(first // 60, first % 60)
            if not wall_clock.exists(day, start, zone):
                continue
            for minutes in LENGTHS:
                if first + minutes >= 24 * 60:
                    continue  # an appointment ends on its own day (domain/appointments.end_of)
                end = wall_clock.end_by_minutes(day, start, minutes, zone).time()
                elapsed = wall_clock.elapsed_readings(day, start, end, zone)
                assert session_duration(start, end, minutes, elapsed) == minutes, (day, start, minutes, end)


# (zone, the night: "jump" the clocks skip an hour before midnight, "twice" the end's reading is
# doubled, start, minutes, the clock's real end)
ROWS = [
    ("America/Nuuk", "jump", time(22, 0), 90, time(0, 30)),  # 23:00 becomes 00:00: ends the next day
    ("America/Scoresbysund", "jump", time(22, 30), 53, time(0, 23)),
    ("Pacific/Easter", "jump", time(20, 0), 179, time(23, 59)),  # 22:00 becomes 23:00
    ("America/Havana", "twice", time(0, 0), 90, time(0, 30)),  # 01:00 goes back to 00:00: the second 00:30
    ("Atlantic/Azores", "twice", time(0, 0), 90, time(0, 30)),
    ("America/New_York", "twice", time(0, 0), 120, time(1, 0)),  # the second 1:00 AM
]


def _night(zone: ZoneInfo, kind: str, start: time, end: time) -> date:
    """The night the clocks skip an hour after `start` that day ("jump"), or double `end` ("twice")."""
    for day in _change_nights(zone):
        skipped = any(not wall_clock.exists(day, time(hour, 30), zone) for hour in range(start.hour, 24))
        if (kind == "jump" and skipped) or (kind == "twice" and wall_clock.doubled(day, end, zone)):
            return day
    raise AssertionError(f"no {kind} night in {zone}")


@pytest.mark.parametrize(("name", "kind", "start", "minutes", "end"), ROWS)
def test_the_real_end_of_a_change_night(name: str, kind: str, start: time, minutes: int, end: time) -> None:
    zone = ZoneInfo(name)
    day = _night(zone, kind, start, end)
    assert wall_clock.end_by_minutes(day, start, minutes, zone).time() == end
    assert session_duration(start, end, minutes, wall_clock.elapsed_readings(day, start, end, zone)) == minutes


@pytest.mark.parametrize("name", ZONES)
def test_a_stop_before_the_start_stays_refused_on_an_ordinary_day(name: str) -> None:
    """Refused side: a week before any change, 22:00 to 01:00 (180 minutes only past midnight) and
    14:00 to 13:00 are refused as before; the next day's clock counts only on a night it jumps."""
    zone = ZoneInfo(name)
    ordinary = _change_nights(zone)[0] - timedelta(days=7)
    for start, end, minutes in ((time(22, 0), time(1, 0), 180), (time(14, 0), time(13, 0), 60)):
        with pytest.raises(InvalidInput) as refused:
            session_duration(start, end, minutes, wall_clock.elapsed_readings(ordinary, start, end, zone))
        assert refused.value.code == "session.stop_before_start"
    # A length that is neither of a doubled time's readings is still refused.
    with pytest.raises(InvalidInput):
        session_duration(time(10, 0), time(11, 0), 61, wall_clock.elapsed_readings(ordinary, time(10, 0),
                                                                                   time(11, 0), zone))


def test_attended_in_nuuk_the_night_midnight_comes_early(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    """Through the services: the computer in Nuuk, the appointment from 22:00 for 90 minutes the
    Saturday the clocks jump from 23:00 to 00:00 is marked attended, its session ending at 00:30."""
    monkeypatch.setenv("TZ", "America/Nuuk")
    night = _change_nights(ZoneInfo("America/Nuuk"))[0]
    client = clients.create_client(vault, "Aputsiaq Petersen", chart_number="AP-1")
    made = appointments.schedule(vault, client.client_id, date=night, start=time(22, 0), duration_minutes=90)[0]
    done = appointments.attend(vault, made.appointment_id, now=datetime.combine(night + timedelta(days=1), time(9)))
    session = sessions.get_session(vault, done.session_id)
    assert (session.date, session.start_time, session.end_time, session.duration_minutes) == (
        night, time(22, 0), time(0, 30), 90)

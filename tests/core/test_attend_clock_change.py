"""A session recorded from an appointment on the days the clocks change keeps its real end.

The zone is set here (TZ), never the machine's; the change days are found during the run
(tests/core/test_wall_clock_rules.py's _change_days).
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.core.test_wall_clock_rules import _change_days
from vault_app.domain import wall_clock
from vault_app.services import appointments, clients, sessions
from vault_app.services.vault import Vault


def test_attended_across_a_change_records_the_clock_s_real_end(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/Los_Angeles")
    spring, autumn = _change_days(ZoneInfo("America/Los_Angeles"))
    client = clients.create_client(vault, "Ilse Brandvold", chart_number="IB-7")
    # The night the clocks go forward: 53 minutes from 1:30 AM end at 3:23 AM.
    # The night they go back: at the second 1:23 AM; an ordinary night: at 2:23 AM.
    for day, end in ((spring, time(3, 23)), (autumn, time(1, 23)), (spring + timedelta(days=7), time(2, 23))):
        made = appointments.schedule(vault, client.client_id, date=day, start=time(1, 30))[0]
        done = appointments.attend(vault, made.appointment_id, now=datetime.combine(day, time(12)))
        session = sessions.get_session(vault, done.session_id)
        assert (session.start_time, session.end_time, session.duration_minutes) == (time(1, 30), end, 53), day


def test_a_session_typed_with_its_real_end_and_minutes_is_kept(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/Los_Angeles")
    spring, _ = _change_days(ZoneInfo("America/Los_Angeles"))
    client = clients.create_client(vault, "Ilse Brandvold", chart_number="IB-7")
    made = sessions.add_session(vault, client.client_id, date=spring, start_time="01:30", end_time="03:23",
                                duration_minutes=53)
    assert (made.end_time, made.duration_minutes) == (time(3, 23), 53)
    # Without the minutes, the clock's numbers say the length, as before.
    plain = sessions.add_session(vault, client.client_id, date=spring, start_time="04:00", end_time="04:50")
    assert plain.duration_minutes == 50


@pytest.mark.parametrize(("name", "start", "end", "minutes"), [
    ("America/Los_Angeles", time(1, 30), time(3, 23), 53),
    ("Europe/Madrid", time(1, 30), time(3, 23), 53),
])
def test_minutes_between_across_the_spring_change(name: str, start: time, end: time, minutes: int) -> None:
    zone = ZoneInfo(name)
    spring, _ = _change_days(zone)
    assert wall_clock.minutes_between(spring, start, end, zone) == minutes
    assert wall_clock.minutes_between(spring + timedelta(days=7), start, end, zone) == minutes + 60
    assert wall_clock.minutes_between(spring, end, start, zone) <= 0


def test_minutes_between_on_the_night_the_clocks_go_back() -> None:
    zone = ZoneInfo("America/Los_Angeles")
    _, autumn = _change_days(zone)
    assert wall_clock.minutes_between(autumn, time(1, 30), time(1, 23), zone) == 53  # the second 1:23
    assert wall_clock.minutes_between(autumn, time(1, 30), time(1, 45), zone) == 15  # the first 1:45
    assert wall_clock.minutes_between(autumn, time(1, 30), time(2, 23), zone) == 113

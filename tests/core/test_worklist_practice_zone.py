"""The worklist's "Appointments to record" on the practice's clock.

Found (the practice time zone's author): the computer in Madrid, the practice in Los Angeles, a
4:00 PM Los Angeles session was counted as an appointment to record at 01:00 in Madrid (4:00 PM
in Los Angeles: just begun), because its day was before the computer's. An appointment belongs
to the practice's clock: it is owed an outcome once it is over there (its real end, across a
change of the clocks). The legal deadlines stay on the computer's day (docs/appointments.md).
The zones are set here (TZ and the practice's), never the machine's; "now" is given.
"""

from __future__ import annotations

import time as clock
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.core.disclosure_fixtures import today
from vault_app.services import appointments, clients, practice, requests, worklist
from vault_app.services.vault import Vault

LA, MADRID = ZoneInfo("America/Los_Angeles"), ZoneInfo("Europe/Madrid")


def _next_tuesday() -> date:
    day = today() + timedelta(days=7)
    return day + timedelta(days=(1 - day.weekday()) % 7)


@pytest.fixture
def madrid(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> Iterator[Vault]:
    """The computer in Madrid (its C library's clock too: tzset)."""
    monkeypatch.setenv("TZ", "Europe/Madrid")
    clock.tzset()
    yield vault
    monkeypatch.undo()
    clock.tzset()


def _owed(vault: Vault, at: datetime) -> list[tuple[str, int]]:
    return [(i.item_id, i.days) for i in worklist.build(vault, at=at).section("appointments_unrecorded")]


def test_an_appointment_going_on_in_los_angeles_is_not_owed_yet(madrid: Vault) -> None:
    vault, day = madrid, _next_tuesday()
    practice.update(vault, time_zone="America/Los_Angeles")
    client = clients.create_client(vault, "Marisol Ochoa", chart_number="MO-1").client_id
    made = appointments.schedule(vault, client, date=day, start=time(16, 0), duration_minutes=53)[0].appointment_id
    # 01:00 on Wednesday in Madrid: 4:00 PM on Tuesday in Los Angeles, the session just begun.
    assert _owed(vault, datetime.combine(day + timedelta(days=1), time(1, 0), MADRID)) == []
    assert _owed(vault, datetime.combine(day, time(16, 52), LA)) == []
    # Over at 4:53 PM in Los Angeles: owed, today's on the practice's clock (0 days).
    assert _owed(vault, datetime.combine(day, time(16, 53), LA)) == [(made, 0)]
    assert _owed(vault, datetime.combine(day + timedelta(days=1), time(23, 0), LA)) == [(made, 1)]


def test_an_appointment_over_in_madrid_s_morning_is_owed_before_los_angeles_midnight(madrid: Vault) -> None:
    """The other way round: a practice ahead of the computer's clock."""
    vault, day = madrid, _next_tuesday()
    practice.update(vault, time_zone="Asia/Tokyo")
    client = clients.create_client(vault, "Kenji Arai", chart_number="KA-1").client_id
    made = appointments.schedule(vault, client, date=day, start=time(9, 0), duration_minutes=45)[0].appointment_id
    # 9:45 AM in Tokyo is 1:45 AM in Madrid the same day: over there.
    assert _owed(vault, datetime.combine(day, time(9, 44), ZoneInfo("Asia/Tokyo"))) == []
    assert _owed(vault, datetime.combine(day, time(9, 45), ZoneInfo("Asia/Tokyo"))) == [(made, 0)]


def test_without_a_practice_zone_the_computer_s_clock(madrid: Vault) -> None:
    vault, day = madrid, _next_tuesday()
    client = clients.create_client(vault, "Lucia Reloj", chart_number="LR-1").client_id
    made = appointments.schedule(vault, client, date=day, start=time(9, 0), duration_minutes=53)[0].appointment_id
    assert _owed(vault, datetime.combine(day, time(9, 52), MADRID)) == []
    assert _owed(vault, datetime.combine(day, time(9, 53), MADRID)) == [(made, 0)]
    assert _owed(vault, datetime.combine(day, time(9, 53))) == [(made, 0)]  # naive: the computer's clock


def test_an_appointment_across_the_night_the_clocks_go_forward_ends_on_the_real_clock(madrid: Vault) -> None:
    """1:30 AM for 60 minutes the night Los Angeles' clocks go forward is over at 3:30 AM, not 2:30."""
    vault = madrid
    practice.update(vault, time_zone="America/Los_Angeles")
    march = date(today().year + 1, 3, 1)
    spring = march + timedelta(days=(6 - march.weekday()) % 7 + 7)  # the second Sunday of March
    client = clients.create_client(vault, "Noche Corta", chart_number="NC-1").client_id
    made = appointments.schedule(vault, client, date=spring, start=time(1, 30), duration_minutes=60)[0].appointment_id
    assert _owed(vault, datetime.combine(spring, time(3, 29), LA)) == []
    assert _owed(vault, datetime.combine(spring, time(3, 30), LA)) == [(made, 0)]


def test_the_legal_deadlines_stay_on_the_computer_s_day(madrid: Vault) -> None:
    """A request's days left are counted on the computer's calendar, whatever the practice's."""
    vault = madrid
    practice.update(vault, time_zone="America/Los_Angeles")
    client = clients.create_client(vault, "Dora Plazo", chart_number="DP-1").client_id
    received = today() - timedelta(days=25)
    requests.add_request(vault, client, kind="access", received_on=received)
    # 01:00 in Madrid tomorrow: still today in Los Angeles; the request's day is Madrid's.
    at = datetime.combine(today() + timedelta(days=1), time(1, 0), MADRID)
    work = worklist.build(vault, at=at)
    assert work.on == (today() + timedelta(days=1)).isoformat()
    (due,) = work.section("requests_due")
    assert due.days == (received + timedelta(days=30) - (today() + timedelta(days=1))).days

"""The practice's time zone: a California therapist travelling in Madrid.

Found (a walker): the computer in Europe/Madrid, a Los Angeles client seen by telehealth at 4:00 PM
on a Tuesday (01:00 on Wednesday in Madrid): Attended was allowed nine hours before the session,
and a new note's session day was Madrid's, the superbill's date of service a day late. The zones
are set here (TZ and the practice's), never the machine's; "now" is given, never waited for.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.computer_zone import practice_away
from tests.core.cli_helpers import cli, init_vault
from tests.core.disclosure_fixtures import today
from vault_app.domain import wall_clock
from vault_app.domain.errors import ExitCode, InvalidInput, RefusedByPolicy
from vault_app.services import appointments, clients, practice, practice_zone, sessions
from vault_app.services.vault import Vault

LA, MADRID = ZoneInfo("America/Los_Angeles"), ZoneInfo("Europe/Madrid")


def _next_tuesday() -> date:
    day = today() + timedelta(days=7)
    return day + timedelta(days=(1 - day.weekday()) % 7)


@pytest.fixture
def travelling(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> Iterator[Vault]:
    """The computer in Madrid (its C library's clock too: tzset), the practice in Los Angeles."""
    yield from practice_away(vault, monkeypatch, computer="Europe/Madrid", practice_zone="America/Los_Angeles")


def test_attended_waits_for_the_start_on_the_practice_s_clock(travelling: Vault) -> None:
    vault, day = travelling, _next_tuesday()
    client = clients.create_client(vault, "Marisol Ochoa", chart_number="MO-1")
    made = appointments.schedule(vault, client.client_id, date=day, start=time(16, 0))[0]
    # 16:00 in Madrid that Tuesday is 7:00 AM in Los Angeles: nine hours early, refused.
    early = datetime.combine(day, time(16, 0), MADRID)
    with pytest.raises(RefusedByPolicy) as refused:
        appointments.attend(vault, made.appointment_id, now=early)
    assert refused.value.code == "appointment.not_yet.attended"
    # 01:00 on Wednesday in Madrid is 4:00 PM on Tuesday in Los Angeles: it has begun.
    begun = datetime.combine(day + timedelta(days=1), time(1, 0), MADRID)
    done = appointments.attend(vault, made.appointment_id, now=begun)
    session = sessions.get_session(vault, done.session_id)
    assert (session.date, session.start_time, done.appointment.status_on) == (day, time(16, 0), day)


def test_now_and_today_are_the_practice_s(travelling: Vault) -> None:
    day = _next_tuesday()
    madrid_1am = datetime.combine(day + timedelta(days=1), time(1, 0), MADRID)
    assert practice_zone.today(travelling, madrid_1am) == day
    assert practice_zone.now(travelling, madrid_1am) == datetime.combine(day, time(16, 0))
    # A naive moment is the computer's clock (Madrid's), as the agenda's tests give it.
    assert practice_zone.now(travelling, madrid_1am.replace(tzinfo=None)) == datetime.combine(day, time(16, 0))
    assert practice_zone.differs("America/Los_Angeles", madrid_1am) == ("America/Los_Angeles", "Europe/Madrid")


def test_the_computer_s_own_zone_is_not_said_and_changes_nothing(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Madrid")
    moment = datetime.combine(_next_tuesday(), time(1, 0), MADRID)
    assert practice_zone.today(vault, moment) == moment.date()  # no zone set: the computer's day
    assert practice_zone.differs("", moment) is None
    assert practice_zone.differs("Europe/Paris", moment) is None  # the same clock: nothing to say


def test_the_practice_s_clock_refuses_its_own_missing_hour(travelling: Vault) -> None:
    """2:30 AM the Sunday Los Angeles' clocks go forward is refused even though Madrid's exists."""
    year = today().year + 1
    march = date(year, 3, 1)
    spring = march + timedelta(days=(6 - march.weekday()) % 7 + 7)  # the second Sunday of March
    assert wall_clock.exists(spring, time(2, 30), MADRID) and not wall_clock.exists(spring, time(2, 30), LA)
    client = clients.create_client(travelling, "Marisol Ochoa", chart_number="MO-1")
    with pytest.raises(InvalidInput) as refused:
        appointments.schedule(travelling, client.client_id, date=spring, start=time(2, 30))
    assert refused.value.code == "appointment.time_skipped.practice_zone"
    assert "in the practice's time zone" in str(refused.value)


@pytest.mark.parametrize("name", ["Mars/Olympus", "PST8PDT", "UTC-8", "Etc/GMT+8", "../../etc/passwd",
                                  "america/los_angeles"])
def test_an_unknown_zone_is_refused_and_nothing_is_changed(vault: Vault, name: str) -> None:
    practice.update(vault, time_zone="America/Chicago")
    with pytest.raises(InvalidInput) as refused:
        practice.update(vault, time_zone=name, phone="555-0100")
    assert refused.value.code == "practice.time_zone.unknown"
    assert (practice.load(vault).time_zone, practice.load(vault).phone) == ("America/Chicago", "")


@pytest.mark.parametrize("name", ["America/Los_Angeles", "Europe/Madrid", "America/Santiago", " Asia/Tokyo "])
def test_a_zone_the_tz_database_names_is_kept(vault: Vault, name: str) -> None:
    assert practice.update(vault, time_zone=name).time_zone == name.strip()
    assert practice.update(vault, time_zone="").time_zone == ""  # back to this computer's


def test_the_command_line_sets_and_shows_it(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                                           tmp_path: Path) -> None:
    folder = tmp_path / "v"
    assert init_vault(folder).code == 0
    v = ["--vault", str(folder)]
    assert cli(capsys, monkeypatch, "practice", "update", *v, "--time-zone", "America/Los_Angeles").code == 0
    assert cli(capsys, monkeypatch, "practice", "show", *v, "--json").json()["time_zone"] == "America/Los_Angeles"
    refused = cli(capsys, monkeypatch, "practice", "update", *v, "--time-zone", "Pacific Time")
    assert refused.code == ExitCode.USAGE and "not a time zone this app knows" in refused.err
    # The way back to this computer's zone in the command line's words (an empty argument is awkward).
    assert "--time-zone computer goes back to this computer's zone" in refused.err
    assert "leave it empty" not in refused.err
    assert cli(capsys, monkeypatch, "practice", "update", *v, "--time-zone", "computer").code == 0
    shown = cli(capsys, monkeypatch, "practice", "show", *v)
    assert "Time zone              this computer's" in shown.out

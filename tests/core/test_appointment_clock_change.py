"""Appointments on the days the clocks change, from the command line against a real vault.

The zone is set here (TZ), never the machine's; the change days are found during the run
(tests/core/test_wall_clock_rules.py's _change_days).
"""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import PASSPHRASE
from tests.core.test_wall_clock_rules import _change_days
from vault_app.cli.main import run
from vault_app.domain.errors import InvalidInput
from vault_app.services import appointments, clients
from vault_app.services.vault import Vault


def _us(day: date) -> str:
    return day.strftime("%m/%d/%Y")


@pytest.fixture
def cli(vault: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Any:
    clients.create_client(vault, "Ilse Brandvold", chart_number="IB-7")
    vault.lock()
    monkeypatch.setenv("VAULT_APP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("TZ", "America/Los_Angeles")

    def call(*argv: str, code: int = 0) -> tuple[str, str]:
        result = run([*argv, "--vault", str(vault_dir)])
        out, err = capsys.readouterr()
        assert result == code, (argv, out, err)
        return out, err

    return call


def test_a_time_the_clocks_skip_is_refused_with_the_change_named(cli: Any) -> None:
    spring, _ = _change_days(ZoneInfo("America/Los_Angeles"))
    _, err = cli("appt", "add", "IB-7", "--date", spring.isoformat(), "--start", "02:30", code=2)
    assert (f"2:30 AM does not exist on {_us(spring)} in this computer's time zone: clocks go forward from "
            "2:00 AM to 3:00 AM.") in err
    # A series that meets the missing hour is refused with the day it meets it, and nothing is booked.
    _, err = cli("appt", "add", "IB-7", "--date", (spring - timedelta(days=7)).isoformat(), "--start", "02:30",
                 "--repeat", "weekly", "--count", "3", code=2)
    assert f"does not exist on {_us(spring)}" in err
    out, _ = cli("appt", "list", "--client", "IB-7")
    assert out.strip() == "No appointments."
    # The hour after the change, and the same time on a normal day, are booked as before.
    out, _ = cli("appt", "add", "IB-7", "--date", spring.isoformat(), "--start", "03:30")
    assert "3:30 AM-4:23 AM" in out
    out, _ = cli("appt", "add", "IB-7", "--date", (spring + timedelta(days=7)).isoformat(), "--start", "02:30")
    assert "2:30 AM-3:23 AM" in out


def test_a_series_across_both_changes_shows_the_real_end_and_which_hour(cli: Any) -> None:
    spring, autumn = _change_days(ZoneInfo("America/Los_Angeles"))
    first = spring - timedelta(days=7)
    count = (autumn - first).days // 7 + 2
    out, _ = cli("appt", "add", "IB-7", "--date", first.isoformat(), "--start", "01:30", "--repeat", "weekly",
                 "--count", str(count))
    lines = {line.split()[1]: line for line in out.splitlines()[1:]}
    assert "1:30 AM-2:23 AM " in lines[_us(first)]
    assert "1:30 AM-3:23 AM " in lines[_us(spring)]  # 53 minutes really: the clocks went forward
    assert "1:30 AM-2:23 AM " in lines[_us(spring + timedelta(days=7))]
    assert "1:30 AM (the first, daylight time)-1:23 AM (the second, standard time) " in lines[_us(autumn)]
    assert "1:30 AM-2:23 AM " in lines[_us(autumn + timedelta(days=7))]


def test_moving_into_the_skipped_hour_is_refused(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Madrid")
    spring, _ = _change_days(ZoneInfo("Europe/Madrid"))
    client = clients.create_client(vault, "Ilse Brandvold", chart_number="IB-7")
    made = appointments.schedule(vault, client.client_id, date=spring, start=time(10, 0))
    with pytest.raises(InvalidInput) as refused:
        appointments.move(vault, made[0].appointment_id, start="02:15")
    assert refused.value.code == "appointment.time_skipped"
    assert refused.value.params["before"] and refused.value.params["after"]
    assert appointments.get(vault, made[0].appointment_id).start_time == time(10, 0)

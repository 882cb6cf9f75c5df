"""A deadline on a Saturday or Sunday is said as one, the law's date unmoved (domain/due_weekend).
Found by a walker: a New York request to inspect received Thu 12/03/2026 was "due 12/13/2026", a
Sunday, with nothing to say the office is closed that day (act by Friday 12/11)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core import disclosure_fixtures as fx
from vault_app.cli.main import run
from vault_app.domain.due_weekend import on_weekend, weekday_before
from vault_app.services import practice, requests
from vault_app.services.vault import Vault


@pytest.mark.parametrize(("day", "before"), [
    (date(2026, 12, 7), None),  # Monday
    (date(2026, 12, 11), None),  # Friday
    (date(2026, 12, 12), date(2026, 12, 11)),  # Saturday
    (date(2026, 12, 13), date(2026, 12, 11)),  # Sunday
    (date(2026, 12, 26), date(2026, 12, 25)),  # Saturday after Christmas: the weekday, holidays not known
])
def test_the_friday_before_a_weekend_deadline(day: date, before: date | None) -> None:
    assert weekday_before(day) == before
    assert on_weekend(day) is (before is not None)


def _list(vault_dir: Path, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert run(["request", "list", "--vault", str(vault_dir)]) == 0
    return capsys.readouterr().out


def test_request_list_says_a_sunday_deadline_and_the_friday_before(
        vault: Vault, vault_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    practice.set_clinician(vault, name="Jordan Lee", license_state="NY", license_number="012345")
    chart = fx.make_chart(vault, n=1)
    sunday = requests.add_request(vault, chart.client_id, kind="access", received_on=date(2026, 12, 3)).id
    weekday = requests.add_request(vault, chart.client_id, kind="access", received_on=date(2026, 12, 4)).id
    requests.withdraw(vault, requests.add_request(vault, chart.client_id, kind="access",
                                                  received_on=date(2026, 12, 3)).id)
    vault.lock()
    monkeypatch.setenv("VAULT_APP_PASSPHRASE", PASSPHRASE)
    lines = {line.split()[0]: line for line in _list(vault_dir, capsys).splitlines() if line.startswith("R-")}
    assert ("due Sun December 13, 2026 (a weekend day: act by Fri December 11, 2026) "
            "(N.Y. Public Health Law 18(2)(a)") in lines[sunday]
    assert "due December 14, 2026 (N.Y." in lines[weekday]  # a Monday: as before
    (closed,) = [line for rid, line in lines.items() if rid not in (sunday, weekday)]
    assert "due Sun December 13, 2026 (N.Y." in closed  # withdrawn: the weekday, no advice to act

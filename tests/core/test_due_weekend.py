"""A deadline on a Saturday or Sunday is said as one, the law's date unmoved (domain/due_weekend).
Found by a walker: a New York request to inspect received Thu 12/03/2026 was "due 12/13/2026", a
Sunday, with nothing to say the office is closed that day (act by Friday 12/11)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core import disclosure_fixtures as fx
from vault_app.cli.main import run
from vault_app.cli.request_rows import act_by_said
from vault_app.domain.due_weekend import act_by, closed_on, on_weekend
from vault_app.domain.federal_holidays import Holiday
from vault_app.domain.locale_format import deadline_text, weekday_text
from vault_app.services import practice, requests
from vault_app.services.vault import Vault


@pytest.mark.parametrize(("day", "before", "weekend", "holidays"), [
    (date(2026, 12, 7), None, False, ()),  # Monday
    (date(2026, 12, 11), None, False, ()),  # Friday
    (date(2026, 12, 24), None, False, ()),  # Christmas Eve: a working day
    (date(2026, 12, 12), date(2026, 12, 11), True, ()),  # Saturday
    (date(2026, 12, 13), date(2026, 12, 11), True, ()),  # Sunday
    # Saturday after a Friday Christmas: the Thursday before it
    (date(2026, 12, 26), date(2026, 12, 24), True, (Holiday.CHRISTMAS_DAY,)),
    # Sunday after New Year's Day (found: "act by Fri 01/01/2027")
    (date(2027, 1, 3), date(2026, 12, 31), True, (Holiday.NEW_YEARS_DAY,)),
    (date(2027, 1, 18), date(2027, 1, 15), False, (Holiday.MLK_BIRTHDAY,)),  # ON a Monday holiday
    (date(2026, 11, 26), date(2026, 11, 25), False, (Holiday.THANKSGIVING_DAY,)),
    (date(2027, 12, 24), date(2027, 12, 23), False, (Holiday.CHRISTMAS_DAY,)),  # Christmas observed
    (date(2026, 7, 4), date(2026, 7, 2), True, (Holiday.INDEPENDENCE_DAY,)),  # on it, a Saturday: observed Fri
    (date(2023, 1, 2), date(2022, 12, 30), False, (Holiday.NEW_YEARS_DAY,)),  # a Sunday's, observed Monday
    (date(2027, 12, 31), date(2027, 12, 30), False, (Holiday.NEW_YEARS_DAY,)),  # 2028's, observed in 2027
])
def test_the_last_working_day_before_a_closed_deadline(day: date, before: date | None, weekend: bool,
                                                       holidays: tuple[Holiday, ...]) -> None:
    advice = act_by(day)
    assert (advice.day if advice else None) == before
    assert closed_on(day) is (before is not None)
    assert on_weekend(day) is weekend
    assert (tuple(h.holiday for h in advice.holidays) if advice else ()) == holidays


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
    # Its weekday (the advice beside it, while not overdue: test_request_list_says_a_weekend_deadline_...)
    assert "due Sun December 13, 2026 (" in lines[sunday] and "(N.Y. Public Health Law 18(2)(a)" in lines[sunday]
    assert "due December 14, 2026 (N.Y." in lines[weekday]  # a Monday: as before
    (closed,) = [line for rid, line in lines.items() if rid not in (sunday, weekday)]
    assert "due Sun December 13, 2026 (N.Y." in closed  # withdrawn: the weekday, no advice to act


@pytest.mark.parametrize(("deadline", "said"), [
    (date(2026, 12, 7), ""),  # a Monday
    (date(2026, 12, 13), "a weekend day: act by Fri December 11, 2026"),
    # Sunday 01/03/2027: the Friday before is New Year's Day (found: "act by Fri 01/01/2027")
    (date(2027, 1, 3), "a weekend day; New Year's Day, a federal holiday, on Fri January 1, 2027: act by Thu "
                       "December 31, 2026"),
    (date(2027, 1, 2), "a weekend day; New Year's Day, a federal holiday, on Fri January 1, 2027: act by Thu "
                       "December 31, 2026"),
    # ON a weekday holiday, and on the Friday a Saturday's is observed
    (date(2026, 11, 26), "Thanksgiving Day, a federal holiday: act by Wed November 25, 2026"),
    (date(2026, 7, 3), "Independence Day, a federal holiday observed that day: act by Thu July 2, 2026"),
    # Saturday July 4, 2026: observed the Friday before
    (date(2026, 7, 4), "a weekend day; Independence Day, a federal holiday, observed Fri July 3, 2026: act by Thu "
                       "July 2, 2026"),
    (date(2027, 1, 18), "Birthday of Martin Luther King, Jr., a federal holiday: act by Fri January 15, 2027"),
])
def test_the_cli_says_why_and_the_working_day_before(deadline: date, said: str) -> None:
    assert act_by_said(deadline, "en_US") == said


def _received_for(weekday: int) -> date:
    """A day in the last week whose HIPAA due date (30 days on) falls on `weekday`."""
    return next(d for d in (fx.today() - timedelta(days=n) for n in range(7))
                if (d + timedelta(days=30)).weekday() == weekday)


@pytest.mark.parametrize("weekday", [5, 6])
def test_request_list_says_a_weekend_deadline_with_why_and_the_day_before(
        weekday: int, vault: Vault, vault_dir: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    practice.update(vault, license_state="")
    chart = fx.make_chart(vault, n=1)
    received = _received_for(weekday)
    requests.add_request(vault, chart.client_id, kind="access", received_on=received)
    vault.lock()
    monkeypatch.setenv("VAULT_APP_PASSPHRASE", PASSPHRASE)
    (line,) = [line for line in _list(vault_dir, capsys).splitlines() if line.startswith("R-")]
    due = received + timedelta(days=30)
    assert f"due {weekday_text(due, 'en_US')} {deadline_text(due, 'en_US')} ({act_by_said(due, 'en_US')}) (" in line


def test_an_overdue_request_is_not_told_a_day_gone(
        vault: Vault, vault_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    practice.update(vault, license_state="")
    chart = fx.make_chart(vault, n=1)
    requests.add_request(vault, chart.client_id, kind="access", received_on=date(2026, 6, 4))  # due Sat 07/04
    vault.lock()
    monkeypatch.setenv("VAULT_APP_PASSPHRASE", PASSPHRASE)
    (line,) = [line for line in _list(vault_dir, capsys).splitlines() if line.startswith("R-")]
    assert "due Sat July 4, 2026 (45 CFR" in line and "act by" not in line

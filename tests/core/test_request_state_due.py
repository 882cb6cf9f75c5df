"""A request's due date in the CLI and the dashboard's data: the earlier of HIPAA's and the
license state's, naming the rule (services/request_due). Found by two walkers: a California
practice saw HIPAA's 30 days ("Vence 04/01/2027") as if it were the deadline, when Cal. Health &
Safety Code 123110 wants inspection within 5 working days."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core import disclosure_fixtures as fx
from vault_app.cli.main import run
from vault_app.services import dashboard, practice, requests, today
from vault_app.services.vault import Vault

FRIDAY = date(2026, 12, 4)


def _cli(vault_dir: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    capsys.readouterr()
    code = run([*argv, "--vault", str(vault_dir)])
    out = capsys.readouterr()
    assert code == 0, out.err
    return out.out


def _practice(vault: Vault, state: str) -> str:
    practice.set_clinician(vault, name="Jordan Lee", license_state=state, license_number="LMFT 1" if state else "")
    chart = fx.make_chart(vault, n=1)
    return requests.add_request(vault, chart.client_id, kind="access", received_on=FRIDAY).id


@pytest.mark.parametrize(("state", "due", "words"), (
    ("CA", "December 11, 2026", "(Cal. Health & Safety Code 123110(a); federal January 3, 2027)"),
    # New York's copies "within a reasonable time" (18(2)(d)), said as the Requests window says them.
    ("NY", "December 14, 2026", "(N.Y. Public Health Law 18(2)(a); federal January 3, 2027; copies within a "
                                "reasonable time, N.Y. Public Health Law 18(2)(d): no later than January 3, 2027)"),
    # HIPAA's 30 days end on a Sunday: said with the weekday and the working day before, over New Year's Day
    # (test_due_weekend.py, test_federal_holidays.py).
    ("TX", ("Sun January 3, 2027 (a weekend day; New Year's Day, a federal holiday, on Fri January 1, 2027: "
            "act by Thu December 31, 2026)"),
     "(45 CFR 164.524(b)(2): federal deadline; your state's may be shorter)"),
    ("", ("Sun January 3, 2027 (a weekend day; New Year's Day, a federal holiday, on Fri January 1, 2027: "
            "act by Thu December 31, 2026)"),
     "(45 CFR 164.524(b)(2): federal deadline; your state's may be shorter)"),
))
def test_request_list_shows_the_earlier_deadline_and_its_rule(
        vault: Vault, vault_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        state: str, due: str, words: str) -> None:
    rid = _practice(vault, state)
    vault.lock()
    monkeypatch.setenv("VAULT_APP_PASSPHRASE", PASSPHRASE)
    out = _cli(vault_dir, capsys, "request", "list")
    assert f"due {due} {words}" in out, out
    (data,) = json.loads(_cli(vault_dir, capsys, "request", "list", "--json"))
    assert data["request_id"] == rid and data["federal_due_on"] == "2027-01-03"
    assert data["due_set_by"] == ("state" if state in ("CA", "NY") else "federal")
    assert data["state_untimed"] == ([{"what": "copy", "citation": "N.Y. Public Health Law 18(2)(d)"}]
                                     if state == "NY" else [])


def test_the_dashboard_and_the_requests_list_count_the_state_date(vault: Vault) -> None:
    rid = _practice(vault, "CA")
    # Four days after the state's date, 25 before HIPAA's: overdue under California's law
    on = date(2026, 12, 15)
    d = dashboard.summary(vault, on=on)
    assert [i.request_id for i in d.requests_overdue] == [rid], d.requests_overdue
    (item,) = d.requests_overdue
    assert (item.due_on, item.days_left, item.due_citation) == ("2026-12-11", -4, "Cal. Health & Safety Code 123110(a)")
    # Due within the week: on the Monday before
    soon = dashboard.summary(vault, on=FRIDAY + timedelta(days=3))
    assert [i.request_id for i in soon.requests_due_soon] == [rid]
    (row,) = today.open_requests(vault)
    assert row.deadline is not None and row.deadline.day == date(2026, 12, 11)

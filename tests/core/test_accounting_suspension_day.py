"""A suspension of the accounting (45 CFR 164.528(a)(2)) withholds disclosures to the agency that
asked while it is in force on the day the accounting is GIVEN, whatever the request's date, and
knows the agency however its name is written on the disclosure.

Found by a walker: judged on the request's day, an accounting asked for the week before the
Board's written suspension began, and made during it, printed the Board's investigation for the
client; one asked during an oral suspension and made months after it ended left the disclosure out.
And "State Board of Behavioral Sciences, Enforcement Unit" escaped the Board's suspension."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain import accounting as rules
from vault_app.domain.accounting import build, new_suspension
from vault_app.domain.disclosure import DisclosureRecord, Recipient
from vault_app.services import accounting, export, requests
from vault_app.services.vault import Vault

CLIENT = "c1"
BOARD = "State Board of Behavioral Sciences"
SUSPENSION = new_suspension(id="S1", client_id=CLIENT, agency=BOARD, starts_on=date(2026, 2, 1),
                            ends_on=date(2026, 6, 30), written=True)


def rec(recipient: str, day: date = date(2025, 6, 15), n: int = 1) -> DisclosureRecord:
    return DisclosureRecord(
        disclosure_id=f"D-{n}", client_id=CLIENT, day=day, recipient=Recipient(recipient, "1 Gov Plaza"),
        description="progress notes", purpose="licensing audit", basis_kind="health_oversight",
        basis_summary="health oversight", authorization_id=None, accountable=True, exclusion="", kind="progress",
        seq=n, delivered=True)


# (citation, recipient on the disclosure, the request's day, the day the accounting is given, withheld)
DAY_ROWS = [
    # Asked before the suspension began, given while it is in force: withheld (it printed).
    ("45 CFR 164.528(a)(2)(i)", BOARD, date(2026, 1, 20), date(2026, 2, 10), True),
    # Asked while it was in force, given after it ended: shown (it was left out).
    ("45 CFR 164.528(a)(2)(i)", BOARD, date(2026, 3, 1), date(2026, 7, 15), False),
    ("45 CFR 164.528(a)(2)(i)", BOARD, date(2026, 3, 1), date(2026, 3, 20), True),
    ("45 CFR 164.528(a)(2)(i)", BOARD, date(2026, 1, 5), date(2026, 1, 20), False),
    ("45 CFR 164.528(a)(2)(i)", "County Adult Protective Services", date(2026, 3, 1), date(2026, 3, 20), False),
]


@pytest.mark.parametrize(("citation", "recipient", "asked", "given", "withheld"), DAY_ROWS,
                         ids=[f"{r[1][:12]} asked {r[2]} given {r[3]}" for r in DAY_ROWS])
def test_judged_on_the_day_the_accounting_is_given(citation: str, recipient: str, asked: date, given: date,
                                                   withheld: bool) -> None:
    assert citation == "45 CFR 164.528(a)(2)(i)"
    acc = build([rec(recipient)], client_id=CLIENT, as_of=asked, given_on=given, suspensions=[SUSPENSION])
    assert (acc.hidden_by_suspension == 1) is withheld
    assert (len(acc.lines) == 0) is withheld


# (the agency as the suspension names it, the recipient as the disclosure names it, the same agency)
NAME_ROWS = [
    (BOARD, "State Board of Behavioral Sciences, Enforcement Unit", True),
    (BOARD, "state board of behavioral sciences.", True),
    (BOARD, "The State Board of Behavioral Sciences (Investigations)", True),
    ("State Police", "Illinois State Police, Troop B", True),
    ("Illinois State Police, Troop B", "Illinois State Police", True),
    ("State Police", "Springfield Police Department", False),
    (BOARD, "State Board of Nursing", False),
    (BOARD, "County Adult Protective Services", False),
]


@pytest.mark.parametrize(("agency", "recipient", "same"), NAME_ROWS, ids=[r[1] for r in NAME_ROWS])
def test_the_agency_is_known_however_its_name_is_written(agency: str, recipient: str, same: bool) -> None:
    assert rules.withholds_from(agency, recipient) is same
    s = new_suspension(id="S2", client_id=CLIENT, agency=agency, starts_on=date(2026, 2, 1),
                       ends_on=date(2026, 6, 30), written=True)
    acc = build([rec(recipient)], client_id=CLIENT, as_of=date(2026, 3, 1), given_on=date(2026, 3, 2),
                suspensions=[s])
    assert (acc.hidden_by_suspension == 1) is same


def _manual_to(vault: Vault, client_id: str, recipient: str, days: int) -> None:
    export.record_manual(vault, fx.request(
        client_id, basis="health_oversight", manual=True, recipient=fx.Recipient(recipient, "1 Gov Plaza"),
        purpose="licensing audit", evidence={"agency": recipient, "request_reference": "AUD-1"},
        on=fx.days_ago(days)), description="progress notes", channel="mail")


def test_an_accounting_made_during_a_suspension_begun_after_the_request_withholds(vault: Vault,
                                                                                  tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=1)
    _manual_to(vault, chart.client_id, "State Board of Behavioral Sciences, Enforcement Unit", 30)
    req = requests.add_request(vault, chart.client_id, kind="accounting", received_on=fx.days_ago(6))
    accounting.add_suspension(vault, chart.client_id, agency=BOARD, starts_on=fx.days_ago(2),
                              ends_on=fx.days_ago(-180), written=True, reference="INV-88")
    report = accounting.produce(vault, chart.client_id, out=tmp_path / "a.pdf", password=fx.PASSWORD,
                                request_id=req.id)
    assert report.accounting.lines == () and report.accounting.hidden_by_suspension == 1
    assert "Enforcement Unit" not in " ".join(fx.pdf_text(tmp_path / "a.pdf"))


def test_an_accounting_made_after_the_suspension_ended_lists_the_disclosure(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=1)
    _manual_to(vault, chart.client_id, BOARD, 60)
    accounting.add_suspension(vault, chart.client_id, agency=BOARD, starts_on=fx.days_ago(45), written=False)
    req = requests.add_request(vault, chart.client_id, kind="accounting", received_on=fx.days_ago(30))
    # The oral suspension lasted 30 days, until 15 days ago; the request came during it, the accounting today.
    report = accounting.produce(vault, chart.client_id, out=tmp_path / "b.pdf", password=fx.PASSWORD,
                                request_id=req.id)
    assert [line.first.recipient.name for line in report.accounting.lines] == [BOARD]
    assert report.accounting.hidden_by_suspension == 0

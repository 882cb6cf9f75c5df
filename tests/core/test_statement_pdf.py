"""A statement's balances as the client reads them in the PDF (a real vault, the real PDF read
back with pypdf): the balance brought forward, the credit, what was paid since, a split."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.core.disclosure_fixtures import PASSWORD, pdf_text
from tests.core.payable_practice import diagnosed, payable
from tests.local_clock import us_day
from vault_app.domain.billing import format_cents
from vault_app.domain.statement import StatementTotals
from vault_app.services import appointments, billing, clients, guardians, practice, superbill
from vault_app.services.superbill_pdf import statement_rows
from vault_app.services.vault import Vault


def _client(vault: Vault, *days: str) -> str:
    client = clients.create_client(vault, "Tomas Erikkson-Vale", chart_number="TE-3", date_of_birth="1979-06-01")
    payable(vault)
    diagnosed(vault, client.client_id)
    billing.set_scheduled_fee(vault, "90837", "180.00")
    for day in days:
        (appt,) = appointments.schedule(vault, client.client_id, date=day, start="10:00")
        appointments.attend(vault, appt.appointment_id)
    return client.client_id


def _march(vault: Vault, client_id: str, out: Path, **kwargs: str) -> str:
    superbill.issue(vault, client_id, kind="statement", first="2026-03-01", last="2026-03-31", out=out,
                    password=PASSWORD, **kwargs)  # type: ignore[arg-type]
    return " ".join(pdf_text(out))


def test_a_balance_owed_from_before_is_brought_forward(vault: Vault, tmp_path: Path) -> None:
    """Found by reading the statement as a client: February's unpaid session was on no line of
    March's statement, whose "Balance due $180.00" was half of what the client owed ($360.00)."""
    client_id = _client(vault, "2026-02-23", "2026-03-02", "2026-03-09")
    billing.record_payment(vault, client_id, paid_on="2026-03-09", amount="180", method="check")
    text = _march(vault, client_id, tmp_path / "march.pdf")
    assert ("Balance brought forward, 03/01/2026 $180.00 Charges in these dates $360.00 "
            "Payments received in these dates $180.00 Balance due, 03/31/2026 $360.00") in text
    assert "02/23/2026" not in text  # the old charge is in the balance, not a line of these dates


def test_a_client_who_paid_more_than_was_charged_reads_a_credit(vault: Vault, tmp_path: Path) -> None:
    """Found by reading the statement as a client: $400.00 paid for $360.00 of sessions read
    "Amount paid $360.00, Balance due $0.00" under a listed payment of $400.00; the $40.00 was
    nowhere. A credit is said as one, never as a negative amount due."""
    client_id = _client(vault, "2026-03-02", "2026-03-09")
    billing.record_payment(vault, client_id, paid_on="2026-03-02", amount="400", method="transfer")
    text = _march(vault, client_id, tmp_path / "march.pdf")
    assert ("Balance brought forward, 03/01/2026 $0.00 Charges in these dates $360.00 "
            "Payments received in these dates $400.00 Credit, 03/31/2026 $40.00") in text
    assert "-$" not in text and "Balance due" not in text
    # the next month starts from the credit
    (april,) = appointments.schedule(vault, client_id, date="2026-04-06", start="10:00")
    appointments.attend(vault, april.appointment_id)
    superbill.issue(vault, client_id, kind="statement", first="2026-04-01", last="2026-04-30",
                    out=tmp_path / "april.pdf", password=PASSWORD)
    text = " ".join(pdf_text(tmp_path / "april.pdf"))
    assert ("Credit brought forward, 04/01/2026 $40.00 Charges in these dates $180.00 "
            "Payments received in these dates $0.00 Balance due, 04/30/2026 $140.00") in text


def test_what_was_paid_since_the_last_date_is_counted_up_to_the_issue_day(vault: Vault, tmp_path: Path) -> None:
    """A statement of last month issued today: its balance at its last date, then what was paid
    of it since (oldest first), then what is still owed; a client who paid since does not read
    the paid balance as due."""
    client_id = _client(vault, "2026-03-02", "2026-03-09")
    billing.record_payment(vault, client_id, paid_on="2026-04-02", amount="300", method="cash")
    before = date.today()
    text = _march(vault, client_id, tmp_path / "march.pdf")
    issue_days = {us_day(before), us_day(date.today())}  # the issue day, whichever side of midnight it fell
    assert any("Payments received in these dates $0.00 Balance due, 03/31/2026 $360.00 "
               f"Paid of it from 04/01/2026 to {on} $300.00 Balance due, {on} $60.00" in text for on in issue_days)


@pytest.mark.parametrize(("locale", "rows"), [
    ("en_US", [("Credit brought forward, 03/01/2026", "$40.00"), ("Charges in these dates", "$180.00"),
               ("Payments received in these dates", "$0.00"), ("Balance due, 03/31/2026", "$140.00"),
               ("Paid of it from 04/01/2026 to 05/10/2026", "$100.00"), ("Balance due, 05/10/2026", "$40.00")]),
    ("en_GB", [("Credit brought forward, 01/03/2026", "US$40.00"), ("Charges in these dates", "US$180.00"),
               ("Payments received in these dates", "US$0.00"), ("Balance due, 31/03/2026", "US$140.00"),
               ("Paid of it from 01/04/2026 to 10/05/2026", "US$100.00"), ("Balance due, 10/05/2026", "US$40.00")]),
    ("es_ES", [("Credit brought forward, 01/03/2026", "40,00\xa0US$"), ("Charges in these dates", "180,00\xa0US$"),
               ("Payments received in these dates", "0,00\xa0US$"), ("Balance due, 31/03/2026", "140,00\xa0US$"),
               ("Paid of it from 01/04/2026 to 10/05/2026", "100,00\xa0US$"),
               ("Balance due, 10/05/2026", "40,00\xa0US$")]),
])
def test_the_statement_rows_write_the_practices_dates(locale: str, rows: list[tuple[str, str]]) -> None:
    """Its days and its amounts, as the practice writes them (Settings, Dates and money): found
    in a week of a practice in Spain, whose statements read 01/03/2026 beside "$140.00", a US
    amount, where every screen of the app said 140,00 US$."""
    totals = StatementTotals(brought_forward=-4000, charges=18000, payments=0, received_after=10000,
                             paid_after=10000)
    assert statement_rows(totals, date(2026, 3, 1), date(2026, 3, 31), date(2026, 5, 10), locale) == rows


def test_each_guardians_statement_adds_up_and_the_shares_add_up_to_the_account(vault: Vault,
                                                                                tmp_path: Path) -> None:
    born = date.today() - timedelta(days=365 * 12)
    child = clients.create_client(vault, "Lina Sorbet", chart_number="LS-1", date_of_birth=born.isoformat())
    payable(vault)
    mother = guardians.add_guardian(vault, child.client_id, "Anne Sorbet", authority="parent", address="5 North Ln")
    father = guardians.add_guardian(vault, child.client_id, "Paul Sorbet", authority="parent", address="7 South Ln")
    billing.set_scheduled_fee(vault, "90834", "150.01")
    for day in ("2026-02-23", "2026-03-02"):
        (appt,) = appointments.schedule(vault, child.client_id, date=day, start="16:00", duration_minutes=45)
        appointments.attend(vault, appt.appointment_id)
    billing.set_split(vault, child.client_id, {mother.guardian_id: 60, father.guardian_id: 40})
    billing.record_payment(vault, child.client_id, paid_on="2026-03-03", amount="100", method="check")
    mother_text = _march(vault, child.client_id, tmp_path / "mother.pdf", guardian_id=mother.guardian_id)
    father_text = _march(vault, child.client_id, tmp_path / "father.pdf", guardian_id=father.guardian_id)
    # 150.01 splits 90.01 / 60.00 or 90.00 / 60.01: the rounding cent goes to the first guardian by id
    mother_fee = 9001 if min(mother.guardian_id, father.guardian_id) == mother.guardian_id else 9000
    for text, percent, fee, paid in ((mother_text, 60, mother_fee, 6000), (father_text, 40, 15001 - mother_fee, 4000)):
        assert f"Account balance (your share, {percent}%)" in text
        assert (f"Balance brought forward, 03/01/2026 {format_cents(fee)} Charges in these dates {format_cents(fee)} "
                f"Payments received in these dates {format_cents(paid)} "
                f"Balance due, 03/31/2026 {format_cents(2 * fee - paid)}") in text
    assert "$60.00 (check; your share of $100.00)" in mother_text
    assert "$40.00 (check; your share of $100.00)" in father_text


def test_a_statement_of_a_practice_in_spain_writes_its_amounts_as_spain_does(vault: Vault, tmp_path: Path) -> None:
    """The client's statement follows the practice's money as its days (the decimal comma, the
    dollars named after the amount); the superbill of the same sessions, for a US health plan,
    keeps the US's (domain/document_dates)."""
    practice.update(vault, locale="es_ES")
    client_id = _client(vault, "2026-03-02", "2026-03-09")
    billing.record_payment(vault, client_id, paid_on="2026-03-09", amount="1500.50", method="check")
    text = _march(vault, client_id, tmp_path / "march.pdf").replace("\xa0", " ")
    assert ("Balance brought forward, 01/03/2026 0,00 US$ Charges in these dates 360,00 US$ "
            "Payments received in these dates 1.500,50 US$ Credit, 31/03/2026 1.140,50 US$") in text, text
    assert "09/03/2026 1.500,50 US$ (check)" in text, text
    assert "02/03/2026 11 Office" in text and "180,00 US$" in text, text
    assert "$1" not in text.replace("US$", "") and "$0" not in text.replace("US$", ""), text
    superbill.issue(vault, client_id, kind="superbill", first="2026-03-01", last="2026-03-31",
                    out=tmp_path / "superbill.pdf", password=PASSWORD)
    paper = " ".join(pdf_text(tmp_path / "superbill.pdf"))
    assert "Total charges $360.00 Amount paid $360.00 Balance due $0.00" in paper, paper

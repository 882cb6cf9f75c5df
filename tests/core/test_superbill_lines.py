"""What a plan reads on a superbill line: the session's procedure code and its add-on codes
with their units (a real vault, the PDF read back), and the listing rule, table-driven."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.disclosure_fixtures import PASSWORD, pdf_text
from vault_app.domain.billing import billed_codes, session_charge
from vault_app.services import billing, clients, sessions, superbill
from vault_app.services.vault import Vault


@pytest.mark.parametrize(("cpt", "addons", "listed"), [
    ("90834", (), "90834"),
    ("90834", ("90785",), "90834, 90785"),
    ("90839", ("90840", "90840"), "90839, 90840 ×2"),
    ("90839", ("90840", "90785", "90840"), "90839, 90840 ×2, 90785"),
    ("", (), ""),
])
def test_billed_codes(cpt: str, addons: tuple[str, ...], listed: str) -> None:
    assert billed_codes(cpt, addons) == listed


def test_a_superbill_lists_the_add_on_codes_with_their_units(vault: Vault, tmp_path: Path) -> None:
    """Found by reading the superbill against the session's codes: a two-hour crisis session
    (90839 and two 30-minute units of 90840, as the chart shows it) read 90839 alone, and a
    session with interactive complexity (90785) read 90834 alone."""
    client = clients.create_client(vault, "Tomas Erikkson-Vale", chart_number="TE-3", date_of_birth="1979-06-01")
    billing.set_scheduled_fee(vault, "90839", "250.00")
    billing.set_scheduled_fee(vault, "90834", "150.00")
    crisis = sessions.add_session(vault, client.client_id, date="2026-03-02", duration_minutes=120,
                                  service_type="crisis", icd10_codes=["F43.0"])
    assert (crisis.cpt_code, crisis.addon_codes) == ("90839", ("90840", "90840"))  # the CMS time rule
    sessions.add_session(vault, client.client_id, date="2026-03-09", duration_minutes=45, cpt_code="90834",
                         addon_codes=["90785"], icd10_codes=["F43.0"])
    superbill.issue(vault, client.client_id, first="2026-03-01", last="2026-03-31", out=tmp_path / "sb.pdf",
                    password=PASSWORD)
    text = " ".join(pdf_text(tmp_path / "sb.pdf"))
    assert "90839, 90840 ×2" in text and "90834, 90785" in text


def test_each_date_of_service_shows_what_was_paid_of_it(vault: Vault, tmp_path: Path) -> None:
    """The superbill promises, for each date of service, its fee and the amount paid
    (services/superbill_pdf.py, docs/appointments.md), and computed it per line, but printed
    only the total: a plan could not tell which date the client had paid. Oldest first: the
    $200.00 pays March 2 in full and $50.00 of March 9."""
    client = clients.create_client(vault, "Tomas Erikkson-Vale", chart_number="TE-3", date_of_birth="1979-06-01")
    billing.set_scheduled_fee(vault, "90834", "150.00")
    for day in ("2026-03-02", "2026-03-09"):
        sessions.add_session(vault, client.client_id, date=day, duration_minutes=45, icd10_codes=["F43.0"])
    billing.record_payment(vault, client.client_id, paid_on="2026-03-09", amount="200", method="check")
    superbill.issue(vault, client.client_id, first="2026-03-01", last="2026-03-31", out=tmp_path / "sb.pdf",
                    password=PASSWORD)
    text = " ".join(pdf_text(tmp_path / "sb.pdf"))
    assert "Minutes Fee Paid" in text
    assert "03/02/2026 11 Office 90834 F43.0 45 $150.00 $150.00" in text
    assert "03/09/2026 11 Office 90834 F43.0 45 $150.00 $50.00" in text
    assert "Total charges $300.00 Amount paid $200.00 Balance due $100.00" in text


@pytest.mark.parametrize(("fee_on_session", "scheduled", "status", "charged"), [
    (15000, 18000, "unbilled", 15000),  # the fee kept on the session (at attendance, or edited)
    (None, 18000, "paid", 18000),  # none kept: the schedule's
    (None, None, "billed", 0),  # no fee anywhere
    (15000, 18000, "no_charge", 0),  # "No charge" is what the client is charged, whatever the fee
    (None, 18000, "no_charge", 0),
    (15000, 18000, "self_pay", 15000),  # self-pay is who pays, not how much
])
def test_session_charge(fee_on_session: int | None, scheduled: int | None, status: str, charged: int) -> None:
    assert session_charge(fee_on_session, scheduled, status) == charged


def test_a_no_charge_session_is_charged_nothing(vault: Vault, tmp_path: Path) -> None:
    """Found by checking the superbill against the session's billing status: a session marked
    "No charge" (in Correct session details…, after it was attended at the schedule's fee) was
    still charged $180.00 on the account and the statement, and its superbill asked the
    client's health plan to reimburse $180.00 for a service the client was never charged."""
    from vault_app.services import appointments

    client = clients.create_client(vault, "Tomas Erikkson-Vale", chart_number="TE-3", date_of_birth="1979-06-01")
    billing.set_scheduled_fee(vault, "90837", "180.00")
    made = appointments.schedule(vault, client.client_id, date="2026-03-02", start="10:00", recurrence="weekly",
                                 count=2)
    attended = [appointments.attend(vault, a.appointment_id) for a in made]
    sessions.update_session(vault, attended[1].session_id, billing_status="no_charge")
    assert billing.account(vault, client.client_id).balance_cents == 18000
    superbill.issue(vault, client.client_id, first="2026-03-01", last="2026-03-31", out=tmp_path / "sb.pdf",
                    password=PASSWORD)
    text = " ".join(pdf_text(tmp_path / "sb.pdf"))
    assert "03/09/2026 11 Office 90837 - 53 $0.00 $0.00" in text
    assert "Total charges $180.00 Amount paid $0.00 Balance due $180.00" in text
    superbill.issue(vault, client.client_id, kind="statement", first="2026-03-01", last="2026-03-31",
                    out=tmp_path / "st.pdf", password=PASSWORD)
    assert "Charges in these dates $180.00" in " ".join(pdf_text(tmp_path / "st.pdf"))

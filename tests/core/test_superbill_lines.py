"""What a plan reads on a superbill line: the session's procedure code, then each add-on code
with its units and its fee (a real vault, the PDF read back), and the pricing rules, table-driven."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.core.disclosure_fixtures import PASSWORD, pdf_text
from tests.core.payable_practice import diagnosed, payable
from vault_app.domain.billing import (
    ADDON_KIND,
    Charge,
    addon_charges,
    applied_oldest_first,
    session_charge,
    unpriced_codes,
    unpriced_warning,
)
from vault_app.domain.errors import InvalidInput
from vault_app.services import billing, clients, sessions, superbill
from vault_app.services.vault import Vault
from vault_app.storage import billing as billing_store

S = "S-1"
ON = date(2026, 3, 2)
SCHEDULE = {"90839": 25000, "90840": 9000, "90785": 2500}


@pytest.mark.parametrize(("addons", "kept", "schedule", "status", "expected"), [
    pytest.param((), {}, SCHEDULE, "unbilled", [], id="no-add-on"),
    # each code once, its units at the schedule's unit fee
    pytest.param(("90840", "90840"), {}, SCHEDULE, "unbilled", [("90840", 2, 18000, True)], id="two-units"),
    pytest.param(("90840", "90785", "90840"), {}, SCHEDULE, "unbilled",
                 [("90840", 2, 18000, True), ("90785", 1, 2500, True)], id="two-codes"),
    # the unit fee kept on the session (at attendance, or when the schedule changed) wins
    pytest.param(("90840", "90840"), {"90840": 8000}, SCHEDULE, "paid", [("90840", 2, 16000, True)], id="kept"),
    pytest.param(("90785",), {"90785": 0}, {}, "unbilled", [("90785", 1, 0, True)], id="kept-at-zero"),
    # no fee set anywhere: counted 0 and said so
    pytest.param(("99354",), {}, SCHEDULE, "unbilled", [("99354", 1, 0, False)], id="no-fee-set"),
    # a "No charge" session charges nothing for its add-ons either (and warns of nothing)
    pytest.param(("90840", "99354"), {}, SCHEDULE, "no_charge",
                 [("90840", 1, 0, True), ("99354", 1, 0, True)], id="no-charge"),
])
def test_addon_charges(addons: tuple[str, ...], kept: dict[str, int], schedule: dict[str, int], status: str,
                       expected: list[tuple[str, int, int, bool]]) -> None:
    charges = addon_charges(S, ON, addons, kept, schedule, status)
    assert [(c.cpt_code, c.units, c.cents, c.priced) for c in charges] == expected
    assert all(c.kind == ADDON_KIND and c.session_id == S and c.on == ON for c in charges)
    assert len({c.ref_id for c in charges}) == len(charges)  # each paid on its own, oldest first
    assert unpriced_codes(charges) == tuple(sorted(code for code, _u, _c, priced in expected if not priced))


def test_a_session_is_paid_before_its_add_ons_and_they_before_a_missed_fee() -> None:
    session = Charge(ON, "session", S, "90839", 25000)
    addon = addon_charges(S, ON, ("90840",), {}, SCHEDULE, "unbilled")
    missed = Charge(ON, "no_show", "A-0", "", 6000)
    applied = applied_oldest_first([missed, *addon, session], 30000)
    assert applied == {S: 25000, f"{S}+90840": 5000, "A-0": 0}


def test_unpriced_warning_names_the_codes() -> None:
    assert "for code 90785:" in unpriced_warning(("90785",))
    assert "for codes 90785, 99354:" in unpriced_warning(("90785", "99354"))


def test_a_superbill_prices_the_add_on_codes_on_their_own_lines(vault: Vault, tmp_path: Path) -> None:
    """Found last round in the real app: a two-hour crisis session (90839 and two 30-minute units
    of 90840) listed 90840 ×2 beside 90839 with no fee, and neither the total nor the balance
    counted it. Each add-on code is now its own line, its units at its fee from the schedule, in
    the totals; a code with no fee set refuses the superbill, naming it (domain/superbill_fees)."""
    client = clients.create_client(vault, "Tomas Erikkson-Vale", chart_number="TE-3", date_of_birth="1979-06-01")
    payable(vault)
    billing.set_scheduled_fee(vault, "90839", "250.00")
    billing.set_scheduled_fee(vault, "90840", "90.00")
    billing.set_scheduled_fee(vault, "90834", "150.00")
    crisis = sessions.add_session(vault, client.client_id, date="2026-03-02", duration_minutes=120,
                                  service_type="crisis", icd10_codes=["F43.0"])
    assert (crisis.cpt_code, crisis.addon_codes) == ("90839", ("90840", "90840"))  # the CMS time rule
    sessions.add_session(vault, client.client_id, date="2026-03-09", duration_minutes=45, cpt_code="90834",
                         addon_codes=["90785"], icd10_codes=["F43.0"])
    billing.record_payment(vault, client.client_id, paid_on="2026-03-09", amount="300", method="check")
    assert billing.account(vault, client.client_id).balance_cents == 25000 + 18000 + 15000 - 30000
    # A code with no fee: the superbill is refused, naming it (domain/superbill_fees); issued once it has one.
    with pytest.raises(InvalidInput) as err:
        superbill.issue(vault, client.client_id, first="2026-03-01", last="2026-03-31",
                        out=tmp_path / "sb.pdf", password=PASSWORD)
    assert err.value.code == "superbill.unpriced" and err.value.params == {"codes": "90785"}
    billing.set_scheduled_fee(vault, "90785", "25.00")
    issued = superbill.issue(vault, client.client_id, first="2026-03-01", last="2026-03-31",
                             out=tmp_path / "sb.pdf", password=PASSWORD)
    text = " ".join(pdf_text(tmp_path / "sb.pdf"))
    assert "03/02/2026 11 Office 90839 F43.0 120 $250.00 $250.00" in text
    assert "03/02/2026 11 Office 90840 ×2 F43.0 - $180.00 $50.00" in text  # oldest first: after its session
    assert "03/09/2026 11 Office 90834 F43.0 45 $150.00 $0.00" in text
    assert "03/09/2026 11 Office 90785 F43.0 - $25.00 $0.00" in text
    assert "Total charges $605.00 Amount paid $300.00 Balance due $305.00" in text
    assert (issued.sessions, issued.charged_cents, issued.unpriced) == (4, 60500, ())
    superbill.issue(vault, client.client_id, kind="statement", first="2026-03-01", last="2026-03-31",
                    out=tmp_path / "st.pdf", password=PASSWORD)
    text = " ".join(pdf_text(tmp_path / "st.pdf"))
    assert "Charges in these dates $605.00 Payments received in these dates $300.00 Balance due, 03/31/2026 $305.00" \
        in text


def test_past_sessions_keep_their_add_on_fees(vault: Vault) -> None:
    """As a session's own code: a change of the schedule does not reprice the add-on codes of
    past sessions. An add-on code that had no fee (said "no fee set") takes the first fee set:
    the warning asked for it, and kept at 0 it would have priced none of the sessions it named."""
    client = clients.create_client(vault, "Tomas Erikkson-Vale", chart_number="TE-3", date_of_birth="1979-06-01")
    payable(vault)
    billing.set_scheduled_fee(vault, "90839", "250.00")
    billing.set_scheduled_fee(vault, "90840", "90.00")
    sessions.add_session(vault, client.client_id, date="2026-03-02", duration_minutes=120, service_type="crisis",
                         addon_codes=["90840", "90840", "90785"])

    def addons() -> list[tuple[str, int, bool]]:
        return [(c.cpt_code, c.cents, c.priced) for c in billing.account(vault, client.client_id).charges
                if c.kind == ADDON_KIND]

    assert addons() == [("90840", 18000, True), ("90785", 0, False)]
    # at attendance the schedule's fees are kept on the session, its add-on codes' with them
    today = sessions.add_session(vault, client.client_id, date=date.today(), duration_minutes=45, cpt_code="90834",
                                 addon_codes=["90840", "90785"])
    billing.fix_session_fee(vault, today.session_id)
    assert billing_store.addon_fees(vault.records, today.session_id) == {"90840": 9000}
    billing.set_scheduled_fee(vault, "90840", "100.00")
    billing.set_scheduled_fee(vault, "90785", "25.00")
    assert addons() == [("90840", 18000, True), ("90785", 2500, True), ("90840", 9000, True), ("90785", 2500, True)]
    billing.set_scheduled_fee(vault, "90785", "30.00")
    billing.remove_scheduled_fee(vault, "90840")
    assert addons() == [("90840", 18000, True), ("90785", 2500, True), ("90840", 9000, True), ("90785", 2500, True)]


def test_each_date_of_service_shows_what_was_paid_of_it(vault: Vault, tmp_path: Path) -> None:
    """The superbill promises, for each date of service, its fee and the amount paid
    (services/superbill_pdf.py, docs/appointments.md), and computed it per line, but printed
    only the total: a plan could not tell which date the client had paid. Oldest first: the
    $200.00 pays March 2 in full and $50.00 of March 9."""
    client = clients.create_client(vault, "Tomas Erikkson-Vale", chart_number="TE-3", date_of_birth="1979-06-01")
    payable(vault)
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
    payable(vault)
    diagnosed(vault, client.client_id)
    billing.set_scheduled_fee(vault, "90837", "180.00")
    made = appointments.schedule(vault, client.client_id, date="2026-03-02", start="10:00", recurrence="weekly",
                                 count=2)
    attended = [appointments.attend(vault, a.appointment_id) for a in made]
    sessions.update_session(vault, attended[1].session_id, billing_status="no_charge")
    assert billing.account(vault, client.client_id).balance_cents == 18000
    superbill.issue(vault, client.client_id, first="2026-03-01", last="2026-03-31", out=tmp_path / "sb.pdf",
                    password=PASSWORD)
    text = " ".join(pdf_text(tmp_path / "sb.pdf"))
    assert "03/09/2026 11 Office 90837 F43.23 53 $0.00 $0.00" in text
    assert "Total charges $180.00 Amount paid $0.00 Balance due $180.00" in text
    superbill.issue(vault, client.client_id, kind="statement", first="2026-03-01", last="2026-03-31",
                    out=tmp_path / "st.pdf", password=PASSWORD)
    assert "Charges in these dates $180.00" in " ".join(pdf_text(tmp_path / "st.pdf"))

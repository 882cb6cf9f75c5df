"""One truth for "paid": the Sessions tab's billing column says what the account says (recorded
payments, applied oldest first), a mark of "paid" by hand never lowering what is owed; table-driven
both sides, then through a real vault and the demo."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.core.disclosure_fixtures import PASSWORD
from tests.core.payable_practice import payable
from vault_app.domain import billing
from vault_app.domain.clinical import BILLING_STATUSES
from vault_app.domain.cpt_on_length import billed
from vault_app.services import billing as billing_service
from vault_app.services import clients, demo, session_correction, sessions, superbill
from vault_app.services.vault import Vault


@pytest.mark.parametrize(("marked", "charged", "applied", "shown"), [
    ("paid", 15000, 15000, "paid"),                        # marked and covered
    ("billed", 15000, 15000, "paid"),                      # the account says paid, whatever the mark
    ("unbilled", 15000, 20000, "paid"),
    ("paid", 15000, 0, "marked_paid_unrecorded"),          # marked by hand, no payment: still owed
    ("paid", 15000, 5000, "part_paid"),
    ("billed", 15000, 5000, "part_paid"),
    ("unbilled", 15000, 0, "unbilled"),                    # the other marks stand
    ("billed", 15000, 0, "billed"),
    ("denied", 15000, 0, "denied"),
    ("self_pay", 15000, 0, "self_pay"),
    ("no_charge", 0, 0, "no_charge"),
    # no fee set: nothing owed, and no payment exists: a mark, never "paid" (found at month-end:
    # the tab said "Recorded payments cover this session")
    ("paid", 0, 0, "marked_paid_nothing_charged"),
    ("unbilled", 0, 0, "unbilled"),
])
def test_shown_billing_state(marked: str, charged: int, applied: int, shown: str) -> None:
    assert billing.shown_billing_state(marked, charged, applied) == shown


@pytest.mark.parametrize(("marked", "charged", "applied", "issued", "shown"), [
    # left unbilled, on an issued superbill or statement: billed (found at month-end: "unbilled")
    ("unbilled", 15000, 0, "superbill", "billed_superbill"),
    ("unbilled", 15000, 0, "statement", "billed_statement"),
    # ... unless paid, in part or whole: the account's word
    ("unbilled", 15000, 15000, "superbill", "paid"),
    ("unbilled", 15000, 5000, "superbill", "part_paid"),
    ("unbilled", 15000, 5000, "statement", "part_paid"),
    # a mark chosen by hand stays the therapist's word
    ("billed", 15000, 0, "superbill", "billed"),
    ("denied", 15000, 0, "superbill", "denied"),
    ("self_pay", 15000, 0, "statement", "self_pay"),
    ("paid", 15000, 0, "superbill", "marked_paid_unrecorded"),
    ("no_charge", 0, 0, "superbill", "no_charge"),
    # on no issued document, or one of another kind: unbilled
    ("unbilled", 15000, 0, "", "unbilled"),
    ("unbilled", 15000, 0, "access_copy", "unbilled"),
    # nothing charged (its code has no fee set, say after a hand correction of the code): an
    # issued document still lists it, so it is billed whatever its code's fee (found: 90837 -> 90834
    # by hand on a session an issued superbill lists read "unbilled" in the tab and `session list`)
    ("unbilled", 0, 0, "superbill", "billed_superbill"),
    ("unbilled", 0, 0, "statement", "billed_statement"),
    ("paid", 0, 0, "superbill", "marked_paid_nothing_charged"),
    ("billed", 0, 0, "statement", "billed"),
    ("self_pay", 0, 0, "superbill", "self_pay"),
    ("unbilled", 0, 0, "", "unbilled"),
])
def test_an_issued_document_bills_a_session(marked: str, charged: int, applied: int, issued: str,
                                            shown: str) -> None:
    assert billing.shown_billing_state(marked, charged, applied, issued) == shown


@pytest.mark.parametrize(("issued", "expected"), [
    ([], {}),
    ([("superbill", ("s1", "s2"))], {"s1": "superbill", "s2": "superbill"}),
    ([("statement", ("s1",))], {"s1": "statement"}),
    # a superbill is named before a statement, whichever came first
    ([("statement", ("s1", "s2")), ("superbill", ("s1",))], {"s1": "superbill", "s2": "statement"}),
    ([("superbill", ("s1",)), ("statement", ("s1",))], {"s1": "superbill"}),
    ([("access_copy", ("s1",))], {}),
])
def test_billed_on(issued: list[tuple[str, tuple[str, ...]]], expected: dict[str, str]) -> None:
    assert billing.billed_on(issued) == expected


D1, D2 = date(2026, 11, 20), date(2026, 12, 1)


@pytest.mark.parametrize(("issued", "expected"), [
    ([], {}),
    ([("superbill", D1, ("s1",))], {"s1": ("superbill", D1)}),
    # the latest of its kind: a superbill issued again is the one the client holds now
    ([("superbill", D2, ("s1",)), ("superbill", D1, ("s1",))], {"s1": ("superbill", D2)}),
    # a superbill before a statement, whatever their days
    ([("superbill", D1, ("s1",)), ("statement", D2, ("s1", "s2"))],
     {"s1": ("superbill", D1), "s2": ("statement", D2)}),
    ([("statement", D2, ("s1",)), ("superbill", D1, ("s1",))], {"s1": ("superbill", D1)}),
    ([("access_copy", D2, ("s1",))], {}),  # not a billing document
])
def test_issued_listing(issued: list[tuple[str, date, tuple[str, ...]]],
                        expected: dict[str, tuple[str, date]]) -> None:
    assert billing.issued_listing(issued) == expected


def test_session_states_apply_payments_oldest_first_with_addons() -> None:
    day1, day2 = date(2026, 8, 21), date(2026, 8, 28)
    charges = [
        billing.Charge(day1, "session", "s1", "90834", 14000),
        billing.Charge(day1, "addon", "s1+90785", "90785", 2000, session_id="s1"),
        billing.Charge(day2, "session", "s2", "90834", 14000),
    ]
    marks = {"s1": "paid", "s2": "paid"}
    assert billing.session_billing_states(marks, charges, 0) == {"s1": "marked_paid_unrecorded",
                                                                 "s2": "marked_paid_unrecorded"}
    # 140.00 pays the first session's own code, not its add-on: part paid, the second not at all.
    assert billing.session_billing_states(marks, charges, 14000) == {"s1": "part_paid", "s2": "marked_paid_unrecorded"}
    assert billing.session_billing_states(marks, charges, 16000) == {"s1": "paid", "s2": "marked_paid_unrecorded"}
    assert billing.session_billing_states(marks, charges, 30000) == {"s1": "paid", "s2": "paid"}


def test_a_session_marked_paid_by_hand_stays_owed_until_a_payment(vault: Vault) -> None:
    client = clients.create_client(vault, "Ilse Marrow", chart_number="IM-1")
    s = sessions.add_session(vault, client.client_id, date="2026-08-21", start_time="10:00", duration_minutes=53,
                             cpt_code="90837", billing_status="paid")
    billing_service.set_scheduled_fee(vault, "90837", "180")
    assert billing_service.account(vault, client.client_id).balance_cents == 18000
    assert billing_service.session_billing(vault, client.client_id) == {s.session_id: "marked_paid_unrecorded"}
    billing_service.record_payment(vault, client.client_id, paid_on="2026-08-21", amount="180", method="check")
    assert billing_service.session_billing(vault, client.client_id) == {s.session_id: "paid"}
    assert billing_service.account(vault, client.client_id).balance_cents == 0


def test_a_session_on_an_issued_superbill_is_billed_until_paid(vault: Vault, tmp_path: Path) -> None:
    payable(vault)
    client = clients.create_client(vault, "Verity Lane", chart_number="VL-1")
    billing_service.set_scheduled_fee(vault, "90834", "150")
    on_bill = sessions.add_session(vault, client.client_id, date="2026-11-02", duration_minutes=45,
                                   icd10_codes=["F43.0"])
    on_statement = sessions.add_session(vault, client.client_id, date="2026-11-23", duration_minutes=45,
                                        icd10_codes=["F43.0"])
    later = sessions.add_session(vault, client.client_id, date="2026-11-30", duration_minutes=45,
                                 icd10_codes=["F43.0"])
    assert set(billing_service.session_billing(vault, client.client_id).values()) == {"unbilled"}
    superbill.issue(vault, client.client_id, first="2026-11-01", last="2026-11-20", out=tmp_path / "sb.pdf",
                    password=PASSWORD)
    superbill.issue(vault, client.client_id, kind="statement", first="2026-11-01", last="2026-11-29",
                    out=tmp_path / "st.pdf", password=PASSWORD)
    assert billing_service.session_billing(vault, client.client_id) == {
        on_bill.session_id: "billed_superbill", on_statement.session_id: "billed_statement",
        later.session_id: "unbilled"}
    billing_service.record_payment(vault, client.client_id, paid_on="2026-11-30", amount="150", method="check")
    assert billing_service.session_billing(vault, client.client_id)[on_bill.session_id] == "paid"


@pytest.mark.parametrize("marked", sorted(BILLING_STATUSES))
@pytest.mark.parametrize("issued", ["", "superbill", "statement"])
@pytest.mark.parametrize(("charged", "applied"), [(0, 0), (15000, 0), (15000, 5000), (15000, 15000)])
def test_one_rule_of_billed(marked: str, issued: str, charged: int, applied: int) -> None:
    """The tab's states and the CPT code's rule (domain/cpt_on_length.billed) agree: a billed
    session is never said "unbilled", and only a session billed nowhere is."""
    shown = billing.shown_billing_state(marked, charged, applied, issued)
    assert (shown == "unbilled") == (marked == "unbilled" and not billed(marked, bool(issued)) and applied == 0)


def test_a_billed_session_whose_code_loses_its_fee_stays_billed(vault: Vault, tmp_path: Path) -> None:
    """A billed session's code changed by hand to one with no scheduled fee: still on the issued
    superbill, so billed (found: the Sessions tab and `session list` said "unbilled")."""
    payable(vault)
    client = clients.create_client(vault, "Verity Lane", chart_number="VL-1")
    billing_service.set_scheduled_fee(vault, "90837", "180")  # and none for 90834
    s = sessions.add_session(vault, client.client_id, date="2026-11-02", duration_minutes=53, icd10_codes=["F43.0"])
    superbill.issue(vault, client.client_id, first="2026-11-01", last="2026-11-20", out=tmp_path / "sb.pdf",
                    password=PASSWORD)
    assert billing_service.session_billing(vault, client.client_id) == {s.session_id: "billed_superbill"}
    session_correction.correct_session(vault, s.session_id, cpt_code="90834")
    assert sessions.get_session(vault, s.session_id).cpt_code == "90834"
    assert billing_service.account(vault, client.client_id).charged_cents == 0
    assert billing_service.session_billing(vault, client.client_id) == {s.session_id: "billed_superbill"}


def test_the_demo_records_the_payments_of_the_sessions_it_marks_paid(vault: Vault) -> None:
    demo.populate(vault, clients=3, notes_per_client=8, cases=0, psychotherapy_every=0, until=date(2026, 12, 4))
    for c in clients.list_clients(vault):
        states = billing_service.session_billing(vault, c.client_id)
        marked = [s for s in sessions.list_sessions(vault, c.client_id) if s.billing_status == "paid"]
        assert marked and all(states[s.session_id] == "paid" for s in marked)
        # Fees set later for every code (as the walker did) leave the paid sessions paid.
        for code in {s.cpt_code for s in sessions.list_sessions(vault, c.client_id)}:
            billing_service.set_scheduled_fee(vault, code, "160")
        states = billing_service.session_billing(vault, c.client_id)
        assert all(states[s.session_id] == "paid" for s in marked)
        account = billing_service.account(vault, c.client_id)
        assert account.paid_cents == sum(ch.cents for ch in account.charges
                                         if (ch.session_id or ch.ref_id) in {s.session_id for s in marked})

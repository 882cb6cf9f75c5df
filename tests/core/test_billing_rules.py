"""Money parsing, the card-number refusal (Luhn), splits, place of service, what a superbill lists
and what a payment paid, table-driven."""

from __future__ import annotations

from datetime import date

import pytest

from vault_app.domain import billing
from vault_app.domain.errors import InvalidInput


@pytest.mark.parametrize(("text", "cents"), [
    ("75", 7500), ("75.5", 7550), ("75.05", 7505), ("$150.00", 15000), ("1,200.00", 120000), ("0", 0), (9900, 9900),
])
def test_parse_money(text: str | int, cents: int) -> None:
    assert billing.parse_money(text) == cents


@pytest.mark.parametrize("text", ["", "-5", "75.123", "abc", "1e3", "$", "2000000.00", True])
def test_parse_money_refuses(text: object) -> None:
    with pytest.raises(InvalidInput):
        billing.parse_money(text)  # type: ignore[arg-type]


@pytest.mark.parametrize(("cents", "text"), [(0, "$0.00"), (7505, "$75.05"), (123456, "$1,234.56"), (-500, "-$5.00")])
def test_format_cents(cents: int, text: str) -> None:
    assert billing.format_cents(cents) == text


# Well-known test numbers from the card networks' documentation (never real accounts).
CARD_LIKE = ["4111111111111111", "4111 1111 1111 1111", "5555-5555-5555-4444", "378282246310005",
             "paid with 6011111111111117 today", "4222222222222"]
NOT_CARD = ["4111111111111112", "check 1042", "last four 1111", "555-0111", "123456789012", "",
            "12345678901234567890123"]


@pytest.mark.parametrize("text", CARD_LIKE)
def test_card_numbers_are_recognised(text: str) -> None:
    assert billing.looks_like_card_number(text)
    with pytest.raises(InvalidInput) as err:
        billing.refuse_card_number(text, "payment reference")
    assert "card number" in err.value.message and text not in err.value.message


@pytest.mark.parametrize("text", NOT_CARD)
def test_other_text_passes(text: str) -> None:
    assert not billing.looks_like_card_number(text)
    assert billing.refuse_card_number(text, "reference") == text


@pytest.mark.parametrize(("total", "shares", "parts"), [
    (10001, (50, 50), (5001, 5000)), (9000, (70, 30), (6300, 2700)), (100, (100,), (100,)), (1, (50, 50), (1, 0)),
])
def test_split(total: int, shares: tuple[int, ...], parts: tuple[int, ...]) -> None:
    assert billing.split_cents(total, shares) == parts
    assert sum(parts) == total


@pytest.mark.parametrize("shares", [(), (60, 60), (-10, 110)])
def test_split_refuses(shares: tuple[int, ...]) -> None:
    with pytest.raises(InvalidInput):
        billing.split_cents(100, shares)


@pytest.mark.parametrize(("setting", "location", "pos"), [
    ("in_person", "", "11"), ("in_person", "home visit", "11"), ("telehealth", "", "02"),
    ("telehealth", "client at home", "10"), ("telehealth", "school counselor office", "02"),
])
def test_place_of_service(setting: str, location: str, pos: str) -> None:
    assert billing.place_of_service(setting, location) == pos


def test_fee_policy_charges_only_missed_statuses() -> None:
    policy = billing.FeePolicy(no_show_cents=7500, late_cancel_cents=5000)
    assert [policy.fee_for(s) for s in ("no_show", "late_cancel", "cancelled_by_client", "attended")] == [
        7500, 5000, None, None]
    assert billing.FeePolicy().fee_for("no_show") is None


@pytest.mark.parametrize(("document", "kind", "listed"), [
    ("superbill", "session", True), ("superbill", "no_show", False), ("superbill", "late_cancel", False),
    ("statement", "session", True), ("statement", "no_show", True), ("statement", "late_cancel", True),
])
def test_a_superbill_lists_services_only(document: str, kind: str, listed: bool) -> None:
    """A missed-appointment fee is no service a plan reimburses (CMS Pub. 100-04, ch. 1, 30.3.13):
    it stays on the statement, the client's own bill."""
    assert billing.lists_charge(document, kind) is listed


def _charge(day: int, cents: int, kind: str = "session") -> billing.Charge:
    return billing.Charge(date(2026, 3, day), kind, f"{kind}-{day}", "90837" if kind == "session" else "", cents)


# (charges as (day, cents, kind), cents paid) -> cents applied to each charge, in the charges' order
@pytest.mark.parametrize(("charges", "paid", "applied"), [
    # paid after the services (the 2nd of next month): the services are paid all the same
    ([(2, 18000, "session"), (9, 18000, "session")], 36000, [18000, 18000]),
    # oldest first: the older charge is paid before the newer one
    ([(9, 18000, "session"), (2, 18000, "session")], 18000, [0, 18000]),
    # an older missed-appointment fee is paid before a later session
    ([(2, 6000, "no_show"), (9, 18000, "session")], 18000, [6000, 12000]),
    # the same day: the session before the fee
    ([(9, 6000, "no_show"), (9, 18000, "session")], 18000, [0, 18000]),
    # more paid than charged: the rest is a credit, no charge is paid twice
    ([(2, 18000, "session")], 50000, [18000]),
    ([(2, 18000, "session"), (9, 0, "session")], 0, [0, 0]),
])
def test_payments_apply_to_the_oldest_charges_first(charges: list[tuple[int, int, str]], paid: int,
                                                    applied: list[int]) -> None:
    made = [_charge(day, cents, kind) for day, cents, kind in charges]
    result = billing.applied_oldest_first(made, paid)
    assert [result[c.ref_id] for c in made] == applied
    assert sum(result.values()) == min(paid, sum(c.cents for c in made))  # every cent once, never more


@pytest.mark.parametrize(("on", "paid"), [(date(2026, 3, 31), 18000), (date(2026, 4, 2), 36000),
                                          (date(2026, 3, 1), 0)])
def test_paid_through_counts_what_was_paid_by_a_day(on: date, paid: int) -> None:
    payments = [billing.Payment("a", "c", date(2026, 3, 9), 18000, "check"),
                billing.Payment("b", "c", date(2026, 4, 2), 18000, "cash")]
    assert billing.paid_through(payments, on) == paid

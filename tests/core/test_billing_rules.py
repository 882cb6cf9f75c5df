"""Money parsing, the card-number refusal (Luhn), splits and place of service, table-driven."""

from __future__ import annotations

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

"""Amounts typed in a form, read the way the practice's locale writes numbers (domain/amounts.py).
Found in the real app: a practice in Spain (es_ES) typing its fee as 85,50 was refused with
"Dollars and cents with a point", although every amount on its screens read 85,50 US$."""

from __future__ import annotations

import pytest

from vault_app.domain import amounts, billing
from vault_app.domain.errors import InvalidInput


@pytest.mark.parametrize(("tag", "text", "cents"), [
    # the US: a point before the cents, a comma between thousands
    ("en_US", "85.50", 8550), ("en_US", "85.5", 8550), ("en_US", "85", 8500), ("en_US", "1,250", 125000),
    ("en_US", "$1,250.00", 125000), ("en_US", " 0 ", 0), ("en_US", "1,000,000.00", 100_000_000),
    ("es_MX", "85.50", 8550), ("en_GB", "1,250.75", 125075),
    # a decimal comma: Spain, Germany, Brazil (a point between thousands), France (a space)
    ("es_ES", "85,50", 8550), ("es_ES", "85,5", 8550), ("es_ES", "85", 8500), ("es_ES", "1.250", 125000),
    ("es_ES", "1.250,00", 125000), ("es_ES", "1.250,00 US$", 125000), ("es_ES", "$85,50", 8550),
    ("de_DE", "85,50", 8550), ("de_DE", "1.400,05", 140005), ("pt_BR", "12.345,67", 1234567),
    ("fr_FR", "85,50", 8550), ("fr_FR", "1 250,00", 125000), ("fr_FR", "1\u202f250,00", 125000),
    ("fr_FR", "1\u00a0250,00", 125000), ("fr_CA", "1 250,5", 125050),
    # Switzerland: a point before the cents, an apostrophe between thousands (either one typed)
    ("de_CH", "1'250.50", 125050), ("de_CH", "1\u2019250.50", 125050),
    # a tag written another way is the same locale; an unknown one is the default
    ("es-ES", "85,50", 8550), ("", "85.50", 8550), ("xx_ZZ", "85.50", 8550),
])
def test_an_amount_is_read_in_the_practice_locale(tag: str, text: str, cents: int) -> None:
    assert amounts.parse_amount(text, tag) == cents


@pytest.mark.parametrize(("tag", "text", "written"), [
    # the other mark where the cents go: either a slip or a decimal mark, never guessed
    ("en_US", "85,50", "85.50"), ("en_US", "140,00", "140.00"), ("en_US", "1,4", "1.40"),
    ("es_ES", "85.50", "85,50"), ("de_DE", "140.5", "140,50"), ("fr_FR", "85.50", "85,50"),
    ("de_CH", "85,50", "85.50"),
])
def test_the_other_decimal_mark_is_refused_saying_how_to_write_it(tag: str, text: str, written: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        amounts.parse_amount(text, tag, "fee")
    assert refused.value.message == (f'The fee "{text}" is not written the way this practice writes amounts: '
                                     f"write {written}.")


@pytest.mark.parametrize(("tag", "text"), [
    ("en_US", ""), ("en_US", "-5"), ("en_US", "75.123"), ("en_US", "abc"), ("en_US", "1e3"), ("en_US", "$"),
    ("en_US", "14,0000"), ("en_US", ",140"), ("en_US", "1,400,0"), ("en_US", "1,,400"), ("en_US", "1 250.00"),
    ("en_US", "1.250,00"), ("es_ES", "1,250.00"), ("es_ES", "85,505"), ("es_ES", "1.25.0"), ("es_ES", "1 250,00"),
    ("fr_FR", "1.250,00"), ("de_DE", "-85,50"), ("de_DE", "85,50 €"),
])
def test_what_is_not_an_amount_is_refused_with_the_locale_writing(tag: str, text: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        amounts.parse_amount(text, tag, "payment")
    assert "payment" in refused.value.message


@pytest.mark.parametrize(("tag", "hint"), [
    ("en_US", "Dollars and cents with a point (140.50), no sign; a comma only between thousands (1,400.00)."),
    ("es_ES", "Dollars and cents with a comma (140,50), no sign; a point only between thousands (1.400,00)."),
    ("fr_FR", "Dollars and cents with a comma (140,50), no sign; a space only between thousands (1 400,00)."),
])
def test_the_hint_says_the_practice_writing(tag: str, hint: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        amounts.parse_amount("abc", tag)
    assert refused.value.hint == hint


@pytest.mark.parametrize("tag", ["en_US", "es_ES", "fr_FR"])
def test_more_than_a_million_is_a_slip(tag: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        amounts.parse_amount("2000000", tag, "fee")
    assert refused.value.message.startswith("The fee must be between 0")


@pytest.mark.parametrize(("tag", "cents", "grouped", "plain"), [
    ("en_US", 140050, "1,400.50", "1400.50"), ("es_ES", 140050, "1.400,50", "1400,50"),
    ("fr_FR", 140050, "1 400,50", "1400,50"), ("de_CH", 5, "0.05", "0.05"), ("es_ES", 0, "0,00", "0,00"),
    ("en_US", 100_000_000, "1,000,000.00", "1000000.00"),
])
def test_what_a_field_shows_is_what_is_read_back(tag: str, cents: int, grouped: str, plain: str) -> None:
    assert amounts.amount_text(cents, tag) == grouped
    assert amounts.amount_text(cents, tag, grouped=False) == plain
    assert amounts.parse_amount(grouped, tag) == amounts.parse_amount(plain, tag) == cents


def test_the_cli_reads_amounts_as_the_us_writes_them() -> None:
    """billing.parse_money (the CLI's, with ISO dates) is the en_US reading: a script's amounts
    mean the same in every practice."""
    assert billing.parse_money("1,250") == amounts.parse_amount("1,250", "en_US") == 125000
    with pytest.raises(InvalidInput):
        billing.parse_money("85,50")

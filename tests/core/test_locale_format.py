"""Dates and paper in the practice's conventions, from CLDR (Babel)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from vault_app.domain.errors import InvalidInput
from vault_app.domain.locale_format import (
    checked,
    count_text,
    date_text,
    datetime_text,
    money_text,
    normalize,
    paper_format,
    time_text,
    weekday_text,
)


@pytest.mark.parametrize(
    ("tag", "expected"),
    [("en_US", "12/01/2026"), ("en-US", "12/01/2026"), ("en_GB", "01/12/2026"), ("es_MX", "01/12/2026"),
     ("de_DE", "01.12.2026"), ("xx_YY", "12/01/2026")],
)
def test_dates_follow_the_locale_with_a_four_digit_year(tag: str, expected: str) -> None:
    assert date_text(date(2026, 12, 1), tag) == expected


def test_us_times_are_twelve_hour_and_others_twenty_four() -> None:
    moment = datetime(2026, 12, 1, 14, 5)
    assert time_text(moment, "en_US").replace("\u202f", " ") == "2:05 PM"
    assert time_text(moment, "en_GB") == "14:05"
    assert datetime_text("2026-12-01T14:05:00", "en_US").replace("\u202f", " ") == "12/01/2026 2:05 PM"


@pytest.mark.parametrize(
    ("tag", "cents", "expected"),
    [("en_US", 140000, "$1,400.00"), ("en_US", -14050, "-$140.50"), ("en_US", 0, "$0.00"),
     ("es_US", 140000, "$1,400.00"), ("es_PR", 5, "$0.05"), ("es_ES", 140050, "1.400,50\xa0US$"),
     ("de_DE", -140050, "-1.400,50\xa0$"), ("en_GB", 140000, "US$1,400.00"), ("xx_YY", 140000, "$1,400.00"),
     ("en_US", 100_000_000, "$1,000,000.00")],
)
def test_money_is_dollars_written_the_locale_s_way(tag: str, cents: int, expected: str) -> None:
    """The amounts are US dollars everywhere (CPT fees, superbills); only the writing follows
    the practice's locale. Integer cents, never a float: 5 cents are $0.05, not $0.04999."""
    assert money_text(cents, tag) == expected


@pytest.mark.parametrize(
    ("tag", "n", "expected"),
    [("en_US", 7, "7"), ("en_US", 1234, "1,234"), ("en_US", 1234567, "1,234,567"), ("es_ES", 1234, "1.234"),
     ("es_MX", 1234, "1,234"), ("de_DE", 12345, "12.345"), ("fr_FR", 1234, "1\u202f234"), ("xx_YY", 1234, "1,234")],
)
def test_counts_group_their_digits_the_locale_s_way(tag: str, n: int, expected: str) -> None:
    assert count_text(n, tag) == expected


@pytest.mark.parametrize(("tag", "expected"), [("en_US", "Mon"), ("es_US", "lun"), ("es", "lun"), ("de_DE", "Mo.")])
def test_weekday_names_in_the_locale_s_language(tag: str, expected: str) -> None:
    assert weekday_text(date(2026, 12, 7), tag) == expected


@pytest.mark.parametrize(
    ("tag", "paper"),
    [("en_US", "Letter"), ("es_US", "Letter"), ("en_CA", "Letter"), ("es_MX", "Letter"), ("en_GB", "A4"),
     ("de_DE", "A4"), ("es_ES", "A4"), ("en_AU", "A4")],
)
def test_letter_paper_where_cldr_says_so(tag: str, paper: str) -> None:
    assert paper_format(tag) == paper


def test_unusable_locale_ids_fall_back_to_the_default() -> None:
    assert normalize("") == "en_US" and normalize("es_MX.UTF-8") == "es_MX" and normalize("???") == "en_US"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("en_US", "en_US"), ("en-GB", "en_GB"), ("de_DE.UTF-8", "de_DE"), ("fr", "fr"), ("", "en_US"), ("  ", "en_US"),
     ("xx_ZZ", None), ("en_ZZ", None), ("zz", None), ("???", None)],
)
def test_a_typed_locale_is_kept_or_refused_never_swapped_silently(typed: str, stored: str | None) -> None:
    """Found: `practice update --locale xx_ZZ` saved en_US and said nothing."""
    if stored is None:
        with pytest.raises(InvalidInput, match="That locale is not known"):
            checked(typed)
        assert normalize(typed) == "en_US"  # what a page prints for a value stored before the check
    else:
        assert checked(typed) == normalize(typed) == stored


@pytest.mark.parametrize(("tag", "expected"), [
    ("en_US", "February 4, 2027"), ("es_US", "4 de febrero de 2027"), ("en_GB", "4 February 2027"),
    ("es_PR", "4 de febrero de 2027"), ("es_MX", "4 de febrero de 2027"),
])
def test_a_deadline_has_its_month_in_words_so_it_reads_one_way(tag: str, expected: str) -> None:
    from vault_app.domain.locale_format import deadline_text

    assert deadline_text(date(2027, 2, 4), tag) == expected
    assert deadline_text("2027-02-04", tag) == expected
    assert deadline_text(datetime(2027, 2, 4, 23, 0), tag) == expected

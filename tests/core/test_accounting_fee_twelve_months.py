"""The first accounting "in any 12 month period" is free (45 CFR 164.528(c)(2)): twelve calendar
months, not 365 days (found by a walker: an accounting requested on 2027-03-01, then another on
2028-02-29, inside the twelve months 2027-03-01 to 2028-02-29, was called the first again and its
fee refused, "The first accounting in any 12-month period is free"). The rule's table (the allowed
side: a fee may be charged; the refused side: the accounting is free), then the service on a real
vault."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain.accounting_terms import FEE_CITATION, FeeTerms, fee_problems, first_in_twelve_months
from vault_app.domain.errors import RefusedByPolicy
from vault_app.services import accounting
from vault_app.services.vault import Vault

# (why, the request's day, the days earlier accountings were requested, first in the 12 months)
TWELVE_MONTHS: list[tuple[str, date, tuple[date, ...], bool]] = [
    ("none before", date(2027, 6, 15), (), True),
    ("a day short of a year before: inside", date(2027, 6, 15), (date(2026, 6, 16),), False),
    ("the same day a year before: outside", date(2027, 6, 15), (date(2026, 6, 15),), True),
    ("the day before that: outside", date(2027, 6, 15), (date(2026, 6, 14),), True),
    ("across 29 February: 2027-03-01 is inside the year to 2028-02-29", date(2028, 2, 29), (date(2027, 3, 1),), False),
    ("across 29 February: 2027-02-28 is a year before 2028-02-29", date(2028, 2, 29), (date(2027, 2, 28),), True),
    ("a year after 2027-03-01, on 2028-03-01: outside", date(2028, 3, 1), (date(2027, 3, 1),), True),
    ("the same day: inside", date(2027, 6, 15), (date(2027, 6, 15),), False),
    ("one old, one inside", date(2027, 6, 15), (date(2020, 1, 1), date(2027, 1, 2)), False),
]


@pytest.mark.parametrize(("why", "as_of", "earlier", "first"), TWELVE_MONTHS, ids=[r[0] for r in TWELVE_MONTHS])
def test_first_in_twelve_months_table(why: str, as_of: date, earlier: tuple[date, ...], first: bool) -> None:
    assert first_in_twelve_months(as_of, earlier) is first, why
    # Allowed side: a second accounting inside the 12 months may carry a fee told in advance;
    # refused side: the first is free, and the refusal cites the rule.
    problems = fee_problems(FeeTerms(True, as_of, "proceed"), first_in_year=first, produced_on=as_of)
    assert (problems == []) is (not first)
    assert all(FEE_CITATION in str(p) for p in problems)


def test_second_accounting_across_29_february_may_carry_its_fee(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=1)
    accounting.produce(vault, chart.client_id, out=tmp_path / "a1.pdf", password=fx.PASSWORD,
                       as_of=date(2023, 3, 1))
    fee = FeeTerms(True, date(2024, 2, 20), "proceed")
    second = accounting.produce(vault, chart.client_id, out=tmp_path / "a2.pdf", password=fx.PASSWORD,
                                as_of=date(2024, 2, 29), fee=fee)
    assert second.accounting.as_of == date(2024, 2, 29)
    text = " ".join(fx.pdf_text(tmp_path / "a2.pdf"))
    assert "not your first accounting in the past 12 months" in text
    # A year and a day after the first, the next is free again: its fee is refused with the rule's words.
    with pytest.raises(RefusedByPolicy, match=r"free \(45 CFR 164\.528\(c\)\(2\)\)"):
        accounting.produce(vault, chart.client_id, out=tmp_path / "a3.pdf", password=fx.PASSWORD,
                           as_of=date(2025, 3, 1), fee=FeeTerms(True, date(2025, 2, 20), "proceed"))

"""A destruction refused on its retention basis before the period ends names the rule the policy
follows (its statute, as the practice's retention source states it), as the early override and
permission do: "under the retention policy" named nothing. Found by a walker, New York: "Chart C00007 must be
kept until 12/07/2026 under the retention policy", then, one step on, "… under 8 NYCRR 29.2(a)(3)". Table-driven."""

from __future__ import annotations

from datetime import date

import pytest

from vault_app.domain.destruction import Basis, DestructionFacts, refusals

NY = "8 NYCRR 29.2(a)(3); every Title VIII profession"
ROWS = (
    # scope, retention source, code, words
    ("chart", NY, "destruction.retention_not_met.source", f"under {NY}; this chart cannot be destroyed"),
    ("psychotherapy_notes", NY, "destruction.retention_not_met.notes.source",
     f"under {NY}; these psychotherapy notes cannot be destroyed"),
    ("chart", "", "destruction.retention_not_met", "under the retention policy; this chart"),
    ("psychotherapy_notes", " ", "destruction.retention_not_met.notes", "under the retention policy; these"),
)


@pytest.mark.parametrize(("scope", "source", "code", "words"), ROWS, ids=[r[2] for r in ROWS])
def test_the_retention_refusal_names_the_rule(scope: str, source: str, code: str, words: str) -> None:
    facts = DestructionFacts("C00007", scope, (), (), date(2026, 12, 7), date(2026, 12, 6),  # type: ignore[arg-type]
                             retention_source=source)
    found = refusals(facts, Basis("retention"), "C00007")
    assert [getattr(p, "code", "") for p in found] == [code]
    assert words in found[0] and "12/07/2026" in found[0]


def test_an_eligible_chart_is_not_refused_on_its_basis() -> None:
    facts = DestructionFacts("C00007", "chart", (), (), date(2026, 12, 6), date(2026, 12, 6), retention_source=NY)
    assert refusals(facts, Basis("retention"), "C00007") == []


# The day explained (found by a walker: "must be kept until 06/01/2028" with no word of why that day).
WHY_ROWS = (
    # years, after age, last contact, code, words
    (7, 18, date(2018, 3, 1), "destruction.retention_day.minor", "That day is 7 years after the client turned 18."),
    (7, None, date(2022, 5, 2), "destruction.retention_day.adult",
     "That day is 7 years after the last contact (05/02/2022)."),
)


@pytest.mark.parametrize(("years", "age", "last", "code", "words"), WHY_ROWS, ids=[r[3] for r in WHY_ROWS])
def test_the_retention_refusal_says_why_that_day(years: int, age: int | None, last: date, code: str,
                                                 words: str) -> None:
    facts = DestructionFacts("C00011", "chart", (), (), date(2028, 6, 1), date(2026, 12, 6),
                             retention_source="Cal. Bus. & Prof. Code 4980.49", last_contact=last, rule_years=years,
                             rule_after_age=age)
    found = refusals(facts, Basis("retention"), "C00011")
    assert [getattr(p, "code", "") for p in found] == ["destruction.retention_not_met.source", code]
    assert found[1] == words


def test_no_day_said_without_the_rule_numbers() -> None:
    facts = DestructionFacts("C00011", "chart", (), (), date(2028, 6, 1), date(2026, 12, 6), retention_source=NY)
    assert [getattr(p, "code", "") for p in refusals(facts, Basis("retention"), "C00011")] == [
        "destruction.retention_not_met.source"]

"""Retention rules (pure), the policy kept in the jurisdiction settings, and the eligible list."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.core.destruction_helpers import seed_chart
from vault_app.domain.errors import InvalidInput
from vault_app.domain.retention import PRESETS, ChartFacts, RetentionPolicy, add_years, evaluate, preset
from vault_app.services import holds, practice, retention
from vault_app.services.vault import Vault

APA = RetentionPolicy()


@pytest.mark.parametrize(
    ("last_contact", "birth", "expected", "minor"),
    [
        (date(2015, 6, 1), date(1980, 1, 1), date(2022, 6, 1), False),  # adult: 7 years after last contact
        (date(2015, 6, 1), None, date(2022, 6, 1), False),  # unknown birth: adult rule, with a note
        (date(2015, 6, 1), date(2005, 3, 1), date(2026, 3, 1), True),  # minor: majority (2023) + 3 is later
        (date(2015, 6, 1), date(1999, 3, 1), date(2022, 6, 1), False),  # minor then, but 7 years is later
        (date(2016, 2, 29), date(1970, 1, 1), date(2023, 3, 1), False),  # leap day: kept one day longer
    ],
)
def test_eligible_date(last_contact: date, birth: date | None, expected: date, minor: bool) -> None:
    status = evaluate(ChartFacts("c1", "C-1", last_contact, birth), APA)
    assert status.eligible_on == expected
    assert status.minor_rule_applied is minor
    assert status.eligible(expected) and not status.eligible(expected - timedelta(days=1))
    assert bool(status.notes) is (birth is None)


def test_no_contact_date_is_never_eligible() -> None:
    status = evaluate(ChartFacts("c1", "C-1", None), APA)
    assert status.eligible_on is None and not status.eligible(date(2999, 1, 1))


def test_presets_and_limits() -> None:
    assert preset("pa").policy.adult_years == 5
    assert {k: p.policy.adult_years for k, p in PRESETS.items()} == {
        "apa": 7, "CA": 7, "CA-MFT": 7, "CA-LEP": 7, "CA-LCSW": 7, "CA-LPCC": 7, "NY": 6, "NC": 7, "TN": 7,
        "CT": 7, "PA": 5}
    assert add_years(date(2020, 2, 29), 1) == date(2021, 3, 1)
    with pytest.raises(InvalidInput):
        preset("XX")
    with pytest.raises(InvalidInput):
        RetentionPolicy(adult_years=0).validated()
    with pytest.raises(InvalidInput):
        RetentionPolicy(age_of_majority=5).validated()


def test_policy_lives_in_the_jurisdiction_settings(vault: Vault) -> None:
    assert retention.policy(vault) == RetentionPolicy.from_jurisdiction(practice.load(vault).jurisdiction)
    new = retention.set_policy(vault, preset_key="PA")
    assert (new.adult_years, new.name) == (5, "Pennsylvania")
    assert practice.load(vault).jurisdiction.retention_adult_years == 5
    custom = retention.set_policy(vault, minor_years_after_majority=4)
    assert custom.name == "Custom (based on Pennsylvania)" and custom.minor_years_after_majority == 4
    assert custom.adult_years == 5
    with pytest.raises(InvalidInput):
        retention.set_policy(vault, adult_years=-1)
    assert retention.policy(vault) == custom  # a refused change changed nothing
    [entry, *_] = reversed(vault.ledger.entries(kinds=("retention.policy_set",)))
    assert entry.payload["minor_years_after_majority"] == 4


def test_eligible_list_gives_the_date_and_flags_holds(psy_vault: Vault) -> None:
    today = date.today()
    old = seed_chart(psy_vault, "A", last_contact=date(2012, 1, 10), psychotherapy=0, progress=1)
    recent = seed_chart(psy_vault, "B", last_contact=today - timedelta(days=30), psychotherapy=0, progress=1)
    minor = seed_chart(psy_vault, "C", last_contact=date(2014, 5, 5), date_of_birth=today.replace(year=today.year - 19),
                       psychotherapy=0, progress=1)
    holds.place(psy_vault, old.chart_number, "litigation", "Case 12-345")
    rows = {r.status.chart_number: r for r in retention.statuses(psy_vault)}
    # Past its period but held: listed, never eligible (REGULATIONS.md, Retention; domain standing).
    assert rows[old.chart_number].past_retention and rows[old.chart_number].held
    assert not rows[old.chart_number].eligible
    assert rows[old.chart_number].status.eligible_on == date(2019, 1, 10)
    assert not rows[recent.chart_number].eligible
    assert rows[recent.chart_number].status.eligible_on == add_years(today - timedelta(days=30), 7)
    # Seen as a minor in 2014, 19 now: kept until 21 (majority + 3), although 7 years have passed.
    assert not rows[minor.chart_number].eligible and rows[minor.chart_number].status.minor_rule_applied
    eligible = [e.status.chart_number for e in retention.eligible(psy_vault)]
    assert eligible == [old.chart_number]
    assert retention.eligible(psy_vault, include_blocked=False) == []
    listed = rows[old.chart_number].as_dict(today)
    assert listed["blocked_by"] == ["legal hold"] and listed["days_eligible"] > 0

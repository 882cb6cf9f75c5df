"""A policy saved under a state's name whose numbers are shorter than that state's rule (a vault made by
release 0.1.0: "California", 7 years / minors 3 after majority, while Cal. Bus. & Prof. Code 2919 keeps a
minor's records 7 years after 18) no longer makes a chart eligible early: eligibility, the eligible list and a
destruction on the retention basis use the longer of the saved numbers and the rule the policy is named after,
and say that rule's day. Found by a walker: a minor's chart destroyed four years before 2919 allowed it.
Table-driven, both sides."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.cli_helpers import cli
from tests.core.destruction_helpers import seed_chart
from vault_app.domain.errors import RefusedByPolicy
from vault_app.domain.retention import ChartFacts, RetentionPolicy, evaluate
from vault_app.services import practice, retention, retention_due
from vault_app.services.destruction_plan import plan
from vault_app.services.vault import Vault

CA = "Cal. Bus. & Prof. Code 2919"  # 7 years from discharge; a minor's records 7 years from age 18
NY = "8 NYCRR 29.2(a)(3)"  # 6 years; a minor's until age 22
LILY = ChartFacts("c1", "A-1005", date(2019, 1, 8), date(2008, 5, 5))  # a minor when last seen
ADULT = ChartFacts("c2", "A-1002", date(2018, 1, 10), date(1980, 2, 2))

ROWS = (
    # policy name, adult years, minors' years after majority, chart, eligible on, statute that raised it
    # Kept longer: the saved numbers are shorter than the rule the policy is named after.
    ("California", 7, 3, LILY, date(2033, 5, 5), CA),  # 0.1.0's policy: 2919 keeps it to 25
    ("California: psychologists", 7, 3, LILY, date(2033, 5, 5), CA),  # an older preset's numbers
    ("California", 10, 3, LILY, date(2033, 5, 5), CA),  # longer for adults, still shorter for minors
    ("California", 5, 7, ADULT, date(2025, 1, 10), CA),  # an adult's chart: 7 years, not 5
    ("New York: mental health licenses", 5, 4, ADULT, date(2024, 1, 10), NY),
    # The saved numbers stand: as long as the rule or longer, or no state's rule named.
    ("California", 7, 7, LILY, date(2033, 5, 5), ""),
    ("California: psychologists", 9, 8, LILY, date(2034, 5, 5), ""),
    ("California", 7, 3, ADULT, date(2025, 1, 10), ""),  # shorter for minors, but an adult's chart
    ("Custom (based on California: psychologists)", 7, 3, LILY, date(2029, 5, 5), ""),  # her own numbers
    ("Custom: Board letter 2019-4", 7, 3, LILY, date(2029, 5, 5), ""),  # a rule she stated herself
    ("APA guideline (no state rule chosen)", 7, 3, LILY, date(2029, 5, 5), ""),  # guidance, not a state's law
)


@pytest.mark.parametrize(("name", "adult", "minor", "facts", "eligible_on", "statute"), ROWS,
                         ids=[f"{r[0]}-{r[1]}-{r[2]}-{r[3].chart_number}" for r in ROWS])
def test_the_rule_named_keeps_a_chart_at_least_as_long(name: str, adult: int, minor: int, facts: ChartFacts,
                                                       eligible_on: date, statute: str) -> None:
    status = evaluate(facts, RetentionPolicy(adult, minor, 18, name))
    assert status.eligible_on == eligible_on
    assert status.statute == statute
    if statute:
        assert statute in status.rule
        assert any(statute in n and eligible_on.isoformat() in n for n in status.notes), status.notes
    else:
        assert not any("named after" in n for n in status.notes)


def _old_policy_and_minor(vault: Vault) -> str:
    """The 0.1.0 policy saved as it was (its own name and numbers), and a minor's chart eligible under it
    but not under 2919: born 2004, last seen 2012: 3 years after 18 is 2025, 7 years after 18 is 2029."""
    practice.update_retention(vault, retention_policy_name="California", retention_source="California",
                              retention_adult_years=7, retention_minor_years_after_majority=3, age_of_majority=18)
    return seed_chart(vault, "L", last_contact=date(2012, 3, 4), date_of_birth=date(2004, 6, 1),
                      psychotherapy=0, progress=1).chart_number


def test_the_eligible_list_and_the_destruction_follow_the_statute(psy_vault: Vault) -> None:
    chart = _old_policy_and_minor(psy_vault)
    assert [e.status.chart_number for e in retention.eligible(psy_vault)] == []
    assert retention_due.eligible_count(psy_vault.records, retention.today()) == 0  # Today's count
    (row,) = [e for e in retention.statuses(psy_vault) if e.status.chart_number == chart]
    assert row.status.eligible_on == date(2029, 6, 1) and not row.eligible
    assert row.as_dict(retention.today())["statute"] == CA
    with pytest.raises(RefusedByPolicy) as refused:
        plan(psy_vault, chart, basis="retention", confirm=chart)
    said = str(refused.value)
    assert "06/01/2029" in said and CA in said, said
    assert "7 years after the client turned 18" in said, said


def test_retention_eligible_says_the_statutes_day(psy_vault: Vault, capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    chart = _old_policy_and_minor(psy_vault)
    folder = psy_vault.folder
    psy_vault.lock()
    due = cli(capsys, monkeypatch, "retention", "eligible", "--vault", str(folder))
    assert due.code == 0 and chart not in due.out, due.out
    every = cli(capsys, monkeypatch, "retention", "eligible", "--all", "--vault", str(folder))
    (line,) = [x for x in every.out.splitlines() if x.startswith(chart)]
    assert "2029" in line and CA in line and "--preset CA" in line, line
    # The note's dates as the list writes them (the practice's format), not ISO beside them.
    assert "would allow it from 06/01/2025" in line and "keeps it until 06/01/2029" in line, line

"""A retention preset that applies only to therapy ended on or after a day is never the basis for
calling an older chart eligible.

Found by a walker (a California LMFT under the CA-MFT preset): a minor's chart whose therapy ended in
2008 was eligible in 2020 and destroyed, its certificate naming the preset, though the preset's own
words say it applies to therapy terminated on or after 2015-01-01 (SB 578). The project's sources do
not say what applied before; the safe side is to keep the chart: no eligibility on that preset's
basis, and the screens say why. Table-driven: covered and not covered, each preset kind.
"""

from __future__ import annotations

from datetime import date

import pytest

from vault_app.domain.destruction import Basis, DestructionFacts, refusals
from vault_app.domain.retention import ChartFacts, RetentionPolicy, evaluate, preset, standing
from vault_app.domain.retention_presets import STATED_PREFIX

TODAY = date(2026, 12, 6)
MFT = preset("CA-MFT").policy
ROWS = (
    # policy, born, last contact, eligible on (None: not on this basis), standing
    ("CA-MFT adult ended 2008", MFT, None, date(2008, 6, 1), None, "uncovered"),
    ("CA-MFT minor ended 2008", MFT, date(1994, 1, 1), date(2008, 6, 1), None, "uncovered"),
    ("CA-MFT ended the day before", MFT, None, date(2014, 12, 31), None, "uncovered"),
    ("CA-MFT ended on the first day", MFT, None, date(2015, 1, 1), date(2022, 1, 1), "eligible"),
    ("CA-MFT minor ended 2018", MFT, date(2003, 6, 1), date(2018, 3, 1), date(2028, 6, 1), "keep"),
    ("CA-LCSW ended 2010", preset("CA-LCSW").policy, None, date(2010, 1, 1), None, "uncovered"),
    ("CA-LPCC ended 2010", preset("CA-LPCC").policy, None, date(2010, 1, 1), None, "uncovered"),
    ("custom based on CA-MFT", RetentionPolicy(10, 7, 18, f"Custom (based on {MFT.name})"), None,
     date(2010, 1, 1), None, "uncovered"),
    # Bus. & Prof. Code 2919 (psychologists) has no such day in the app's sources: covered.
    ("CA psychologists ended 2008", preset("CA").policy, None, date(2008, 6, 1), date(2015, 6, 1), "eligible"),
    ("APA ended 2008", preset("apa").policy, None, date(2008, 6, 1), date(2015, 6, 1), "eligible"),
    ("a rule the therapist stated", RetentionPolicy(7, 7, 18, STATED_PREFIX + "my board's letter"), None,
     date(2008, 6, 1), date(2015, 6, 1), "eligible"),
)


@pytest.mark.parametrize(("name", "policy", "born", "last", "eligible_on", "found"), ROWS, ids=[r[0] for r in ROWS])
def test_a_preset_is_not_the_basis_for_therapy_ended_before_it(
        name: str, policy: RetentionPolicy, born: date | None, last: date, eligible_on: date | None,
        found: str) -> None:
    status = evaluate(ChartFacts("c1", "C00011", last, born), policy)
    assert status.eligible_on == eligible_on
    assert standing(status, TODAY, held=False) == found
    assert status.eligible(TODAY) is (found == "eligible")
    if found == "uncovered":
        assert status.uncovered_from == date(2015, 1, 1)
        assert any("2015-01-01" in n and "do not say" in n for n in status.notes), status.notes


def test_destruction_on_retention_refused_for_a_chart_the_preset_does_not_cover() -> None:
    facts = DestructionFacts("C00011", "chart", (), (), None, TODAY, retention_source="Cal. Bus. & Prof. Code 4980.49",
                             uncovered_from=date(2015, 1, 1), last_contact=date(2008, 6, 1))
    found = refusals(facts, Basis("retention"), "C00011")
    assert [getattr(p, "code", "") for p in found] == ["destruction.retention_uncovered"]
    assert "01/01/2015" in found[0] and "06/01/2008" in found[0] and "not eligible" in found[0]
    # A chart with no contact date is still said as that.
    facts = DestructionFacts("C00011", "chart", (), (), None, TODAY)
    assert [getattr(p, "code", "") for p in refusals(facts, Basis("retention"), "C00011")] == [
        "destruction.retention_unknown"]

"""New York's report of a client likely to cause serious harm (N.Y. Mental Hygiene Law 9.46) said by
the decision guide for a threat to others and for self-harm, as state data (domain/duty_to_protect.py).

Found by a walker (NY, 2026-12-06): `decision guide duty_to_warn` for a New York psychologist said only
"the duty to warn is PERMISSIVE ... the law does not require it", with no word of the report 9.46 requires.
Table-driven, both sides: the triggers and states it is said for, and those it is not."""

from __future__ import annotations

import pytest

from vault_app.domain import duty_to_protect
from vault_app.domain.decision_prompts import guide_for
from vault_app.domain.practice import Jurisdiction

ROWS = (
    # license state, trigger, said
    ("NY", "duty_to_warn", True),
    ("ny", "self_harm", True),
    ("NY", "child_abuse", False),
    ("NY", "subpoena", False),
    ("CA", "duty_to_warn", False),
    ("CA", "self_harm", False),
    ("", "duty_to_warn", False),
)


@pytest.mark.parametrize(("state", "trigger", "said"), ROWS, ids=[f"{r[0] or 'none'}-{r[1]}" for r in ROWS])
def test_the_guide_says_new_yorks_report(state: str, trigger: str, said: bool) -> None:
    guide = guide_for(trigger, Jurisdiction(), None, state)
    text = " ".join((guide.summary, str(guide.statute_hint)))
    assert ("Mental Hygiene Law 9.46" in text) is said, text
    if said:
        assert "director of community services" in guide.summary and "164.512(a)" in guide.summary
        assert "Not checked" in guide.summary
        codes = [getattr(p, "code", "") for p in guide.summary.parts]  # type: ignore[attr-defined]
        assert "decision.report.state.NY" in codes, "coded: a screen says it in its language"


def test_the_report_is_data_with_its_citation_not_verified() -> None:
    found = duty_to_protect.report_for(" ny ")
    assert found is not None and found.citation == "N.Y. Mental Hygiene Law 9.46" and not found.verified
    assert duty_to_protect.report_for("CA") is None and duty_to_protect.report_for("") is None

"""Follow-up steps fit what was done: a step about a warning or report is offered only when
information was disclosed (issue 17: "Discuss the warning with the client" after no warning)."""

from __future__ import annotations

import pytest

from vault_app.domain.decision_guide import follow_ups_for
from vault_app.domain.decision_prompts import guide_for
from vault_app.domain.decisions import TRIGGERS

DISCLOSURE_STEPS = {
    "duty_to_warn": "Discuss the warning with the client",
    "child_abuse": "Write down the report or hotline reference number",
    "elder_abuse": "Write down the report reference number",
}


@pytest.mark.parametrize(("trigger", "outcome", "offered"), [
    ("duty_to_warn", "disclose", True),
    ("duty_to_warn", "do_not_disclose", False),
    ("duty_to_warn", None, False),
    ("child_abuse", "disclose", True),
    ("child_abuse", "do_not_disclose", False),
    ("elder_abuse", "disclose", True),
    ("elder_abuse", "do_not_disclose", False),
])
def test_disclosure_steps_only_after_a_disclosure(trigger: str, outcome: str | None, offered: bool) -> None:
    steps = follow_ups_for(guide_for(trigger), outcome)
    assert (DISCLOSURE_STEPS[trigger] in steps) is offered


@pytest.mark.parametrize("trigger", sorted(TRIGGERS))
def test_steps_that_do_not_depend_on_the_outcome_are_always_offered(trigger: str) -> None:
    guide = guide_for(trigger)
    for outcome in (None, "disclose", "do_not_disclose", "seek_order"):
        assert follow_ups_for(guide, outcome)[: len(guide.follow_ups)] == guide.follow_ups

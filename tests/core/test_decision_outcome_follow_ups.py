"""The follow-up steps offered follow the outcome, and an outcome is said as the situation means it
(domain/decision_guide.follow_ups_for, domain/decisions.outcome_label). A walker found a court order
decided "do not disclose" offered "Tell the client what was released", and its "seek order" choice
read "seek a court order" for an order already received. Both sides, table-driven."""

from __future__ import annotations

from datetime import date

import pytest

from vault_app.domain.decision_guide import follow_ups_for
from vault_app.domain.decision_prompts import guide_for
from vault_app.domain.decision_text import describe
from vault_app.domain.decisions import Decision, outcome_label
from vault_app.domain.practice import Jurisdiction

ATTACH = "Attach a copy of the signed order to the chart"
RELEASED = "Tell the client what was released"
COUNSEL = "Consult counsel or your liability insurer's risk-management line"


@pytest.mark.parametrize(("outcome", "offered", "not_offered"), [
    ("disclose", [ATTACH, RELEASED], [COUNSEL]),
    ("do_not_disclose", [ATTACH, COUNSEL], [RELEASED]),
    ("seek_order", [ATTACH, COUNSEL], [RELEASED]),
    (None, [ATTACH], [RELEASED, COUNSEL]),  # not decided yet: only what every outcome needs
])
def test_a_court_orders_follow_ups_follow_the_outcome(outcome: str | None, offered: list[str],
                                                      not_offered: list[str]) -> None:
    steps = [str(s) for s in follow_ups_for(guide_for("court_order", Jurisdiction()), outcome)]
    assert all(s in steps for s in offered), steps
    assert not any(s in steps for s in not_offered), steps


@pytest.mark.parametrize(("trigger", "outcome", "says", "never"), [
    ("court_order", "seek_order", "ask the court, with counsel, to limit the order", "seek a court order"),
    ("subpoena", "seek_order", "seek a court order", "limit the order"),
    ("other", "seek_order", "seek a court order", "limit the order"),
    ("court_order", "disclose", "Disclose (the minimum necessary)", "limit"),
    ("court_order", "do_not_disclose", "Do not disclose", "seek"),
])
def test_an_outcome_is_said_as_the_situation_means_it(trigger: str, outcome: str, says: str, never: str) -> None:
    said = outcome_label(outcome, trigger)
    assert says in said and never not in said
    decision = Decision(decision_id="d1", client_id="c1", trigger=trigger, outcome=outcome,  # type: ignore[arg-type]
                        occurred_on=date(2026, 12, 6))
    assert f"Decision: {said}" in describe(decision)

"""A state's duty to protect discharged only by telling the person threatened AND the police
(domain/duty_to_protect.DutyRule.discharged_by: California, Tarasoff; Cal. Civ. Code 43.92 as the app's
own rule states its discharge; the seeds name Tarasoff only).

Found by walker wfamily (California family practice): a duty-to-warn decision records one communication;
a warning to the victim alone was "Ready to sign.", its follow-ups never said the police were still to
be told, so the signed record read as the duty done. Now the follow-ups offer both and signing warns.
Table-driven, both sides: a state whose discharge names two, and states, outcomes and triggers that do not.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.decision_helpers import complete, make_chart
from vault_app.domain import duty_to_protect
from vault_app.domain.decision_guide import follow_ups_for
from vault_app.domain.decision_prompts import guide_for
from vault_app.domain.decision_rules import sign_warnings
from vault_app.domain.decisions import Decision
from vault_app.domain.practice import Jurisdiction
from vault_app.services import decisions, practice
from vault_app.services.vault import Vault

BOTH = "Tell both the person threatened and a law enforcement agency, and record each communication"

ROWS = (
    # license state, duty setting, trigger, outcome, warned and offered
    ("CA", "mandatory", "duty_to_warn", "disclose", True),
    ("CA", "permissive", "duty_to_warn", "disclose", True),  # the state's rule governs, the stricter one
    ("ca", "none", "duty_to_warn", "disclose", True),
    ("CA", "mandatory", "duty_to_warn", "do_not_disclose", False),  # nothing told: nothing to discharge
    ("CA", "mandatory", "duty_to_warn", None, False),
    ("CA", "mandatory", "self_harm", "disclose", False),  # the duty is to a third person
    ("CA", "mandatory", "child_abuse", "disclose", False),
    ("NY", "permissive", "duty_to_warn", "disclose", False),  # no state rule known that names two
    ("", "mandatory", "duty_to_warn", "disclose", False),
    ("TX", "permissive", "duty_to_warn", "disclose", False),
)


@pytest.mark.parametrize(("state", "setting", "trigger", "outcome", "said"), ROWS,
                         ids=[f"{r[0] or 'none'}-{r[1]}-{r[2]}-{r[3]}" for r in ROWS])
def test_signing_says_the_other_communication_is_due(state: str, setting: str, trigger: str, outcome: str | None,
                                                     said: bool) -> None:
    guide = guide_for(trigger, Jurisdiction(duty_to_warn=setting), None, state)  # type: ignore[arg-type]
    decision = Decision("d1", "c1", trigger, date(2026, 12, 6), outcome=outcome)  # type: ignore[arg-type]
    codes = [getattr(w, "code", "") for w in sign_warnings(decision, guide)]
    assert ("decision.warn.discharge_both" in codes) is said, codes
    steps = [str(s) for s in follow_ups_for(guide, outcome)]
    assert (BOTH in steps) is said, steps
    if said:
        warning = next(w for w in sign_warnings(decision, guide)
                       if getattr(w, "code", "") == "decision.warn.discharge_both")
        assert "Cal. Civ. Code 43.92" in str(warning) and "law enforcement agency" in str(warning)
        assert "Record a disclosure made outside the app" in str(warning)


def test_the_discharge_is_the_state_s_data_with_its_citation() -> None:
    rule = duty_to_protect.rule_for("CA")
    assert rule is not None and rule.discharged_by == ("person_threatened", "police")
    assert "law enforcement agency" in rule.discharge and not rule.verified
    assert all(r.discharged_by == () or len(r.discharged_by) > 1 for r in duty_to_protect.DUTY_RULES.values())


@pytest.mark.parametrize(("state", "warned"), [("CA", True), ("NY", False), ("", False)])
def test_the_vault_s_readiness_says_it_under_the_practice_s_state(vault: Vault, state: str, warned: bool) -> None:
    """What `decision check`, `decision edit` and the wizard's Review read: the practice's license state
    decides (the readiness asked the federal-baseline guide, so a California practice was never told)."""
    practice.update(vault, clinician_name="Maria Lopez", license_state=state, license_number="LMFT1")
    chart = make_chart(vault)
    draft = decisions.start(vault, chart.client_id, "duty_to_warn", changes=complete("duty_to_warn", chart))
    ready = decisions.readiness(vault, draft.decision_id)
    assert ready.problems == ()
    codes = [getattr(w, "code", "") for w in ready.warnings]
    assert ("decision.warn.discharge_both" in codes) is warned, codes

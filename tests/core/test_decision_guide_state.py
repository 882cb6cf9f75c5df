"""The subpoena guide names the license state's privilege where domain/state_privilege lists it.

A New York practice's subpoena decision said "federal rule: 45 CFR 164.512(e)(1)(ii) (no
jurisdiction setting)" in its exception step, though New York's privilege (CPLR 4507, 3122(a)),
not the federal rule, decides whether a subpoena alone releases anything. Table-driven both sides:
a listed state gets its rule, an unlisted or unset one the federal words; other triggers never change.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.core.decision_helpers import make_chart
from vault_app.domain.decision_prompts import guide_for
from vault_app.domain.decisions import TRIGGERS
from vault_app.domain.duty_to_protect import DUTY_RULES, STATE_REPORTS
from vault_app.domain.jurisdiction_named import NO_SETTING
from vault_app.domain.state_privilege import SUBPOENA_PRIVILEGE
from vault_app.services import decisions, practice
from vault_app.services.vault import Vault

# The federal rule, naming the license state the app holds no rule of, or saying none is set
# (domain/jurisdiction_named: "(no jurisdiction setting)" read as if no state were set).
FEDERAL_SETTING = "federal rule: 45 CFR 164.512(e)(1)(ii) ("
FEDERAL_HINT = "45 CFR 164.512(e)(1)(ii); your state's therapist-patient privilege"

# (license state as stored or typed, the state named, a citation it must carry) or None: federal words.
CASES: list[tuple[str, tuple[str, str] | None]] = [
    ("NY", ("New York", "CPLR 4507")),
    ("CA", ("California", "Evid. Code 1014")),
    (" ny ", ("New York", "CPLR 3122(a)")),
    ("TX", None),
    ("FL", None),
    ("", None),
]


@pytest.mark.parametrize(("state", "listed"), CASES, ids=[repr(s) for s, _ in CASES])
def test_the_subpoena_setting_says_the_states_rule_where_one_is_listed(
        state: str, listed: tuple[str, str] | None) -> None:
    guide = guide_for("subpoena", license_state=state)
    if listed is None:
        assert guide.jurisdiction_setting.startswith(FEDERAL_SETTING)
        assert ("no license state is set" in guide.jurisdiction_setting) is (not state)
        assert guide.statute_hint == FEDERAL_HINT
        return
    name, citation = listed
    assert guide.jurisdiction_setting.startswith(f"{name} law (the license state): ")
    assert citation in guide.jurisdiction_setting and citation in guide.statute_hint
    assert "no jurisdiction setting" not in guide.jurisdiction_setting
    # The federal rule is still named, as yielding to the state's (45 CFR 160.203(b)).
    assert "164.512(e)(1)(ii)" in guide.jurisdiction_setting and "160.203(b)" in guide.jurisdiction_setting
    assert "not checked against the statute's own text" in guide.jurisdiction_setting
    # What the guide asks and allows is the same: a subpoena alone still discloses nothing.
    assert guide.never_discloses and guide.outcomes == guide_for("subpoena").outcomes


@pytest.mark.parametrize("code", sorted(SUBPOENA_PRIVILEGE))
@pytest.mark.parametrize("trigger", [t for t in TRIGGERS if t != "subpoena"])
def test_no_other_trigger_changes_with_the_license_state(trigger: str, code: str) -> None:
    if trigger == "duty_to_warn" and code in DUTY_RULES:
        return  # the state's duty to protect: tests/core/test_duty_to_protect_state.py
    named = guide_for(trigger, license_state=code)
    plain = guide_for(trigger)
    if code in STATE_REPORTS and trigger in ("duty_to_warn", "self_harm"):
        # The state's required report is added to the summary (tests/core/test_state_report_duty.py), nothing more.
        assert named.summary.parts[:-1] == plain.summary.parts  # type: ignore[attr-defined]
        named = replace(named, summary=plain.summary)
    # Only a setting with no rule of its own names the state (domain/jurisdiction_named), and a setting that
    # names the settings names them as the decision records them (the license state: decision_prompts); nothing else.
    assert replace(named, jurisdiction_setting="") == replace(plain, jurisdiction_setting="")
    code = getattr(plain.jurisdiction_setting, "code", "")
    names = "name" in getattr(plain.jurisdiction_setting, "params", {})
    assert (named.jurisdiction_setting == plain.jurisdiction_setting) is (code.removesuffix(".no_state")
                                                                          not in NO_SETTING and not names)


@pytest.mark.parametrize(("state", "named"), [("NY", "New York"), ("TX", None)])
def test_a_vaults_license_state_reaches_the_guide_and_the_prefilled_exception(
        vault: Vault, state: str, named: str | None) -> None:
    chart = make_chart(vault)
    practice.update(vault, clinician_name="Jordan Lee", license_state=state, license_number="L-1")
    setting = decisions.guide(vault, "subpoena", chart.client_id).jurisdiction_setting
    draft = decisions.start(vault, chart.client_id, "subpoena")
    assert draft.exception is not None and draft.exception.setting == setting
    if named is None:
        assert setting.startswith(FEDERAL_SETTING) and "no Texas rule" in setting
    else:
        assert setting.startswith(f"{named} law (the license state)")

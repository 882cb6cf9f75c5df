"""Which state's rules a confidentiality decision follows, said by name (found by a walker: a California
practice's decision wizard said "(no jurisdiction setting)" on its Exception step, and the record named
the "federal baseline" after California's minors', retention and duty-to-protect rules were applied).

Two things, as data and pure functions:
- `applied_rules(j, state)`: the license state's presets in force in the jurisdiction settings
  (domain/minor_consent_presets, retention_presets, duty_to_protect), by code;
- `named_setting(setting, state)`: an exception whose rule is federal and for which the settings hold
  nothing ("45 CFR 164.512(e)(1)(i) (no jurisdiction setting)") names the license state the app holds
  no rule of for it, or says plainly that no license state is set.
"""

from __future__ import annotations

from vault_app.domain import duty_to_protect, minor_consent_presets, retention_presets
from vault_app.domain.decision_guide import words
from vault_app.domain.errors import Problem
from vault_app.domain.practice import Jurisdiction
from vault_app.domain.us_states import LICENSE_STATE_NAMES

# A state's preset, by code, as a decision's record names it (in this order).
RULE_WORDS: dict[str, str] = {
    "minor_consent": "minors' consent",
    "retention": "retention",
    "duty_to_protect": "duty to protect",
}


def state_name(state: str) -> str:
    code = state.strip().upper()
    return LICENSE_STATE_NAMES.get(code, code)


def applied_rules(j: Jurisdiction, state: str) -> tuple[str, ...]:
    """The codes of RULE_WORDS whose license-state preset is the setting in force: the minors' rule
    saved as the source with its age, a retention policy that is (or was based on) the state's
    preset, the state's duty to protect as the duty-to-warn setting where it differs from the
    shipped one. Empty: no license state, or none of its presets applied."""
    code = state.strip().upper()
    if not code:
        return ()
    found: list[str] = []
    minor = minor_consent_presets.applied(j)
    if minor is not None and minor.state == code:
        found.append("minor_consent")
    if retention_presets.rule_state(j.retention_policy_name) == code:
        found.append("retention")
    duty = duty_to_protect.rule_for(code)
    if duty is not None and j.duty_to_warn == duty.kind and duty.kind != Jurisdiction().duty_to_warn:
        found.append("duty_to_protect")
    return tuple(found)


# The exception settings that name no setting, by code as domain/decision_prompts*.py give them: the
# words with a license state (the app holds no rule of that state for it) and with none (said plainly).
# Whole sentences, each its own code, so that a screen says them in its language.
NO_SETTING: dict[str, tuple[str, str]] = {
    "decision.court_order.setting": (
        "federal rule: 45 CFR 164.512(e)(1)(i) "
        "(the app holds no {license_state} rule for this: check {license_state} law)",
        "federal rule: 45 CFR 164.512(e)(1)(i) (no license state is set in the practice settings)"),
    "decision.subpoena.setting": (
        "federal rule: 45 CFR 164.512(e)(1)(ii) "
        "(the app holds no {license_state} rule for this: check {license_state} law)",
        "federal rule: 45 CFR 164.512(e)(1)(ii) (no license state is set in the practice settings)"),
    "decision.national_security.setting": (
        "federal law: 45 CFR 164.512(k)(2) "
        "(the app holds no {license_state} rule for this: check {license_state} law)",
        "federal law: 45 CFR 164.512(k)(2) (no license state is set in the practice settings)"),
    "decision.self_harm.setting": (
        "HIPAA 45 CFR 164.512(j) permits it; the app holds no {license_state} rule "
        "for this: {license_state} law may require it",
        "no license state is set in the practice settings: HIPAA 45 CFR 164.512(j) permits it; state law may "
        "require it"),
}


def named_setting(setting: Problem, state: str) -> Problem:
    """`setting` as the Exception step says it: one of NO_SETTING's names the license state (or says none
    is set) instead of "(no jurisdiction setting)"; any other setting unchanged."""
    found = NO_SETTING.get(setting.code)
    if found is None:
        return setting
    if not state.strip():
        return words(setting.code + ".no_state", found[1])
    return words(setting.code + ".state_none", found[0], license_state=state_name(state))


__all__ = ["NO_SETTING", "RULE_WORDS", "applied_rules", "named_setting", "state_name"]

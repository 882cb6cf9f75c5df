"""A decision names the state whose rules it follows, or says plainly that no license state is set
(domain/jurisdiction_named, state_privilege.recorded_name). Found by a walker: a California practice's
wizard said "(no jurisdiction setting)" on the Exception step, and the record said "federal baseline"
after California's minors', retention and duty-to-protect rules were applied. Both sides: no state, a
state with nothing applied (NY), California with its presets applied; a name the therapist gave stays."""

from __future__ import annotations

from dataclasses import replace

import pytest

from vault_app.domain import duty_to_protect, minor_consent_presets, retention_presets
from vault_app.domain.decision_prompts import guide_for
from vault_app.domain.jurisdiction_named import NO_SETTING, applied_rules
from vault_app.domain.practice import Jurisdiction
from vault_app.domain.state_privilege import recorded_name
from vault_app.services import decisions, practice, retention
from vault_app.services.vault import Vault

BASE = Jurisdiction()


def _ca_applied(minor: bool = True, keep: bool = True, duty: bool = True) -> Jurisdiction:
    j = BASE
    if minor:
        j = replace(j, **minor_consent_presets.changes_for(minor_consent_presets.MINOR_CONSENT_PRESETS["CA"]))
    if keep:
        j = replace(j, retention_policy_name=retention_presets.BY_KEY["CA"].name)
    if duty:
        found = duty_to_protect.rule_for("CA")
        assert found is not None
        j = replace(j, duty_to_warn=found.kind)
    return j


# (settings, license state, applied rules, the start of what a decision records)
ROWS: list[tuple[Jurisdiction, str, tuple[str, ...], str]] = [
    (BASE, "", (), BASE.name),
    (BASE, "NY", (), "New York (the license state; jurisdiction settings not edited for it: federal baseline)"),
    (BASE, "CA", (), "California (the license state; jurisdiction settings not edited for it"),
    (_ca_applied(), "CA", ("minor_consent", "retention", "duty_to_protect"),
     "California (the license state): its rules applied: minors' consent, retention, duty to protect; other "
     "settings: federal baseline"),
    (_ca_applied(keep=False, duty=False), "CA", ("minor_consent",),
     "California (the license state): its rules applied: minors' consent;"),
    (_ca_applied(), "NY", (), "New York (the license state; jurisdiction settings not edited"),  # CA's, not NY's
    (replace(_ca_applied(), name="California, checked by counsel"), "CA", ("minor_consent", "retention",
                                                                           "duty_to_protect"),
     "California, checked by counsel"),
]


@pytest.mark.parametrize(("j", "state", "rules", "recorded"), ROWS)
def test_the_record_names_the_state_whose_rules_were_applied(j: Jurisdiction, state: str, rules: tuple[str, ...],
                                                             recorded: str) -> None:
    assert applied_rules(j, state) == rules
    assert recorded_name(j, state).startswith(recorded)
    if rules and j.name == BASE.name:
        assert "federal baseline (edit" not in recorded_name(j, state)


@pytest.mark.parametrize("trigger", ["court_order", "self_harm", "national_security", "subpoena"])
@pytest.mark.parametrize(("state", "said", "not_said"), [
    ("", "no license state is set in the practice settings", "California"),
    ("CA", "the app holds no California rule for this", "no license state"),
    ("ny", "the app holds no New York rule for this", "no license state"),
])
def test_the_exception_step_names_the_state_or_says_none_is_set(trigger: str, state: str, said: str,
                                                                not_said: str) -> None:
    setting = guide_for(trigger, BASE, None, state).jurisdiction_setting
    assert "no jurisdiction setting" not in setting
    if trigger == "subpoena" and state:  # the state's privilege, named (domain/state_privilege)
        assert setting.startswith(("California law", "New York law"))
        return
    assert said in setting and not_said not in setting


def test_other_settings_are_left_as_they_were() -> None:
    """A setting with a rule of its own keeps it; only the settings' name in it is the recorded one
    (tests/core/test_setting_named_as_recorded.py)."""
    assert "decision.child_abuse.setting" not in NO_SETTING
    assert guide_for("child_abuse", BASE, None, "CA").jurisdiction_setting == (
        f"age of majority 18 ({recorded_name(BASE, 'CA')})")
    assert guide_for("child_abuse", BASE, None, "").jurisdiction_setting == f"age of majority 18 ({BASE.name})"


def test_a_decision_records_california_after_its_presets_are_applied(vault: Vault) -> None:
    practice.update(vault, clinician_name="Jordan Lee", license_state="CA", license_number="A1")
    assert decisions._jurisdiction(vault)["name"].startswith("California (the license state; jurisdiction settings "
                                                             "not edited")
    decisions.apply_minor_consent_preset(vault, "CA")
    decisions.apply_duty_to_protect(vault, "CA")
    retention.set_policy(vault, preset_key="CA")
    assert decisions._jurisdiction(vault)["name"] == (
        "California (the license state): its rules applied: minors' consent, retention, duty to protect; other "
        "settings: federal baseline")

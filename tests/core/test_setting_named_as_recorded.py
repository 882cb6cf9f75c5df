"""The decision wizard's "Because of" names the settings as the decision records them: a New York
practice with New York's rules applied read "duty to warn: permissive (US federal baseline (edit for
your state))", as if New York's rules were not used (a walker, round 37, finding 9). Table-driven over
the triggers whose setting names the settings; both sides: no license state keeps the baseline's name,
a name the therapist gave stays."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.core.test_jurisdiction_named import _ca_applied
from vault_app.domain.decision_prompts import guide_for
from vault_app.domain.practice import Jurisdiction
from vault_app.domain.state_privilege import recorded_name

BASE = Jurisdiction()


@pytest.mark.parametrize("trigger", ["duty_to_warn", "child_abuse", "elder_abuse"])
@pytest.mark.parametrize(("j", "state", "named"), [
    (BASE, "NY", "New York (the license state; jurisdiction settings not edited for it: federal baseline)"),
    (_ca_applied(), "CA", "California (the license state): its rules applied: minors' consent, retention, duty to "
                          "protect; other settings: federal baseline"),
    (BASE, "", BASE.name),  # no license state: the baseline, said as such
    (replace(BASE, name="New York, checked by counsel"), "NY", "New York, checked by counsel"),
])
def test_because_of_names_the_settings_as_recorded(trigger: str, j: Jurisdiction, state: str, named: str) -> None:
    setting = guide_for(trigger, j, None, state).jurisdiction_setting
    assert str(setting).endswith(f"({named})"), setting
    assert named == recorded_name(j, state)
    assert getattr(setting, "params", {}).get("name") == named
    if state:
        assert "edit for your state" not in str(setting)

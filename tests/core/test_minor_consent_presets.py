"""The license state's minors' consent rule (domain/minor_consent_presets): proposed, applied only
when accepted, and then a minor of the state's age signs their own authorization (45 CFR
164.502(g)(3)(i)). Found by a walker (California therapist of adolescents): choosing CA left the
federal baseline, so a 17-year-old's own signature was refused and the parent proposed. Both sides,
table-driven, on a real vault."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain import minor_consent_presets as mcp
from vault_app.domain.errors import InvalidInput, RefusedByPolicy
from vault_app.domain.practice import Jurisdiction
from vault_app.services import decisions, guardians, practice
from vault_app.services.practice_settings import save_settings
from vault_app.services.vault import Vault


@pytest.mark.parametrize(("state", "age", "cites"), [
    ("CA", 12, "Cal. Fam. Code 6924(b)"), ("ca", 12, "Health & Safety Code 124260"),
    ("NY", 16, "Mental Hygiene Law 33.21"), (" ny ", 16, "33.21"),
])
def test_the_known_states_rules(state: str, age: int, cites: str) -> None:
    found = mcp.preset_for(state)
    assert found is not None and found.age == age and cites in found.citation
    statement = found.statement()
    assert cites in statement and "Conditions:" in statement and mcp.CHECK_TEXT in statement  # not verified


@pytest.mark.parametrize("state", ["TX", "", "XX", "FL"])
def test_no_rule_is_made_up_for_other_states(state: str) -> None:
    assert mcp.preset_for(state) is None and mcp.fits(Jurisdiction(), state) and mcp.proposal(Jurisdiction(), state) \
        is None
    with pytest.raises(InvalidInput):
        mcp.find(state)


def _under(state: str) -> Jurisdiction:
    return replace(Jurisdiction(), **mcp.changes_for(mcp.find(state)))  # type: ignore[arg-type]


@pytest.mark.parametrize(("state", "age", "alone"), [
    ("CA", 12, True), ("CA", 11, False), ("CA", 17, True), ("CA", None, False),
    ("NY", 16, True), ("NY", 15, False), ("NY", 12, False),
    ("", 17, False), ("", 18, True), ("", 12, False),  # the federal baseline: no minor consents alone
])
def test_who_consents_alone(state: str, age: int | None, alone: bool) -> None:
    j = _under(state) if state else Jurisdiction()
    assert mcp.may_consent_alone(age, j) is alone


def test_proposed_while_not_in_force_only() -> None:
    assert mcp.proposal(Jurisdiction(), "CA") is mcp.MINOR_CONSENT_PRESETS["CA"]
    assert mcp.proposal(_under("CA"), "CA") is None
    assert mcp.proposal(_under("CA"), "NY") is mcp.MINOR_CONSENT_PRESETS["NY"]


def _chart_aged(vault: Vault, years: int) -> str:
    """A client `years` old since before the forms' signing day, with a parent recorded (who
    signs for a minor under the age of consent: the client's own signature is then refused)."""
    client_id = fx.make_chart(vault, n=1, date_of_birth=fx.born_years_ago(years)).client_id
    guardians.add_guardian(vault, client_id, "Pat Roe", authority="parent")
    return client_id


@pytest.mark.parametrize(("state", "years", "recorded"), [
    ("CA", 12, True), ("CA", 11, False), ("NY", 16, True), ("NY", 15, False),
    ("", 17, False),  # refused, or never proposed: the baseline stands
])
def test_the_minors_own_signature_after_the_preset(vault: Vault, state: str, years: int, recorded: bool) -> None:
    client_id = _chart_aged(vault, years)
    if state:
        j = decisions.apply_minor_consent_preset(vault, state)
        assert j.age_of_consent_for_treatment == mcp.find(state).age
        assert j.minor_consent_source == mcp.find(state).statement()
    else:
        assert practice.load(vault).jurisdiction.age_of_consent_for_treatment == 18
    if recorded:
        auth = fx.add_auth(vault, client_id)
        assert auth.signer.role == "client"
    else:
        with pytest.raises(RefusedByPolicy):
            fx.add_auth(vault, client_id)


def test_settings_apply_it_only_when_accepted(vault: Vault) -> None:
    profile = {"license_state": "CA", "license_number": "A1", "clinician_name": "Jordan Lee"}
    saved = save_settings(vault, auto_lock_minutes=5, psychotherapy_lock_minutes=2, profile=profile)
    assert saved.jurisdiction.age_of_consent_for_treatment == 18 and not saved.jurisdiction.minor_consent_source
    saved = save_settings(vault, auto_lock_minutes=5, psychotherapy_lock_minutes=2, profile=profile,
                          minor_consent_state="CA")
    assert saved.jurisdiction.age_of_consent_for_treatment == 12 and "6924" in saved.jurisdiction.minor_consent_source
    with pytest.raises(InvalidInput):  # an unknown state refused before anything is written
        save_settings(vault, auto_lock_minutes=9, psychotherapy_lock_minutes=2, profile=profile,
                      minor_consent_state="TX")


def test_an_age_set_by_hand_no_longer_cites_the_rule(vault: Vault) -> None:
    decisions.apply_minor_consent_preset(vault, "CA")
    j = decisions.update_jurisdiction(vault, duty_to_warn="mandatory")
    assert "6924" in j.minor_consent_source  # another setting keeps it
    j = decisions.update_jurisdiction(vault, age_of_consent_for_treatment=14)
    assert j.age_of_consent_for_treatment == 14 and j.minor_consent_source == ""

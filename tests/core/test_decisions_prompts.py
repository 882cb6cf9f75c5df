"""The prompts follow the DEAL steps and change with the jurisdiction settings."""

from __future__ import annotations

import pytest

from tests.core.decision_helpers import make_chart
from vault_app.domain.decision_prompts import STEPS, guide_for
from vault_app.domain.decisions import TRIGGERS
from vault_app.domain.errors import InvalidInput
from vault_app.domain.practice import Jurisdiction
from vault_app.services import decisions, practice
from vault_app.services.vault import Vault


@pytest.mark.parametrize("trigger", TRIGGERS)
def test_every_trigger_walks_every_step_in_order(trigger: str) -> None:
    guide = guide_for(trigger)
    assert tuple(p.step for p in guide.prompts) == STEPS
    assert all(p.question and p.explanation for p in guide.prompts)
    assert guide.summary and guide.outcomes


@pytest.mark.parametrize(
    ("setting", "words"),
    [("mandatory", "MANDATORY: when a client makes"), ("permissive", "PERMISSIVE"), ("none", "NO duty-to-warn")],
)
def test_duty_to_warn_follows_the_jurisdiction_setting(setting: str, words: str) -> None:
    guide = guide_for("duty_to_warn", Jurisdiction(duty_to_warn=setting))  # type: ignore[arg-type]
    assert words in guide.summary
    assert guide.exception_kind == setting
    assert f"duty to warn: {setting}" in guide.jurisdiction_setting
    assert f"({setting} in your settings)" in guide.prompt("exception").explanation
    assert set(guide.risk_factors) == {"plan", "intent", "means", "identifiable_victim", "history"}


def test_elder_abuse_uses_the_reporting_age_and_scope() -> None:
    guide = guide_for("elder_abuse", Jurisdiction(elder_abuse_reporting_age=60, elder_abuse_scope="financial abuse"))
    assert "aged 60 or over" in guide.summary
    assert "'financial abuse'" in guide.prompt("exception").explanation
    assert "elder abuse reporting age 60; scope: financial abuse" in guide.jurisdiction_setting


def test_a_minor_client_gets_the_age_of_consent_note() -> None:
    j = Jurisdiction(age_of_consent_for_treatment=16)
    minor = guide_for("child_abuse", j, client_age=14).prompt("client").explanation
    adult = guide_for("child_abuse", j, client_age=16).prompt("client").explanation
    assert "under the age of consent for treatment in your settings (16)" in minor
    assert "Do not inform a parent or guardian who may be the person causing the harm" in minor
    assert "age of consent" not in adult


def test_subpoena_and_national_security_carry_their_rules() -> None:
    subpoena = guide_for("subpoena")
    assert subpoena.never_discloses and "disclose" not in subpoena.outcomes
    assert subpoena.exception_kind == "none"
    steps = " ".join(subpoena.follow_ups)
    for words in ("Notify the client", "Consult counsel", "court order signed by a judge"):
        assert words in steps
    security = guide_for("national_security")
    assert security.must_not_tell_client
    assert "must not be told" in security.prompt("client").question.lower()


def test_unknown_trigger_is_refused() -> None:
    with pytest.raises(InvalidInput, match="Unknown trigger"):
        guide_for("gossip")


def test_the_vault_settings_drive_prompts_and_prefilled_exception(vault: Vault) -> None:
    chart = make_chart(vault, birth="2011-06-01")
    practice.update(vault, jurisdiction={"duty_to_warn": "mandatory", "age_of_consent_for_treatment": 18})
    guide = decisions.guide(vault, "duty_to_warn", chart.client_id)
    assert guide.exception_kind == "mandatory"
    assert "under the age of consent" in guide.prompt("client").explanation
    draft = decisions.start(vault, chart.client_id, "duty_to_warn")
    assert draft.exception.kind == "mandatory"
    assert "duty to warn: mandatory" in draft.exception.setting
    assert draft.law.jurisdiction["duty_to_warn"] == "mandatory"
    assert draft.follow_up == guide.follow_ups
    bare = decisions.start(vault, chart.client_id, "duty_to_warn", suggestions=False)
    assert bare.exception.kind is None and bare.follow_up == ()

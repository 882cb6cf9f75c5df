"""The jurisdiction settings' one table (domain/practice.py), on both sides of each limit, and
the services that save them judging alike (found: `practice update` saved an elder-abuse age
of 5 that the app and `decision settings` refuse), and the settings that must be ordered (found:
every way of saving accepted an age of consent for treatment of 25 with a majority of 18)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from tests.core.cli_helpers import cli
from vault_app.domain.errors import InvalidInput
from vault_app.domain.practice import (
    CONSENT_ABOVE_MAJORITY,
    CONSENT_AGE_CITATION,
    ELDER_AGE_CITATION,
    JURISDICTION_ORDER,
    JURISDICTION_RANGES,
    Jurisdiction,
    check_jurisdiction,
    order_problem,
    range_problem,
)
from vault_app.domain.retention import RetentionPolicy
from vault_app.services import decisions, practice, practice_settings, retention
from vault_app.services.vault import Vault

ELDER = "The elder-abuse reporting age must be between 40 and 100."
CONSENT = "The age of consent for treatment must be between 1 and 30."
MAJORITY = "The age of majority must be between 10 and 30."
ADULT = "Adult retention must be between 1 and 100 years."
MINOR = "Retention after majority must be between 0 and 100 years."


@pytest.mark.parametrize(
    ("field", "value", "refused"),
    [
        ("elder_abuse_reporting_age", 40, None), ("elder_abuse_reporting_age", 65, None),
        ("elder_abuse_reporting_age", 100, None), ("elder_abuse_reporting_age", 39, ELDER),
        ("elder_abuse_reporting_age", 5, ELDER), ("elder_abuse_reporting_age", 101, ELDER),
        ("elder_abuse_reporting_age", True, ELDER), ("elder_abuse_reporting_age", "65", ELDER),
        ("age_of_consent_for_treatment", 1, None), ("age_of_consent_for_treatment", 30, None),
        ("age_of_consent_for_treatment", 0, CONSENT), ("age_of_consent_for_treatment", 31, CONSENT),
        ("age_of_majority", 10, None), ("age_of_majority", 30, None),
        ("age_of_majority", 9, MAJORITY), ("age_of_majority", 31, MAJORITY),
        ("retention_adult_years", 1, None), ("retention_adult_years", 100, None),
        ("retention_adult_years", 0, ADULT), ("retention_adult_years", 101, ADULT),
        ("retention_minor_years_after_majority", 0, None), ("retention_minor_years_after_majority", 100, None),
        ("retention_minor_years_after_majority", -1, MINOR), ("retention_minor_years_after_majority", 101, MINOR),
    ],
)
def test_whole_number_settings(field: str, value: Any, refused: str | None) -> None:
    assert range_problem(field, value) == refused
    # Ages in order around the one judged (consent 1, majority 30), so its range alone decides.
    j = replace(Jurisdiction(), **{"age_of_consent_for_treatment": 1, "age_of_majority": 30, field: value})
    if refused is None:
        assert check_jurisdiction(j) == j
    else:
        with pytest.raises(InvalidInput, match=refused):
            check_jurisdiction(j)


@pytest.mark.parametrize(
    ("field", "value", "refused"),
    [
        ("name", "Texas", None), ("name", "  Texas  ", None), ("name", "", "The jurisdiction name must not be empty."),
        ("name", "   ", "The jurisdiction name must not be empty."),
        ("name", "Texas\nsecond line", "The jurisdiction name contains a line break"),
        ("name", "x" * 2001, "The jurisdiction name is too long"),
        ("elder_abuse_scope", "financial abuse", None),
        ("elder_abuse_scope", "", "The elder-abuse scope must not be empty."),
        ("elder_abuse_scope", "abuse\u202eesuba", "The elder-abuse scope contains a text-direction override"),
        ("retention_source", "", None), ("retention_source", "Tex. Admin. Code 681.41", None),
        ("retention_source", "a\x1b[2Jb", "The retention source contains an invisible control character"),
        ("duty_to_warn", "mandatory", None), ("duty_to_warn", "none", None),
        ("duty_to_warn", "sometimes", "Duty to warn must be mandatory, permissive or none."),
    ],
)
def test_text_settings(field: str, value: str, refused: str | None) -> None:
    j = replace(Jurisdiction(), **{field: value})
    if refused is None:
        assert getattr(check_jurisdiction(j), field) == value.strip()
    else:
        with pytest.raises(InvalidInput, match=refused.replace("(", r"\(")):
            check_jurisdiction(j)


def test_only_the_changed_settings_are_judged_and_the_table_has_its_citation() -> None:
    old = replace(Jurisdiction(), elder_abuse_reporting_age=5)  # saved before the rule existed
    assert check_jurisdiction(old, ["duty_to_warn"]) == old
    with pytest.raises(InvalidInput, match=ELDER):
        check_jurisdiction(old, ["elder_abuse_reporting_age"])
    assert "42 U.S.C. 1397j" in ELDER_AGE_CITATION
    assert [p for name, *_ in JURISDICTION_RANGES if (p := range_problem(name, -5))] == [
        ADULT, MINOR, MAJORITY, CONSENT, ELDER]
    # The retention policy reads the same table.
    assert RetentionPolicy(adult_years=0, minor_years_after_majority=101, age_of_majority=9).problems() == [
        ADULT, MINOR, MAJORITY]


def test_every_way_of_saving_refuses_alike_and_saves_nothing(vault: Vault) -> None:
    before = practice.load(vault)
    ways = [
        lambda: practice.update(vault, jurisdiction={"elder_abuse_reporting_age": 5}),
        lambda: decisions.update_jurisdiction(vault, elder_abuse_reporting_age=5),
        lambda: practice_settings.save_settings(vault, auto_lock_minutes=5, psychotherapy_lock_minutes=3,
                                                profile={"phone": "555-0100", "jurisdiction": {
                                                    "elder_abuse_reporting_age": 5}}),  # type: ignore[dict-item]
    ]
    for way in ways:
        with pytest.raises(InvalidInput, match=ELDER):
            way()
    with pytest.raises(InvalidInput, match="retention set"):
        practice.update(vault, jurisdiction={"retention_adult_years": 3})
    assert practice.load(vault) == before
    policy_entries = len(vault.ledger.entries(kinds=("retention.policy_set",)))
    retention.set_policy(vault, adult_years=3)
    assert practice.load(vault).jurisdiction.retention_adult_years == 3
    assert len(vault.ledger.entries(kinds=("retention.policy_set",))) == policy_entries + 1


# (citation, age of consent for treatment, age of majority, refused)
ORDER_ROWS = [
    ("164.502(g)(3)", 12, 18, False), ("164.502(g)(3)", 18, 18, False), ("164.502(g)(3)", 1, 10, False),
    ("6924", 16, 21, False), ("164.502(g)(3)", 19, 18, True), ("164.502(g)(3)", 25, 18, True),
    ("6924", 30, 10, True),
]


@pytest.mark.parametrize(("citation", "consent", "majority", "refused"), ORDER_ROWS)
def test_the_age_of_consent_is_not_above_the_age_of_majority(
        citation: str, consent: int, majority: int, refused: bool) -> None:
    assert citation in CONSENT_AGE_CITATION
    assert [row[:2] for row in JURISDICTION_ORDER] == [("age_of_consent_for_treatment", "age_of_majority")]
    j = replace(Jurisdiction(), age_of_consent_for_treatment=consent, age_of_majority=majority)
    assert order_problem(j) == (CONSENT_ABOVE_MAJORITY if refused else None)
    for changed in (None, ["age_of_consent_for_treatment"], ["age_of_majority"]):
        if refused:
            with pytest.raises(InvalidInput, match=CONSENT_ABOVE_MAJORITY):
                check_jurisdiction(j, changed)
        else:
            assert check_jurisdiction(j, changed) == j
    # Stored before the rule: a save of another setting is not refused over the two.
    assert check_jurisdiction(j, ["duty_to_warn"]) == j


def test_the_elder_age_is_above_every_age_of_majority_by_the_ranges_alone() -> None:
    """Why JURISDICTION_ORDER has no elder-abuse row: a change of either range that let the
    two cross would need one (an "elder" who is a minor)."""
    ranges = {name: (low, high) for name, low, high, _ in JURISDICTION_RANGES}
    assert ranges["elder_abuse_reporting_age"][0] > ranges["age_of_majority"][1]


def test_every_way_of_saving_refuses_a_consent_age_above_majority(vault: Vault) -> None:
    before = practice.load(vault)
    entries = len(vault.ledger.entries())
    ways = [
        lambda: practice.update(vault, jurisdiction={"age_of_consent_for_treatment": 25}),
        lambda: decisions.update_jurisdiction(vault, age_of_consent_for_treatment=25),
        lambda: practice_settings.save_settings(vault, auto_lock_minutes=5, psychotherapy_lock_minutes=3,
                                                profile={"phone": "555-0100", "jurisdiction": {
                                                    "age_of_consent_for_treatment": 25}}),  # type: ignore[dict-item]
        lambda: retention.set_policy(vault, age_of_majority=17),  # the consent age is 18
    ]
    for way in ways:
        with pytest.raises(InvalidInput) as refused:
            way()
        assert str(refused.value) == CONSENT_ABOVE_MAJORITY
    assert practice.load(vault) == before
    assert len(vault.ledger.entries()) == entries  # no practice.updated, no retention.policy_set
    decisions.update_jurisdiction(vault, age_of_consent_for_treatment=16)
    assert retention.set_policy(vault, age_of_majority=17).age_of_majority == 17


def test_cli_refuses_a_consent_age_above_majority(vault: Vault, vault_dir: Path, capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    vault.lock()
    v = ["--vault", str(vault_dir)]
    for args in (["practice", "update", *v, "--age-of-consent-for-treatment", "25"],
                 ["decision", "settings", *v, "--age-of-consent", "25"],
                 ["retention", "set", *v, "--age-of-majority", "17"]):
        refused = cli(capsys, monkeypatch, *args)
        assert refused.code == 2 and CONSENT_ABOVE_MAJORITY in refused.err
    shown = cli(capsys, monkeypatch, "practice", "show", *v, "--json").json()["jurisdiction"]
    assert (shown["age_of_consent_for_treatment"], shown["age_of_majority"]) == (18, 18)

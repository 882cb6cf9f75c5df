"""practice show|update: the profile letters and certificates print, and the jurisdiction settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.cli_helpers import cli, init_vault
from vault_app.domain.errors import ExitCode


def test_update_then_show(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    folder = tmp_path / "v"
    assert init_vault(folder).code == 0
    result = cli(
        capsys,
        monkeypatch,
        "practice",
        "update",
        "--vault",
        str(folder),
        "--practice-name",
        "Quiet Harbor",
        "--phone",
        "555-0100",
        "--duty-to-warn",
        "mandatory",
        "--elder-abuse-reporting-age",
        "60",
    )
    assert result.code == 0, result.err
    shown = cli(capsys, monkeypatch, "practice", "show", "--vault", str(folder), "--json").json()
    assert shown["practice_name"] == "Quiet Harbor" and shown["phone"] == "555-0100"
    assert shown["jurisdiction"]["duty_to_warn"] == "mandatory"
    assert shown["jurisdiction"]["elder_abuse_reporting_age"] == 60


def test_unrealistic_values_are_refused(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "v"
    assert init_vault(folder).code == 0
    result = cli(capsys, monkeypatch, "practice", "update", "--vault", str(folder),
                 "--age-of-consent-for-treatment", "0")
    assert result.code == ExitCode.USAGE
    assert "The age of consent for treatment must be between 1 and 30." in result.err
    shown = cli(capsys, monkeypatch, "practice", "show", "--vault", str(folder), "--json").json()
    assert shown["jurisdiction"]["age_of_consent_for_treatment"] == 18


# --- the same checks as the app and `decision settings` (found: practice update saved them) ----
@pytest.mark.parametrize(
    ("practice_flag", "decision_flag", "value", "sentence"),
    [
        ("--elder-abuse-reporting-age", "--elder-abuse-age", "5",
         "The elder-abuse reporting age must be between 40 and 100."),
        ("--elder-abuse-reporting-age", "--elder-abuse-age", "101",
         "The elder-abuse reporting age must be between 40 and 100."),
        ("--elder-abuse-scope", "--elder-abuse-scope", "  ", "The elder-abuse scope must not be empty."),
        ("--name", "--jurisdiction-name", "", "The jurisdiction name must not be empty."),
        ("--name", "--jurisdiction-name", "Texas\nline two", "The jurisdiction name contains a line break"),
        ("--age-of-consent-for-treatment", "--age-of-consent", "31",
         "The age of consent for treatment must be between 1 and 30."),
    ],
)
def test_practice_update_refuses_what_decision_settings_refuses_with_the_same_sentence(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
    practice_flag: str, decision_flag: str, value: str, sentence: str,
) -> None:
    folder = tmp_path / "v"
    assert init_vault(folder).code == 0
    v = ["--vault", str(folder)]
    before = cli(capsys, monkeypatch, "practice", "show", *v, "--json").json()
    by_practice = cli(capsys, monkeypatch, "practice", "update", *v, practice_flag, value, "--phone", "555-0100")
    by_decision = cli(capsys, monkeypatch, "decision", "settings", *v, decision_flag, value)
    assert by_practice.code == by_decision.code == ExitCode.USAGE
    assert sentence in by_practice.err and by_practice.err == by_decision.err
    assert cli(capsys, monkeypatch, "practice", "show", *v, "--json").json() == before  # nothing saved


def test_retention_is_set_as_a_policy_not_as_a_practice_setting(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Found: `practice update --retention-adult-years 3` after `retention set --preset CA` kept
    the policy's name and statute, and wrote no retention.policy_set entry."""
    folder = tmp_path / "v"
    assert init_vault(folder).code == 0
    v = ["--vault", str(folder)]
    assert cli(capsys, monkeypatch, "retention", "set", *v, "--preset", "CA").code == 0
    before = cli(capsys, monkeypatch, "practice", "show", *v, "--json").json()
    for flag in ("--retention-adult-years", "--retention-minor-years-after-majority", "--age-of-majority"):
        refused = cli(capsys, monkeypatch, "practice", "update", *v, flag, "21")
        assert refused.code == ExitCode.USAGE and "vault-app retention set" in refused.err, refused.err
    assert cli(capsys, monkeypatch, "practice", "show", *v, "--json").json() == before
    # The same value as now is no change, so the rest of the update is saved.
    same = cli(capsys, monkeypatch, "practice", "update", *v, "--age-of-majority", "18", "--phone", "555-0100")
    assert same.code == 0, same.err
    assert cli(capsys, monkeypatch, "retention", "set", *v, "--adult-years", "10").code == 0
    policy = cli(capsys, monkeypatch, "retention", "show", *v, "--json").json()["policy"]
    assert (policy["adult_years"], policy["name"]) == (10, "Custom (based on California: psychologists)")
    assert policy["source"].startswith("Custom values set by the therapist")


def test_an_unknown_locale_is_refused_not_saved_as_the_default(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "v"
    assert init_vault(folder).code == 0
    v = ["--vault", str(folder)]
    assert cli(capsys, monkeypatch, "practice", "update", *v, "--locale", "en-GB").code == 0
    refused = cli(capsys, monkeypatch, "practice", "update", *v, "--locale", "xx_ZZ", "--phone", "555-0100")
    assert refused.code == ExitCode.USAGE and "That locale is not known" in refused.err
    shown = cli(capsys, monkeypatch, "practice", "show", *v, "--json").json()
    assert (shown["locale"], shown["phone"]) == ("en_GB", "")

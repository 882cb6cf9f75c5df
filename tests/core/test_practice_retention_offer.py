"""`practice update --license-state` says the retention rule in force and offers the state's preset,
the one the first-run wizard applies by default (walk-NY round 36: a New York practice set up from
the CLI stayed under the APA guideline, a minor's chart eligible at 21 instead of 22)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.cli_helpers import cli, init_vault
from vault_app.domain.retention_presets import BY_KEY, preset_for, state_offer

APA = BY_KEY["apa"]
APA_NUMBERS = (APA.adult_years, APA.minor_years_after_majority, 18)


@pytest.mark.parametrize(
    ("state", "credentials", "policy", "numbers", "offered"),
    [
        ("NY", "PhD", APA.name, APA_NUMBERS, ("NY",)),
        ("ny", "", APA.name, APA_NUMBERS, ("NY",)),
        ("CA", "LMFT", APA.name, APA_NUMBERS, ("CA-MFT",)),
        ("CA", "", APA.name, APA_NUMBERS, ("CA", "CA-MFT", "CA-LEP", "CA-LCSW", "CA-LPCC")),
        ("PA", "", APA.name, APA_NUMBERS, ("PA",)),
        # The state's rule in force: nothing to offer.
        ("NY", "PhD", BY_KEY["NY"].name, (6, 4, 18), ()),
        # Kept shorter than New York's rule (custom, based on it): offered again.
        ("NY", "PhD", f"Custom (based on {BY_KEY['NY'].name})", (5, 4, 18), ("NY",)),
        # A state without a preset, and no state: nothing the app could apply.
        ("TX", "LPC", APA.name, APA_NUMBERS, ()),
        ("", "PhD", APA.name, APA_NUMBERS, ()),
    ],
)
def test_state_offer(state: str, credentials: str, policy: str, numbers: tuple[int, int, int],
                     offered: tuple[str, ...]) -> None:
    assert tuple(p.key for p in state_offer(state, credentials, policy, numbers)) == offered


def test_the_offer_is_the_preset_the_wizard_applies() -> None:
    # The wizard's default (gui/create_wizard_about.retention_preset) is preset_for on a new vault.
    for state, credentials in (("NY", "LCSW"), ("CA", "PsyD"), ("CA", "LPCC"), ("CT", "")):
        found = preset_for(state, credentials)
        assert found is not None
        assert state_offer(state, credentials, APA.name, APA_NUMBERS) == (found,)


def _update(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, folder: Path,
            *flags: str) -> str:
    result = cli(capsys, monkeypatch, "practice", "update", "--vault", str(folder),
                 "--clinician-name", "Dana Reyes", "--license-number", "012345", *flags)
    assert result.code == 0, result.err
    return result.out


def test_new_york_is_offered_with_its_command_then_said_in_force(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    folder = tmp_path / "v"
    assert init_vault(folder).code == 0
    out = _update(capsys, monkeypatch, folder, "--license-state", "NY", "--credentials", "PhD")
    assert f"Retention rule in force: {APA.name}: adults 7 years" in out
    assert "Your license state (NY) has a retention rule the app can apply" in out
    assert "8 NYCRR 29.2(a)(3)" in out
    assert "To use it: vault-app retention set --preset NY" in out
    assert cli(capsys, monkeypatch, "retention", "set", "--vault", str(folder), "--preset", "NY").code == 0
    out = _update(capsys, monkeypatch, folder, "--license-state", "NY")
    assert f"Retention rule in force: {BY_KEY['NY'].name}: adults 6 years" in out
    assert "retention set --preset" not in out


def test_california_offers_the_license_s_preset(capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    folder = tmp_path / "v"
    assert init_vault(folder).code == 0
    out = _update(capsys, monkeypatch, folder, "--license-state", "CA", "--credentials", "LMFT")
    assert "To use it: vault-app retention set --preset CA-MFT" in out
    assert "Cal. Bus. & Prof. Code 4980.49" in out
    assert "8 NYCRR" not in out


def test_a_state_without_a_preset_is_told_the_apa_guideline_is_not_its_law(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    folder = tmp_path / "v"
    assert init_vault(folder).code == 0
    out = _update(capsys, monkeypatch, folder, "--license-state", "TX")
    assert f"Retention rule in force: {APA.name}" in out
    assert "The app has no preset for TX" in out
    assert "retention set --preset" not in out


def test_an_update_not_about_the_state_says_nothing_of_retention(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    folder = tmp_path / "v"
    assert init_vault(folder).code == 0
    out = _update(capsys, monkeypatch, folder, "--phone", "555-0100")
    assert "Retention rule in force" not in out

"""`practice update --license-state CA` and `decision settings` propose California's minors'
consent rule with its section and conditions, and apply it only with --minor-consent-rule
(walker, round 33: the CLI printed the federal baseline, 18, for a California practice)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.cli_helpers import cli, init_vault
from vault_app.domain.errors import ExitCode


def test_proposed_then_applied_only_when_asked(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "v"
    assert init_vault(folder).code == 0
    v = ["--vault", str(folder)]
    saved = cli(capsys, monkeypatch, "practice", "update", *v, "--clinician-name", "Jordan Lee",
                "--license-state", "CA", "--license-number", "A1")
    assert saved.code == ExitCode.OK
    assert "Cal. Fam. Code 6924(b)" in saved.out and "--minor-consent-rule CA" in saved.out
    shown = cli(capsys, monkeypatch, "decision", "settings", *v, "--json").json()
    assert shown["age_of_consent_for_treatment"] == 18  # proposed, not applied
    assert "Conditions:" in cli(capsys, monkeypatch, "decision", "settings", *v).out
    applied = cli(capsys, monkeypatch, "decision", "settings", *v, "--minor-consent-rule", "CA", "--json").json()
    assert applied["age_of_consent_for_treatment"] == 12 and "124260" in applied["minor_consent_source"]
    now = cli(capsys, monkeypatch, "decision", "settings", *v).out
    assert "--minor-consent-rule" not in now  # in force now
    # Named after the rule applied, not "US federal baseline" beside California's age (walker, finding 6); no
    # date beside "not checked" that reads as the day it was verified; the rule is per chart.
    assert "Jurisdiction: California minors' consent rule applied; other settings: federal baseline" in now
    assert "NOT verified" not in now and "chart by chart" in now and "--care-consented-by" in now

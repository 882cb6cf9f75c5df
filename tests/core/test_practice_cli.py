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
        "--retention-adult-years",
        "10",
    )
    assert result.code == 0, result.err
    shown = cli(capsys, monkeypatch, "practice", "show", "--vault", str(folder), "--json").json()
    assert shown["practice_name"] == "Quiet Harbor" and shown["phone"] == "555-0100"
    assert shown["jurisdiction"]["duty_to_warn"] == "mandatory"
    assert shown["jurisdiction"]["retention_adult_years"] == 10


def test_unrealistic_values_are_refused(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "v"
    assert init_vault(folder).code == 0
    result = cli(capsys, monkeypatch, "practice", "update", "--vault", str(folder), "--age-of-majority", "3")
    assert result.code == ExitCode.USAGE
    assert "realistic" in result.err
    shown = cli(capsys, monkeypatch, "practice", "show", "--vault", str(folder), "--json").json()
    assert shown["jurisdiction"]["age_of_majority"] == 18

"""note list --older-than DAYS belongs to --unsigned (found: without --unsigned it was
silently ignored and the chart's notes were listed as if it had not been typed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.cli_helpers import cli, init_vault
from vault_app.domain.errors import ExitCode


def test_older_than_without_unsigned_is_refused_naming_unsigned(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "v"
    assert init_vault(folder).code == 0
    v = ["--vault", str(folder)]
    client = cli(capsys, monkeypatch, "client", "add", "Test Client", *v, "--json")
    assert client.code == 0, client.err
    chart = client.json()["client"]["chart_number"]
    refused = cli(capsys, monkeypatch, "note", "list", chart, "--older-than", "3", *v)
    assert refused.code == ExitCode.USAGE == 2 and refused.out == ""
    assert "--older-than works only with --unsigned" in refused.err
    listed = cli(capsys, monkeypatch, "note", "list", chart, "--unsigned", "--older-than", "3", *v)
    assert listed.code == 0, listed.err
    assert cli(capsys, monkeypatch, "note", "list", chart, *v).code == 0

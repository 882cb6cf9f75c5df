"""destroy --permission-file: the signed permission must be a scan within the scans' size
limit; another file is refused in words, exit 2, and the chart stays (it was read whole)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.core.cli_helpers import cli, init_vault
from vault_app.domain.errors import ExitCode


def wrong_file(tmp_path: Path, what: str) -> tuple[Path, str]:
    path = tmp_path / f"request-{what}"
    if what == "huge":
        path.write_bytes(b"%PDF-1.4\n")
        os.truncate(path, 26 * 1024 * 1024)  # sparse: no disk used, but 26 MiB to read
        return path, "too large"
    path.write_text("Please destroy my records.\n", encoding="utf-8")
    return path, "not a PDF, PNG or JPEG scan"


def test_the_command_line_refuses_a_permission_file_that_is_no_scan(capsys: pytest.CaptureFixture[str],
                                                                    monkeypatch: pytest.MonkeyPatch,
                                                                    tmp_path: Path) -> None:
    folder = str(tmp_path / "v")
    assert init_vault(Path(folder)).code == 0
    made = cli(capsys, monkeypatch, "client", "add", "Kept Foryears", "--vault", folder, "--json")
    chart = made.json()["client"]["chart_number"]
    for what in ("huge", "text"):
        chosen, said = wrong_file(tmp_path, what)
        refused = cli(capsys, monkeypatch, "destroy", "--vault", folder, "--client", chart, "--basis", "permission",
                      "--permission-file", str(chosen), "--confirm", chart, "--early-reason", "client moved abroad")
        assert refused.code == ExitCode.USAGE and said in refused.err, refused.err
    assert cli(capsys, monkeypatch, "client", "show", chart, "--vault", folder).code == 0

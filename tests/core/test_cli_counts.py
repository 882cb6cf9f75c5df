"""Counts at the command line. Found: `note list C --limit 0` said "No notes." for a chart
with notes, and `--limit -2` listed every note (SQLite reads a negative LIMIT as none)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.cli_helpers import cli, cli_in_process
from vault_app.domain.errors import ExitCode
from vault_app.services import clients, notes
from vault_app.services.vault import Vault


@pytest.mark.parametrize("limit", ["0", "-2", "two"])
def test_a_limit_below_one_is_a_usage_error(limit: str, vault: Vault, vault_dir: Path,
                                            capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    chart = clients.create_client(vault, "Lim Itless")
    for day in ("2026-11-02", "2026-11-09", "2026-11-16"):
        notes.create_progress_note(vault, chart.client_id, template="soap", text="Weekly session.", note_date=day)
    vault.lock()
    v = ("--vault", str(vault_dir))
    refused = cli_in_process("note", "list", chart.chart_number, "--limit", limit, *v)
    assert refused.code == ExitCode.USAGE and "must be a whole number of 1 or more" in refused.err
    assert refused.out == ""
    two = cli(capsys, monkeypatch, "note", "list", chart.chart_number, "--limit", "2", *v, "--json")
    assert two.code == 0 and len(two.json()) == 2


def test_a_limit_keeps_the_newest_psychotherapy_notes_too(psy_vault: Vault, vault_dir: Path,
                                                          capsys: pytest.CaptureFixture[str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    # Found reading `note list --help` for its help texts: with --kind psychotherapy every
    # note was listed, whatever --limit said.
    chart = clients.create_client(psy_vault, "Lim Itless")
    for day in ("2026-11-02", "2026-11-09", "2026-11-16"):
        notes.create_psychotherapy_note(psy_vault, chart.client_id, "Process notes.", note_date=day)
    psy_vault.lock()
    listed = cli(capsys, monkeypatch, "note", "list", chart.chart_number, "--kind", "psychotherapy",
                 "--limit", "2", "--vault", str(vault_dir), "--json")
    assert listed.code == 0
    assert [n["note_date"] for n in listed.json()] == ["2026-11-16", "2026-11-09"]

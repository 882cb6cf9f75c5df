"""Chart numbers as people type them. Found: `client show demo-00002` (for DEMO-00002) said
"No client or case with that id or chart number." with nothing more."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.cli_helpers import cli
from vault_app.domain.errors import ExitCode
from vault_app.services import clients
from vault_app.services.vault import Vault


def test_a_chart_number_in_lower_case(vault: Vault, vault_dir: Path, capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    client = clients.create_client(vault, "Lowe Case", chart_number="LC-0042")
    twin_a = clients.create_client(vault, "Twin A", chart_number="Tw-1")
    clients.create_client(vault, "Twin B", chart_number="TW-1")
    vault.lock()
    v = ("--vault", str(vault_dir), "--json")
    shown = cli(capsys, monkeypatch, "client", "show", "lc-0042", *v)
    assert shown.code == 0, shown.err
    assert shown.json()["client"]["client_id"] == client.client_id
    exact = cli(capsys, monkeypatch, "client", "show", "Tw-1", *v)
    assert exact.code == 0 and exact.json()["client"]["client_id"] == twin_a.client_id  # an exact match wins
    ambiguous = cli(capsys, monkeypatch, "client", "show", "tw-1", "--vault", str(vault_dir))
    assert ambiguous.code == ExitCode.USAGE and "More than one chart number matches" in ambiguous.err
    missing = cli(capsys, monkeypatch, "client", "show", "LC-0043", "--vault", str(vault_dir))
    assert missing.code == ExitCode.NOT_FOUND and "'vault-app client list' shows every chart number" in missing.err

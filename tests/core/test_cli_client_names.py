"""The command line names clients as the client list does. Found by a walker on the merged main:
`client list` printed two "Sam Rivers" rows identically (the window adds the birth year, and the legal
name beside a different preferred one), and `request list` named the client by internal id, not by
chart number. Real vault, the CLI in process."""

from __future__ import annotations

import pytest

from tests.core.cli_helpers import cli
from vault_app.services import clients, requests
from vault_app.services.vault import Vault


def _lines(out: str) -> dict[str, str]:
    return {line.split()[0]: line for line in out.splitlines() if line.strip()}


def test_client_list_tells_the_same_names_apart(vault: Vault, capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    clients.create_client(vault, "Sam Rivers", chart_number="C-1", date_of_birth="1984-03-02")
    clients.create_client(vault, "Sam Rivers", chart_number="C-2", date_of_birth="1991-07-09")
    clients.create_client(vault, "Daniel Fernández", chart_number="C-3", preferred_name="Dan",
                          date_of_birth="1990-01-01")
    clients.create_client(vault, "Ana Reyes", chart_number="C-4", date_of_birth="1970-01-01")
    folder = str(vault.folder)
    vault.lock()
    listed = cli(capsys, monkeypatch, "client", "list", "--vault", folder)
    assert listed.code == 0, listed.err
    rows = _lines(listed.out)
    assert "Sam Rivers, born 1984" in rows["C-1"] and "Sam Rivers, born 1991" in rows["C-2"]
    assert "Dan (Daniel Fernández)" in rows["C-3"]
    assert "Ana Reyes " in rows["C-4"] and "born" not in rows["C-4"]  # a name no other row has: as it was


def test_request_list_names_the_client_by_chart_number(vault: Vault, capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    client = clients.create_client(vault, "Sam Rivers", chart_number="C-7", date_of_birth="1984-03-02")
    requests.add_request(vault, client.client_id, kind="access", received_on="2026-12-01",
                         description="a copy of the notes")
    folder = str(vault.folder)
    vault.lock()
    listed = cli(capsys, monkeypatch, "request", "list", "--vault", folder)
    assert listed.code == 0, listed.err
    assert " chart C-7 received " in listed.out and client.client_id not in listed.out
    data = cli(capsys, monkeypatch, "request", "list", "--json", "--vault", folder).json()
    assert data[0]["chart_number"] == "C-7" and data[0]["client_id"] == client.client_id

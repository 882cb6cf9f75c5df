"""The treatment plan and attached documents that no access copy holds: the app says how to give
them, the complete open export under the client's own access request, which holds both (found by
a walker: the request said "Print them from the chart", and the chart has no way to print either;
the only way was the open export, never named). Real vault, real PDFs."""

from __future__ import annotations

from pathlib import Path

from tests.core import disclosure_fixtures as fx
from tests.core.test_access_copy_outside_parts import _request
from vault_app.services import access_copy, clients
from vault_app.services.vault import Vault


def test_the_parts_no_copy_holds_are_pointed_to_the_complete_open_export(vault: Vault, tmp_path: Path) -> None:
    client_id, rid = _request(vault, plan=True, attached=True)
    result = access_copy.grant_with_copy(vault, rid, folder=tmp_path, password=fx.PASSWORD)
    summary = result.summary()
    chart = clients.get_client(vault, client_id).chart_number
    assert f"vault-app open-export --client {chart} --basis client_access --request {rid}" in summary, summary
    assert "Print them from the chart" not in summary
    assert f"request paper-given {rid}" in summary  # recorded as given once it is made

"""The request's window says why an open export under the request did not give the plan and the
documents: one logged before the ledger said what it held is not counted (never guessed from its
English description), and a part changed after the export is named. Real vault, real window."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.domain.disclosure import Recipient
from vault_app.gui.controller import AppController
from vault_app.gui.requests_dialog import RequestDetailDialog
from vault_app.services import access_copy, attachments, disclosure_gate, export, plans, requests

pytestmark = pytest.mark.gui


def test_an_older_open_export_is_said_not_counted(unlocked_app: AppController, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    plans.update_plan(vault, chart.client_id, problems="Panic attacks", goals=[{"description": "Fewer attacks"}])
    attachments.add_attachment(vault, chart.client_id, fx.SCAN, kind="consent", filename="consent.pdf")
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3))
    access_copy.grant_with_copy(vault, q.id, folder=tmp_path, password=fx.PASSWORD)
    old = fx.request(chart.client_id, basis="client_access", evidence={"request_id": q.id, "guardian_id": ""},
                     recipient=Recipient("Alex Testclient"), purpose="own copy")
    export.deliver(vault, [(old, disclosure_gate.check(vault, old), "old")], b"%PDF-1.7\n",
                   out=tmp_path / "old.pdf", fmt="open-export-pdf")
    detail = RequestDetailDialog(unlocked_app, q.id)
    qtbot.addWidget(detail)
    detail.show()
    qtbot.waitUntil(lambda: detail.paper.isVisible(), timeout=10_000)
    said = detail.paper.label.text()
    assert "Still to give: treatment plan, attached documents" in said
    assert "is not counted: it was made before the app recorded what an export holds" in said, said
    detail.close()
    wait_ops(qtbot)

"""Dashboard data: requests due soon or overdue, authorizations expiring, deliveries to settle."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain.errors import DiskFull
from vault_app.services import dashboard, export, requests
from vault_app.services.vault import Vault


def test_dashboard_lists_what_needs_attention(vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    chart = fx.make_chart(vault, n=1)
    overdue = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(40))
    soon = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(26))
    later = requests.add_request(vault, chart.client_id, kind="amendment", received_on=fx.days_ago(1),
                                 note_ids=tuple(chart.progress))
    accounting_req = requests.add_request(vault, chart.client_id, kind="accounting", received_on=fx.days_ago(2))
    done = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(45))
    requests.grant_request(vault, done.id)
    expiring = fx.add_auth(vault, chart.client_id, expires_on=fx.today() + timedelta(days=20))
    fx.add_auth(vault, chart.client_id, expires_on=fx.today() + timedelta(days=90))

    def disk_full(path: Path, data: bytes) -> None:
        raise DiskFull("The disk is full while writing the export.")

    monkeypatch.setattr(export, "_write_out", disk_full)
    with pytest.raises(DiskFull):
        export.export(vault, fx.request(chart.client_id, note_ids=tuple(chart.progress), authorization_id=expiring.id),
                      out=tmp_path / "x.pdf", password=fx.PASSWORD)

    data = dashboard.summary(vault, on=fx.today())  # the day the expectations count from, not the app's clock
    assert [i.request_id for i in data.requests_overdue] == [overdue.id]
    assert data.requests_overdue[0].days_left == -10
    assert [i.request_id for i in data.requests_due_soon] == [soon.id]
    assert later.id not in {i.request_id for i in data.requests_due_soon + data.requests_overdue}
    assert [i.request_id for i in data.accounting_requests_open] == [accounting_req.id]
    assert [a.authorization_id for a in data.authorizations_expiring] == [expiring.id]
    assert data.authorizations_expiring[0].days_left == 20
    assert [d.status for d in data.deliveries_needing_attention] == ["not_delivered"]
    assert data.attention_count == 4
    dumped = str(data.as_dict())
    assert "Testclient" not in dumped and "Rivera" not in dumped

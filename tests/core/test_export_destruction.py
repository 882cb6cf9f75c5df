"""Destroying a chart removes its disclosure-side rows too (every table keys on client_id),
while the ledger keeps the disclosure entries the destruction certificate lists."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.destruction_helpers import seed_chart
from tests.core.request_recorded_then import recorded_then
from vault_app.services import accounting, destruction, export, requests
from vault_app.services.vault import Vault

TABLES = ("authorizations", "disclosures", "disclosure_evidence", "accounting_suspensions", "client_requests",
          "request_letters")


def _rows(vault: Vault, client_id: str) -> dict[str, int]:
    return {t: int(vault.records.query_one(f"SELECT count(*) FROM {t} WHERE client_id = ?", (client_id,))[0])
            for t in TABLES}


def test_destruction_clears_disclosure_tables(psy_vault: Vault, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    recorded_then(monkeypatch, date(2010, 2, 3))  # the 2010 request recorded the day it came
    fx.set_practice(psy_vault)
    chart = seed_chart(psy_vault, "D")
    keep = seed_chart(psy_vault, "K")
    for client_id in (chart.client_id, keep.client_id):
        fx.add_auth(psy_vault, client_id, signed_on=date(2010, 1, 5), expires_on=date(2011, 1, 5))
        export.record_manual(psy_vault, fx.request(
            client_id, basis="court_order", manual=True, recipient=fx.Recipient("Court"), purpose="order",
            evidence={"judge": "J", "court": "C", "case_number": "1", "order_date": "2010-02-01",
                      "covers": ["progress"]}, on=date(2010, 2, 2)), description="copy mailed", channel="mail")
        q = requests.add_request(psy_vault, client_id, kind="access", received_on=date(2010, 2, 3))
        requests.deny_request(psy_vault, q.id, grounds=["endangerment"], decided_on=date(2010, 2, 10))
        accounting.add_suspension(psy_vault, client_id, agency="Police", starts_on=date(2010, 3, 1),
                                  ends_on=date(2010, 4, 1))
    assert all(n >= 1 for n in _rows(psy_vault, chart.client_id).values())
    cert = destruction.destroy(psy_vault, chart.chart_number, basis="retention", confirm=chart.chart_number)
    assert cert["verification"]["result"] == "passed"
    assert _rows(psy_vault, chart.client_id) == dict.fromkeys(TABLES, 0)
    assert all(n >= 1 for n in _rows(psy_vault, keep.client_id).values())
    # The ledger still remembers what left the practice, for the certificate and any later question.
    assert [r.recipient.name for r in export.disclosures(psy_vault, chart.client_id)] == ["Court"]
    assert any(str(c.get("id", "")).startswith("D-") for c in cert["copies_beyond_reach"]["disclosed_copies"])

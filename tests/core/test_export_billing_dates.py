"""The billing table of an exported PDF writes its days as the rest of the page does: its
reader's (domain/document_dates). Found on the real app (a practice in Spain): the cover said
"born 18/03/1958" and "07/08/2026 to 23/10/2026" above a table of 1958-03-18 and 2026-08-07."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pikepdf
import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.services import export, practice, requests
from vault_app.services.vault import Vault

BORN = "1958-03-18"


def _billing_page(out: Path) -> str:
    [page] = [p for p in fx.pdf_text(out) if "Billing information" in p]
    return page


# The client's copy writes the practice's days (the client reads it: domain/document_dates.sent_day),
# a payer's US days (NUCC 1500 manual).
@pytest.mark.parametrize(("basis", "pattern"), (("client_access", "%d/%m/%Y"), ("payment", "%m/%d/%Y")))
def test_billing_table_days_are_the_readers(vault: Vault, tmp_path: Path, basis: str, pattern: str) -> None:
    chart = fx.make_chart(vault, n=2, date_of_birth=BORN)
    practice.update(vault, locale="es_ES")
    if basis == "client_access":
        asked = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3),
                                     description="copy of my bills")
        how = {"basis": "client_access", "evidence": {"request_id": asked.id},
               "recipient": fx.Recipient("Alex Testclient", "home"), "purpose": "at the request of the individual"}
    else:
        how = {"basis": "payment", "recipient": fx.Recipient("Acme Health Plan", "PO Box 1"), "purpose": "claim"}
    out = tmp_path / "billing.pdf"
    export.export(vault, fx.request(chart.client_id, kind="billing", note_ids=tuple(chart.sessions), **how),
                  out=out, password=fx.PASSWORD)  # type: ignore[arg-type]
    page = _billing_page(out)
    days = [*chart.note_days]
    assert date.fromisoformat(BORN).strftime(pattern) in page, page
    assert all(day.strftime(pattern) in page for day in days), page
    other = "%Y-%m-%d"  # ISO, which neither writes on its page
    assert not any(day.strftime(other) in page for day in (date.fromisoformat(BORN), *days)), page
    if basis == "client_access":
        # The machine-readable copy beside it keeps ISO 8601, as every JSON the app writes.
        with pikepdf.open(out, password=fx.PASSWORD) as doc:
            data = json.loads(doc.attachments["record.json"].get_file().read_bytes())
        assert {row["date_of_service"] for row in data["billing"]} == {d.isoformat() for d in days}

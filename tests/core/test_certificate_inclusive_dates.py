"""The certificate's inclusive dates of a chart with no sessions or notes (an imported chart, its
last contact known): found by a walker, the PDF said "Inclusive dates ? to ?" though the chart's
last contact (2012-03-15) was recorded. The chart's own contact dates count; a chart with no date
at all says so in words, never "?"."""

from __future__ import annotations

import io
import re
from datetime import date
from typing import Any

import pypdf

from tests.core.destruction_helpers import seed_chart
from vault_app.services import certificates, destruction, retention
from vault_app.services.certificate_pdf import render
from vault_app.services.vault import Vault
from vault_app.storage import clinical_clients


def _printed(document: dict[str, Any]) -> str:
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(render(document))).pages)
    return re.sub(r"\s+", " ", text)


def _destroyed(vault: Vault, tag: str, last_contact: date | None) -> dict[str, Any]:
    retention.set_policy(vault, adult_years=1, minor_years_after_majority=1)
    chart = seed_chart(vault, tag, progress=0, psychotherapy=0)
    if last_contact is not None:
        clinical_clients.touch_last_contact(vault.records, chart.client_id, last_contact)
    body = destruction.destroy(vault, chart.chart_number, basis="override",
                               override_reason="an imported chart the walker destroyed early",
                               confirm=chart.chart_number)
    return certificates.signed_document(vault, body["certificate_id"])


def test_a_chart_without_notes_is_dated_by_its_last_contact(psy_vault: Vault) -> None:
    document = _destroyed(psy_vault, "L", date(2012, 3, 15))
    assert document["certificate"]["records"]["inclusive_dates"] == {"from": "2012-03-15", "to": "2012-03-15"}
    text = _printed(document)
    assert "? to ?" not in text
    assert re.search(r"Inclusive dates \S*2012\S* to \S*2012", text), text


def test_a_chart_with_no_date_at_all_says_so(psy_vault: Vault) -> None:
    document = _destroyed(psy_vault, "Z", None)
    assert document["certificate"]["records"]["inclusive_dates"] == {"from": None, "to": None}
    text = _printed(document)
    assert "? to ?" not in text
    assert "Inclusive dates not recorded" in text, text


def test_a_chart_with_sessions_keeps_their_span(psy_vault: Vault) -> None:
    retention.set_policy(psy_vault, adult_years=1, minor_years_after_majority=1)
    chart = seed_chart(psy_vault, "S", last_contact=date(2012, 7, 9), progress=2, psychotherapy=0)
    body = destruction.destroy(psy_vault, chart.chart_number, basis="retention", confirm=chart.chart_number)
    document = certificates.signed_document(psy_vault, body["certificate_id"])
    assert document["certificate"]["records"]["inclusive_dates"] == {"from": "2012-07-08", "to": "2012-07-09"}

"""Outcome measures in a disclosure: only when "measures" is selected, only within the
selected notes' dates, through the gate like the notes they go with, the ledger entry naming
their ids; the PDF carries each instrument's trend chart (drawn, not an image) and table."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pikepdf
import pytest

from tests.core import disclosure_fixtures as fx
from tests.local_clock import us_day
from vault_app.domain.disclosure import Verdict
from vault_app.domain.errors import RefusedByPolicy
from vault_app.services import clients, export, measures, notes, practice
from vault_app.services.pdf_export import ExportContent, render_json
from vault_app.services.vault import Vault


def _chart_with_measures(vault: Vault) -> tuple[fx.Chart, list[str]]:
    chart = fx.make_chart(vault, n=3)
    ids = []
    for i, (day, session) in enumerate(zip(chart.note_days, chart.sessions, strict=True)):
        r = measures.record_measure(vault, chart.client_id, "phq9", [3 - i, 2, 2, 2, 2, 1, 1, 1, 1 if i == 2 else 0],
                                    session_id=session)
        ids.append(r.measure.measure_id)
        assert r.measure.taken_on == day
    # Outside every note's dates: never goes out with them.
    measures.record_measure(vault, chart.client_id, "gad7", [1] * 7, taken_on=chart.note_days[0] - timedelta(days=9))
    return chart, ids


def test_selected_measures_go_out_with_the_notes_and_are_logged(vault: Vault, tmp_path: Path) -> None:
    chart, ids = _chart_with_measures(vault)
    auth = fx.add_auth(vault, chart.client_id)
    out = tmp_path / "with-measures.pdf"
    result = export.export(vault, fx.request(chart.client_id, note_ids=tuple(chart.progress), authorization_id=auth.id,
                                             fields=("measures",)), out=out, password=fx.PASSWORD)
    assert "with 3 outcome measure results" in result.description
    [entry] = vault.ledger.entries(kinds=("disclosure",))
    assert entry.payload["extra"]["measure_ids"] == ids  # ids only: no answers or scores
    assert "total" not in json.dumps(entry.payload["extra"])
    pages = fx.pdf_text(out)
    text = "\n".join(pages)
    # The notes in full (naming only "measures" keeps every part of the note) ...
    assert all(marker in text for marker in chart.progress_markers) and "Improving." in text
    # ... then a page per instrument with its chart and table; the GAD-7 outside the dates stays home.
    [page] = [p for p in pages if "Outcome measures: PHQ-9" in p]
    assert "reliable improvement (-5)" in page and "moderately severe" in page and "Kroenke" in page
    # the chart's axis and the table's days as the rest of the document writes them (ISO: a page
    # sent out, domain/document_dates.sent_day)
    assert all(page.count(day.isoformat()) == 2 for day in chart.note_days), page
    assert not any(us_day(day) in page for day in chart.note_days), page
    assert "GAD-7" not in text
    # Drawn with vector primitives: band rectangles filled in their colours.
    index = next(i for i, p in enumerate(pages) if "Outcome measures: PHQ-9" in p)
    with pikepdf.open(out, password=fx.PASSWORD) as doc:
        contents = doc.pages[index].Contents
        parts = list(contents) if isinstance(contents, pikepdf.Array) else [contents]
        stream = b"".join(part.read_bytes() for part in parts)
    assert stream.count(b" re f") >= 5  # five filled band rectangles
    assert b"0.7882 0.9098 0.7961 rg" in stream  # the minimal band's fill colour (201, 232, 203)
    assert b"[3.402 2.268] 0.000 d" in stream  # the dashed reliable-change lines (1.2 mm dash, 0.8 mm gap)

    if shutil.which("pdftoppm") and shutil.which("qpdf"):
        plain = tmp_path / "plain.pdf"
        subprocess.run(["qpdf", f"--password={fx.PASSWORD}", "--decrypt", str(out), str(plain)], check=True)
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", str(index + 1), "-l", str(index + 1), str(plain),
                        str(tmp_path / "page")], check=True)
        assert list(tmp_path.glob("page*.png"))


@pytest.mark.parametrize(("locale", "pattern"), (("en_US", "%m/%d/%Y"), ("en_GB", "%d/%m/%Y")))
def test_the_charts_axis_writes_the_pages_days(vault: Vault, tmp_path: Path, locale: str, pattern: str) -> None:
    """Found by the helpers: the chart's date axis in the PDF said 2025-03-13 under a table
    that said 03/13/2025. Both now write the page's ISO days whatever the practice (a page sent
    out: domain/document_dates); the practice's own form is nowhere. Days after the 12th."""
    days = (date(2025, 3, 13), date(2025, 3, 27), date(2025, 4, 14))
    practice.update(vault, locale=locale)
    client = clients.create_client(vault, "Perrin Ashgrove")
    ids = []
    for i, day in enumerate(days):
        note = notes.create_progress_note(vault, client.client_id, template="soap", note_date=day,
                                          sections={"subjective": "Steadier.", "plan": "Weekly."})
        notes.sign_note(vault, note.note_id)
        ids.append(note.note_id)
        measures.record_measure(vault, client.client_id, "gad7", [2 - i] * 7, taken_on=day)
    auth = fx.add_auth(vault, client.client_id)
    out = tmp_path / "measures.pdf"
    export.export(vault, fx.request(client.client_id, note_ids=tuple(ids), authorization_id=auth.id,
                                    fields=("measures",)), out=out, password=fx.PASSWORD)
    [page] = [p for p in fx.pdf_text(out) if "Outcome measures: GAD-7" in p]
    # Each day twice: under its point on the axis and in the table below the chart.
    assert all(page.count(day.isoformat()) == 2 for day in days), page
    assert not any(day.strftime(pattern) in page for day in days), page


def test_measures_stay_home_unless_selected(vault: Vault, tmp_path: Path) -> None:
    chart, _ = _chart_with_measures(vault)
    auth = fx.add_auth(vault, chart.client_id)
    result = export.export(vault, fx.request(chart.client_id, note_ids=tuple(chart.progress), authorization_id=auth.id),
                           out=tmp_path / "notes.pdf", password=fx.PASSWORD)
    assert "outcome measure" not in result.description
    assert not any("Outcome measures" in p for p in fx.pdf_text(tmp_path / "notes.pdf"))
    [entry] = vault.ledger.entries(kinds=("disclosure",))
    assert "measure_ids" not in json.dumps(entry.payload)


def test_a_refused_export_takes_no_measures(vault: Vault, tmp_path: Path) -> None:
    chart, _ = _chart_with_measures(vault)
    auth = fx.add_auth(vault, chart.client_id, covers=["billing"])
    with pytest.raises(RefusedByPolicy):
        export.export(vault, fx.request(chart.client_id, note_ids=tuple(chart.progress), authorization_id=auth.id,
                                        fields=("measures",)), out=tmp_path / "x.pdf", password=fx.PASSWORD)
    assert not (tmp_path / "x.pdf").exists() and vault.ledger.entries(kinds=("disclosure",)) == []


def test_client_access_json_carries_fhir_responses(vault: Vault, tmp_path: Path) -> None:
    chart, ids = _chart_with_measures(vault)
    content = ExportContent(
        disclosure_id="D-1", day=fx.today(), profile=practice.load(vault),
        client=clients.get_client(vault, chart.client_id),
        request=fx.request(chart.client_id, fields=("measures",)), verdict=Verdict(True, ()), description="",
        basis_summary="", measures=measures.list_measures(vault, chart.client_id, instrument="phq9"))
    data = json.loads(render_json(content))
    assert [m["measure_id"] for m in data["outcome_measures"]] == ids
    fhir = data["outcome_measures"][0]["fhir_questionnaire_response"]
    assert fhir["resourceType"] == "QuestionnaireResponse" and fhir["questionnaire"] == "http://loinc.org/q/44249-1"
    assert fhir["subject"] == {"reference": f"Patient/{chart.client_id}"}

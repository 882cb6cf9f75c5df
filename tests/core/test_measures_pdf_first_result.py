"""The exported PDF's measures table says what the Measures tab says of each result's change since
the first, from one function (services/measures.changes_said): the first result is "first result",
not "no reliable change" (a finding about the client). Found on the real app: the screen said
"first result" while the PDF of the same chart said "no reliable change"."""

from __future__ import annotations

from pathlib import Path

from tests.core import disclosure_fixtures as fx
from tests.core.test_measures_export import _chart_with_measures
from vault_app.services import export, measures
from vault_app.services.vault import Vault


def test_the_first_result_reads_first_result_in_the_pdf_as_on_screen(vault: Vault, tmp_path: Path) -> None:
    chart, ids = _chart_with_measures(vault)  # PHQ-9 14, 13, 13: no reliable change after the first
    said = measures.changes_said(measures.trend(vault, chart.client_id, "phq9"))
    assert [said[i] for i in ids] == ["first result", "no reliable change", "no reliable change"]
    auth = fx.add_auth(vault, chart.client_id)
    out = tmp_path / "measures.pdf"
    export.export(vault, fx.request(chart.client_id, note_ids=tuple(chart.progress), authorization_id=auth.id,
                                    fields=("measures",)), out=out, password=fx.PASSWORD)
    [page] = [p for p in fx.pdf_text(out) if "Outcome measures: PHQ-9" in p]
    table = page.split("Since the first Risk item", 1)[1]  # the text reads the table's rows in order
    days = sorted(chart.note_days)
    starts = [table.index(day.isoformat()) for day in days]
    rows = {day: table[start:end] for day, start, end in zip(days, starts, [*starts[1:], len(table)], strict=True)}
    first, *later = days
    assert "first result" in rows[first] and "no reliable change" not in rows[first], rows
    assert all("no reliable change" in rows[day] for day in later), rows

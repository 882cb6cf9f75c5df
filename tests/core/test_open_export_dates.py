"""The complete chart export's readable PDF, on the practice's paper, writes ISO days whatever
the practice's locale, as every English page sent out does (domain/document_dates.sent_day; it
once wrote the practice's, and an es_US practice's 05/12/2026 was read as May 12 by a US
recipient). Its description's days too, as chart.json and the attached files hold them.

Every day is after the 12th of its month: the US and UK forms differ from each other and from ISO."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.test_open_export import read_archive
from vault_app.domain.disclosure_basis import LegalBasis
from vault_app.services import clients, measures, notes, practice
from vault_app.services.open_export import open_export
from vault_app.services.vault import Vault

BORN = date(1981, 5, 23)
NOTE_DAYS = (date(2025, 3, 13), date(2025, 3, 27))
MEASURED = date(2025, 3, 27)
ON = date(2025, 4, 15)


@pytest.mark.parametrize(("locale", "pattern"), (("en_US", "%m/%d/%Y"), ("en_GB", "%d/%m/%Y")))
def test_the_chart_pdf_writes_iso_days(vault: Vault, tmp_path: Path, locale: str, pattern: str) -> None:
    fx.set_practice(vault)
    practice.update(vault, locale=locale)
    client = clients.create_client(vault, "Hester Quayle", date_of_birth=BORN)
    for day in NOTE_DAYS:
        note = notes.create_progress_note(vault, client.client_id, template="soap", note_date=day,
                                          sections={"subjective": "Steadier.", "plan": "Weekly."})
        notes.sign_note(vault, note.note_id)
    measures.record_measure(vault, client.client_id, "gad7", [1] * 7, taken_on=MEASURED)
    # In force on the vault's own last record too (today's): a disclosure dated earlier is judged on that
    # day as well (domain/disclosure_clock.py), as one made on a clock set back.
    auth = fx.add_auth(vault, client.client_id, signed_on=date(2025, 3, 1), expires_on=fx.today() + timedelta(days=400))
    out = tmp_path / "chart.pdf"
    open_export(vault, client.client_id, recipient=fx.RECIPIENT, purpose=fx.PURPOSE,
                basis=LegalBasis("authorization", {}, auth.id), out=out, password=fx.PASSWORD, on=ON)

    text = " ".join(fx.pdf_text(out))
    first, last = (d.isoformat() for d in NOTE_DAYS)
    assert f"Date {ON.isoformat()}" in text, text
    assert f"2 progress notes ({first} to {last})" in text, text
    assert f"born {BORN.isoformat()}" in text, text
    assert f"Progress note, {first}" in text and f"Progress note, {last}" in text, text
    assert f"GAD-7 {MEASURED.isoformat()}" in text, text
    for day in (BORN, ON, MEASURED, *NOTE_DAYS):
        assert day.strftime(pattern) not in text, day
    # The data inside stays ISO.
    data = json.loads(read_archive(out, fx.PASSWORD)["chart.json"])
    assert sorted(n["note_date"] for n in data["progress_notes"]) == [d.isoformat() for d in NOTE_DAYS]

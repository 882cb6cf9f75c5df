"""The notices of closure kept in a chart go with its complete open export (found by the round's
brief: they were kept "in the chart" and the export of "the whole chart" left them out).

Why they belong (docs/open-export.md): the designated record set a client may see and copy
(45 CFR 164.524(a)(1)) holds the provider's medical records about the individual and any record
used to make decisions about them (164.501, "designated record set"); the notice is kept in the
chart, is about the client (their last session, who keeps their records and until when, where a
copy is asked for, how they asked to be reached) and is what a successor acts on."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import jsonschema

from tests.core import disclosure_fixtures as fx
from tests.core.test_open_export import SCHEMA, read_archive
from vault_app.domain.closure_notice import checked_details
from vault_app.domain.disclosure_basis import LegalBasis
from vault_app.services import closure_letters_kept, closure_notice, export
from vault_app.services.open_export import open_export
from vault_app.services.vault import Vault


def test_the_notices_of_closure_sent_go_with_the_complete_export(vault: Vault, tmp_path: Path) -> None:
    fx.set_practice(vault)
    chart = fx.make_chart(vault, n=1)
    details = checked_details(fx.today() + timedelta(days=40), "Dr. Sam Rivera, PsyD", "555-0199, 2 Oak St",
                              on=fx.today())
    closure_notice.write_one(vault, chart.client_id, details, tmp_path / "notice.pdf", password=fx.PASSWORD)
    [kept] = closure_letters_kept.letters(vault, chart.client_id)
    auth = fx.add_auth(vault, chart.client_id, covers=["progress", "billing"], description="The complete record")
    out = tmp_path / "chart.pdf"
    before = len(export.disclosures(vault, chart.client_id))
    open_export(vault, chart.client_id, recipient=fx.RECIPIENT, purpose=fx.PURPOSE,
                basis=LegalBasis("authorization", {}, auth.id), out=out, password=fx.PASSWORD)
    files = read_archive(out, fx.PASSWORD)
    data = json.loads(files["chart.json"])
    jsonschema.validate(data, SCHEMA)
    [letter] = data["closure_letters"]
    assert letter["letter_id"] == kept.letter_id and letter["text"] == kept.body
    assert letter["closes_on"] == details.closes_on.isoformat() and letter["delivery"] == "mail"
    assert letter["letter_date"] == kept.letter_date.isoformat() and letter["sha256"] == kept.sha256
    assert files[letter["text_file"]].decode("utf-8") == kept.body, "the letter's words as a file too"
    text = " ".join(fx.pdf_text(out))
    assert "Notices of closure sent" in text and "Dr. Sam Rivera, PsyD" in text, "on the readable pages"
    [logged, *_rest] = export.disclosures(vault, chart.client_id)[before:]
    assert "1 notice of closure" in logged.description, "the accounting says it went"


def test_a_chart_sent_no_notice_says_none(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=1)
    auth = fx.add_auth(vault, chart.client_id, covers=["progress"], description="The complete record")
    out = tmp_path / "chart.pdf"
    open_export(vault, chart.client_id, recipient=fx.RECIPIENT, purpose=fx.PURPOSE,
                basis=LegalBasis("authorization", {}, auth.id), out=out, password=fx.PASSWORD)
    data = json.loads(read_archive(out, fx.PASSWORD)["chart.json"])
    jsonschema.validate(data, SCHEMA)
    assert data["closure_letters"] == [] and "Notices of closure sent" not in " ".join(fx.pdf_text(out))

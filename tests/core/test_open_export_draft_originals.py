"""The original file of an imported note goes with its note, or not at all. Found walking the real
app: a SimplePractice note imported unsigned, left out of the complete open export ("Unsigned drafts
left out" said in the window, the PDF and chart.json), still went as its original PDF among the chart's
documents, and the ledger did not name it. Real vault, real import writes, real export file."""

from __future__ import annotations

import json
from pathlib import Path

from tests.core import disclosure_fixtures as fx
from tests.core.test_open_export import read_archive
from vault_app.domain.clinical_documents import NoteProvenance
from vault_app.domain.disclosure_basis import LegalBasis
from vault_app.services import attachments, export, notes
from vault_app.services.open_export import open_export
from vault_app.services.vault import Vault

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _imported(vault: Vault, client_id: str, marker: str, *, signed: bool) -> tuple[str, str]:
    """As services/importers/apply.py writes one: the original kept as a document, the note beside it."""
    day = fx.days_ago(9 if signed else 4)
    with vault.records.transaction():
        original = attachments.import_attachment(vault, client_id, PDF + marker.encode(), kind="imported_note",
                                                 filename=f"Progress Note {marker}.pdf", description=marker,
                                                 document_date=day)
        provenance = NoteProvenance(note_id="", client_id="", note_kind="progress", source_system="SimplePractice",
                                    source_id=marker, source_title=marker,
                                    signed_by="Dr. Former" if signed else "", signed_on=day.isoformat() if signed
                                    else "", original_sha256="", original_attachment_id=original.attachment_id)
        note = notes.import_progress_note(vault, client_id, f"{marker} text", note_date=day, author_name="Dr. Former",
                                          provenance=provenance, signed_at="2026-01-02T10:00:00" if signed else "")
    return note.note_id, original.attachment_id


def test_a_left_out_drafts_original_stays_out_and_a_sent_notes_goes(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=1)
    _sent_note, sent_original = _imported(vault, chart.client_id, "SENTORIGINAL", signed=True)
    _draft, draft_original = _imported(vault, chart.client_id, "DRAFTORIGINAL", signed=False)
    auth = fx.add_auth(vault, chart.client_id, covers=["progress"], description="The complete record")
    out = tmp_path / "chart.pdf"
    before = len(export.disclosures(vault, chart.client_id))
    result = open_export(vault, chart.client_id, recipient=fx.RECIPIENT, purpose=fx.PURPOSE,
                         basis=LegalBasis("authorization", {}, auth.id), out=out, password=fx.PASSWORD,
                         leave_out_drafts=True)
    files = read_archive(out, fx.PASSWORD)
    every_byte = b"".join(v if isinstance(v, bytes) else v.encode() for v in files.values())
    assert b"DRAFTORIGINAL" not in every_byte
    assert b"SENTORIGINAL" in every_byte
    documents = {d["attachment_id"] for d in json.loads(files["chart.json"])["attachments"]}
    assert sent_original in documents and draft_original not in documents
    described = export.disclosures(vault, chart.client_id)[before].description
    assert f"{result.attachments} document" in described  # type: ignore[attr-defined]

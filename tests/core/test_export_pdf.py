"""Exported PDFs open only with the password (AES-256), carry the stamp on every page, and hold
nothing that was not selected. Read back with pikepdf and pypdf, not with our own code."""

from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path

import pikepdf
import pypdf
import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain.errors import InvalidInput
from vault_app.services import access_recipient, export, requests
from vault_app.services.pdf_export import PART2_NOTICE
from vault_app.services.vault import Vault


def _everything_readable(path: Path) -> str:
    """All a recipient with the password can read: page text, metadata, embedded files.

    Page text is extracted by pypdf: the fonts are embedded subsets, so the content
    streams hold glyph ids, not letters, and a byte search there would prove nothing.
    """
    parts = fx.pdf_text(path)
    with pikepdf.open(path, password=fx.PASSWORD) as doc:
        parts += [str(v) for v in doc.docinfo.values()]
        for name in doc.attachments:
            parts.append(doc.attachments[name].get_file().read_bytes().decode("utf-8", "replace"))
    return "\n".join(parts)


def _export(vault: Vault, tmp_path: Path, **req: object) -> tuple[export.ExportResult, Path]:
    out = tmp_path / "disclosure.pdf"
    result = export.export(vault, fx.request(**req), out=out, password=fx.PASSWORD)  # type: ignore[arg-type]
    return result, out


def test_pdf_opens_only_with_the_password(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=1)
    auth = fx.add_auth(vault, chart.client_id)
    _, out = _export(vault, tmp_path, client_id=chart.client_id, note_ids=tuple(chart.progress),
                     authorization_id=auth.id)
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(out)
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(out, password="not-the-password")
    with pikepdf.open(out, password=fx.PASSWORD) as doc:
        assert doc.is_encrypted
        assert doc.encryption.bits == 256 and doc.encryption.R == 6  # AES-256, PDF 2.0 handler
    reader = pypdf.PdfReader(io.BytesIO(out.read_bytes()))
    assert reader.is_encrypted
    assert reader.decrypt("wrong password") == pypdf.PasswordType.NOT_DECRYPTED
    assert fx.pdf_text(out)  # and with the password it reads


def test_every_page_carries_the_stamp(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=3)
    auth = fx.add_auth(vault, chart.client_id)
    result, out = _export(vault, tmp_path, client_id=chart.client_id, note_ids=tuple(chart.progress),
                          authorization_id=auth.id)
    pages = fx.pdf_text(out)
    assert len(pages) >= 4  # cover + one page per note
    for text in pages:
        assert f"Disclosed to: {fx.RECIPIENT.name}" in text
        assert f"Purpose: {fx.PURPOSE}" in text
        assert f"Disclosure {result.disclosure_id}" in text
        assert "Page " in text


def test_unselected_notes_are_absent(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=3)
    auth = fx.add_auth(vault, chart.client_id)
    _, out = _export(vault, tmp_path, client_id=chart.client_id, note_ids=(chart.progress[1],),
                     authorization_id=auth.id)
    readable = _everything_readable(out)
    assert chart.progress_markers[1] in readable  # the search does find what is there
    assert chart.progress_markers[0] not in readable and chart.progress_markers[2] not in readable
    assert "Testclient" in readable
    raw = out.read_bytes()
    for marker in (*chart.progress_markers, "Testclient"):  # encrypted: nothing reads in the raw file
        assert marker.encode() not in raw
        assert marker.encode("utf-16-be") not in raw


def test_date_range_and_field_selection(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=3)
    auth = fx.add_auth(vault, chart.client_id)
    result, out = _export(vault, tmp_path, client_id=chart.client_id, date_from=chart.note_days[1],
                          date_to=chart.note_days[2], fields=("assessment", "plan"), authorization_id=auth.id)
    text = " ".join(fx.pdf_text(out))
    assert "Improving." in text and "Continue weekly." in text
    for marker in chart.progress_markers:  # the subjective section was not selected
        assert marker not in text
    assert "Calm, oriented." not in text
    assert result.description.startswith("2 progress notes") and "fields: assessment, plan" in result.description
    with pytest.raises(InvalidInput, match="Unknown progress-note field"):
        export.export(vault, fx.request(chart.client_id, note_ids=tuple(chart.progress), authorization_id=auth.id,
                                        fields=("everything",)), out=tmp_path / "y.pdf", password=fx.PASSWORD)


def test_psychotherapy_export_holds_only_the_chosen_psychotherapy_notes(psy_vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(psy_vault, n=2, with_psychotherapy=True)
    auth = fx.add_auth(psy_vault, chart.client_id, covers=["psychotherapy"],
                       description="Psychotherapy notes of the first session only")
    _, out = _export(psy_vault, tmp_path, client_id=chart.client_id, kind="psychotherapy",
                     note_ids=(chart.psychotherapy[0],), authorization_id=auth.id)
    text = " ".join(fx.pdf_text(out))
    assert chart.psychotherapy_markers[0] in text
    assert chart.psychotherapy_markers[1] not in text
    for marker in chart.progress_markers:
        assert marker not in text
    assert "psychotherapy notes (45 CFR 164.501)" in text


def test_billing_export_carries_only_billing_fields(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=2)
    _, out = _export(vault, tmp_path, client_id=chart.client_id, kind="billing", note_ids=tuple(chart.sessions),
                     basis="payment", recipient=fx.Recipient("Acme Health Plan", "PO Box 1"), purpose="claim")
    text = " ".join(fx.pdf_text(out))
    assert "F41.1" in text and "9083" in text and "53" in text
    for marker in chart.progress_markers:
        assert marker not in text
    assert "Improving." not in text and "Continue weekly." not in text


def test_part2_records_carry_the_notice_and_the_consent(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=1, part2=True)
    consent = fx.add_auth(vault, chart.client_id, part2=True, patient_name_on_form=True)
    _, out = _export(vault, tmp_path, client_id=chart.client_id, note_ids=tuple(chart.progress),
                     authorization_id=consent.id)
    pages = fx.pdf_text(out)
    assert " ".join(PART2_NOTICE.split())[:200] in pages[0]
    for page in pages:
        assert "42 CFR Part 2 record: further use or disclosure is prohibited" in page
    assert "Copy of the client's consent" in " ".join(pages)
    with pikepdf.open(out, password=fx.PASSWORD) as doc:
        assert f"consent-{consent.id}.pdf" in doc.attachments
        assert doc.attachments[f"consent-{consent.id}.pdf"].get_file().read_bytes() == fx.SCAN


def test_client_access_pdf_embeds_json_and_json_export_needs_consent(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=2)
    req_rec = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3),
                                   description="copy of my notes")
    me = fx.Recipient("Alex Testclient", "home")
    access = {"client_id": chart.client_id, "note_ids": tuple(chart.progress), "basis": "client_access",
              "evidence": {"request_id": req_rec.id}, "recipient": me, "purpose": "at the request of the individual"}
    _, out = _export(vault, tmp_path, **access)
    with pikepdf.open(out, password=fx.PASSWORD) as doc:
        data = json.loads(doc.attachments["record.json"].get_file().read_bytes())
    assert [n["note_id"] for n in data["progress_notes"]] == chart.progress
    # The ledger keeps "the client", never their name: it outlives a destroyed chart.
    last = vault.ledger.entries(kinds=("disclosure",))[-1]
    assert "Alex Testclient" not in json.dumps(last.payload)
    assert last.payload["recipient"]["name"] == access_recipient.CLIENT_SELF_RECIPIENT
    with pytest.raises(InvalidInput, match="not encrypted"):
        export.export(vault, fx.request(**access), out=tmp_path / "r.json", fmt="json")  # type: ignore[arg-type]
    res = export.export(vault, fx.request(**access), out=tmp_path / "r.json", fmt="json",  # type: ignore[arg-type]
                        unencrypted_ok=True)
    assert json.loads((tmp_path / "r.json").read_text())["disclosure_id"] == res.disclosure_id
    with pytest.raises(InvalidInput, match="only for the client's own access request"):
        auth = fx.add_auth(vault, chart.client_id)
        export.export(vault, fx.request(chart.client_id, note_ids=tuple(chart.progress), authorization_id=auth.id),
                      out=tmp_path / "z.json", fmt="json", unencrypted_ok=True)


def test_no_plaintext_leaves_in_temporary_files(vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", None)
    chart = fx.make_chart(vault, n=2)
    auth = fx.add_auth(vault, chart.client_id)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    export.export(vault, fx.request(chart.client_id, note_ids=tuple(chart.progress), authorization_id=auth.id),
                  out=out_dir / "d.pdf", password=fx.PASSWORD)
    assert list(scratch.iterdir()) == []
    assert [p.name for p in out_dir.iterdir()] == ["d.pdf"]

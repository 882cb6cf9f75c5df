"""The accounting as a signed PDF from a real vault's ledger."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pikepdf
import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.crypto import signing
from vault_app.domain.errors import InvalidInput
from vault_app.services import accounting, attachments, export, requests
from vault_app.services.vault import Vault


def _court() -> dict[str, Any]:
    """The court order's details, dated when the test runs (tests/one_day.py)."""
    return {"judge": "Hon. A. Judge", "court": "Superior Court", "case_number": "24-CV-1",
            "order_date": fx.days_ago(5).isoformat(), "covers": ["progress"]}


def _setup(vault: Vault, tmp_path: Path) -> tuple[fx.Chart, str]:
    chart = fx.make_chart(vault, n=3)
    order = attachments.add_attachment(vault, chart.client_id, fx.SCAN, kind="court_order", filename="order.pdf")
    court = {**_court(), "order_attachment_id": order.attachment_id}
    board = fx.Recipient("Superior Court Clerk", "100 Court St")
    for i, note_id in enumerate(chart.progress[:2]):  # two disclosures to the same recipient, same purpose
        export.export(vault, fx.request(chart.client_id, note_ids=(note_id,), basis="court_order", evidence=court,
                                        recipient=board, purpose="court order in case 24-CV-1"),
                      out=tmp_path / f"court{i}.pdf", password=fx.PASSWORD)
    export.record_manual(vault, fx.request(
        chart.client_id, basis="required_by_law", manual=True, recipient=fx.Recipient("County CPS", "9 Oak Ave"),
        purpose="mandated report", evidence={"law_kind": "child_abuse_report", "agency": "County CPS"},
        on=fx.days_ago(4)), description="verbal report", channel="phone")
    auth = fx.add_auth(vault, chart.client_id)
    export.export(vault, fx.request(chart.client_id, note_ids=(chart.progress[2],), authorization_id=auth.id),
                  out=tmp_path / "auth.pdf", password=fx.PASSWORD)
    return chart, auth.id


def test_signed_accounting_pdf(vault: Vault, tmp_path: Path) -> None:
    chart, _ = _setup(vault, tmp_path)
    req = requests.add_request(vault, chart.client_id, kind="accounting", received_on=fx.today())
    out = tmp_path / "accounting.pdf"
    head_before = vault.ledger.head()
    report = accounting.produce(vault, chart.client_id, out=out, password=fx.PASSWORD, request_id=req.id)
    assert report.ledger_head == head_before
    assert len(report.accounting.lines) == 2  # the court disclosures (summarized) and the CPS report
    counts = {line.first.recipient.name: line.count for line in report.accounting.lines}
    assert counts == {"County CPS": 1, "Superior Court Clerk": 2}
    assert len(report.accounting.excluded) == 1  # the one under the authorization, listed separately

    text = " ".join(fx.pdf_text(out))
    assert "Superior Court Clerk" in text and "100 Court St" in text and "County CPS" in text
    assert "(the first of 2 disclosures; the last on" in text
    assert "court order in case 24-CV-1" in text and "mandated report" in text
    assert "Other disclosures (listed for completeness" in text and "under the client's authorization" in text
    assert f"Ledger head at issue: entry {head_before.seq}" in text
    assert head_before.mac_hex in text
    assert accounting.fingerprint(vault.public_key) in text
    for marker in chart.progress_markers:  # an accounting describes, it never quotes notes
        assert marker not in text

    assert accounting.verify_file(out, report.signature_path, vault.public_key)
    data = accounting.verify_embedded(out, fx.PASSWORD, vault.public_key)
    assert data["ledger_head"]["seq"] == head_before.seq
    assert sorted(e["count"] for e in data["entries"]) == [1, 2]

    tampered = tmp_path / "tampered.pdf"
    raw = bytearray(out.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    tampered.write_bytes(bytes(raw))
    assert not accounting.verify_file(tampered, report.signature_path, vault.public_key)
    other_key = signing.public_key(signing.new_signing_key())
    assert not accounting.verify_file(out, report.signature_path, other_key)

    [provided] = [e for e in vault.ledger.entries(kinds=("accounting.provided",))]
    assert provided.payload["sha256"] == report.sha256 and provided.payload["request_id"] == req.id
    assert requests.get_request(vault, req.id).status == "granted"
    assert vault.ledger.verify_full(vault.header.ledger_anchor).ok


def test_exclusions_can_be_omitted(vault: Vault, tmp_path: Path) -> None:
    chart, _ = _setup(vault, tmp_path)
    report = accounting.produce(vault, chart.client_id, out=tmp_path / "a.pdf", password=fx.PASSWORD,
                                exclusions="omit")
    text = " ".join(fx.pdf_text(tmp_path / "a.pdf"))
    assert report.accounting.excluded == ()
    assert "Other disclosures" not in text and "Dr. Rivera" not in text


def test_suspension_hides_disclosures_to_that_agency(vault: Vault, tmp_path: Path) -> None:
    chart, _ = _setup(vault, tmp_path)
    s = accounting.add_suspension(vault, chart.client_id, agency="County CPS", starts_on=fx.days_ago(1),
                                  ends_on=fx.days_ago(-60), written=True, reference="letter of 1 May")
    hidden = accounting.build(vault, chart.client_id)
    assert "County CPS" not in [line.first.recipient.name for line in hidden.lines]
    assert hidden.hidden_by_suspension == 1
    accounting.end_suspension(vault, chart.client_id, s.id, ends_on=fx.days_ago(1))
    shown = accounting.build(vault, chart.client_id)
    assert "County CPS" in [line.first.recipient.name for line in shown.lines]


def test_not_delivered_exports_are_not_listed(vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    chart = fx.make_chart(vault, n=1)
    order = attachments.add_attachment(vault, chart.client_id, fx.SCAN, kind="court_order")

    def fail(path: Path, data: bytes) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export, "_write_out", fail)
    with pytest.raises(OSError):
        export.export(vault, fx.request(chart.client_id, note_ids=tuple(chart.progress), basis="court_order",
                                        evidence={**_court(), "order_attachment_id": order.attachment_id},
                                        recipient=fx.Recipient("Court")), out=tmp_path / "x.pdf",
                      password=fx.PASSWORD)
    assert accounting.build(vault, chart.client_id).lines == ()


def test_existing_files_are_not_overwritten(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=1)
    (tmp_path / "a.pdf.sig").write_text(json.dumps({}))
    with pytest.raises(InvalidInput, match="already exists"):
        accounting.produce(vault, chart.client_id, out=tmp_path / "a.pdf", password=fx.PASSWORD)


def test_accounting_pdf_needs_its_password(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=1)
    accounting.produce(vault, chart.client_id, out=tmp_path / "a.pdf", password=fx.PASSWORD)
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(tmp_path / "a.pdf")
    assert "No disclosures that the law requires us to list" in " ".join(fx.pdf_text(tmp_path / "a.pdf"))

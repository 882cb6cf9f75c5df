"""One ledger entry per completed export, none for a refused one, and the chain still verifies."""

from __future__ import annotations

import hashlib
import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain.errors import CompartmentLocked, DiskFull, InvalidInput, NotFound, RefusedByPolicy
from vault_app.services import authorizations, export, export_delivery
from vault_app.services.vault import Vault
from vault_app.storage import disclosure_records


def _seq(vault: Vault) -> int:
    return vault.ledger.head().seq


def _verify(vault: Vault) -> None:
    report = vault.ledger.verify_full(vault.header.ledger_anchor)
    assert report.ok, report.problems


def test_one_entry_per_completed_export(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault)
    auth = fx.add_auth(vault, chart.client_id)
    before = _seq(vault)
    out = tmp_path / "to-psychiatrist.pdf"
    result = export.export(
        vault, fx.request(chart.client_id, note_ids=(chart.progress[0], chart.progress[2]), authorization_id=auth.id),
        out=out, password=fx.PASSWORD,
    )
    assert _seq(vault) == before + 1
    entry = vault.ledger.get(before + 1)
    assert entry is not None and entry.kind == "disclosure" and entry.seq == result.ledger_seq
    p = entry.payload
    assert p["date"] == fx.today().isoformat()
    assert p["recipient"] == {"name": fx.RECIPIENT.name, "address": fx.RECIPIENT.address}
    assert p["purpose"] == fx.PURPOSE
    assert p["basis"]["kind"] == "authorization" and p["authorization_id"] == auth.id
    assert p["client_id"] == chart.client_id
    assert p["item_ids"] == [chart.progress[0], chart.progress[2]]
    assert p["description"].startswith("2 progress notes (")
    assert p["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest() == result.sha256
    assert p["disclosure_id"] == result.disclosure_id
    # ids and metadata only: no note text, no client name
    dumped = json.dumps(p)
    for marker in chart.progress_markers:
        assert marker not in dumped
    assert "Testclient" not in dumped
    row = disclosure_records.get_delivery(vault.records, result.disclosure_id)
    assert row is not None and row.status == "delivered" and row.ledger_seq == result.ledger_seq
    _verify(vault)


def test_each_export_adds_exactly_one_entry(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault)
    auth = fx.add_auth(vault, chart.client_id)
    for i, note_id in enumerate(chart.progress):
        before = _seq(vault)
        export.export(vault, fx.request(chart.client_id, note_ids=(note_id,), authorization_id=auth.id),
                      out=tmp_path / f"out{i}.pdf", password=fx.PASSWORD)
        assert _seq(vault) == before + 1
    assert len(export.disclosures(vault, chart.client_id)) == 3
    _verify(vault)


@pytest.mark.parametrize("case", ["expired", "revoked", "psychotherapy_with_progress_auth", "subpoena",
                                  "wrong_recipient", "payment_progress"])
def test_refused_export_logs_nothing_and_writes_nothing(psy_vault: Vault, tmp_path: Path, case: str) -> None:
    vault = psy_vault
    chart = fx.make_chart(vault, with_psychotherapy=True)
    auth = fx.add_auth(vault, chart.client_id)
    req = fx.request(chart.client_id, note_ids=(chart.progress[0],), authorization_id=auth.id)
    if case == "expired":
        auth = fx.add_auth(vault, chart.client_id, signed_on=fx.days_ago(300), expires_on=fx.days_ago(10))
        req = fx.request(chart.client_id, note_ids=(chart.progress[0],), authorization_id=auth.id)
    elif case == "revoked":
        authorizations.revoke(vault, auth.id, received_on=fx.days_ago(1))
    elif case == "psychotherapy_with_progress_auth":
        req = fx.request(chart.client_id, kind="psychotherapy", note_ids=(chart.psychotherapy[0],),
                         authorization_id=auth.id)
    elif case == "subpoena":
        req = fx.request(chart.client_id, note_ids=(chart.progress[0],), basis="subpoena",
                         evidence={"issuer": "Attorney", "case_number": "1"})
    elif case == "wrong_recipient":
        req = fx.request(chart.client_id, note_ids=(chart.progress[0],), authorization_id=auth.id,
                         recipient=fx.Recipient("Someone Else"))
    elif case == "payment_progress":
        req = fx.request(chart.client_id, note_ids=(chart.progress[0],), basis="payment")
    before = _seq(vault)
    out = tmp_path / "refused.pdf"
    with pytest.raises(RefusedByPolicy) as err:
        export.export(vault, req, out=out, password=fx.PASSWORD)
    assert err.value.exit_code == 6
    assert err.value.message.startswith("Disclosure refused: ")
    assert _seq(vault) == before
    assert not out.exists()
    assert not list(tmp_path.glob(".refused.pdf*"))
    assert disclosure_records.deliveries(vault.records, client_id=chart.client_id) == []
    _verify(vault)


def test_subpoena_refusal_gives_the_advice(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=1)
    req = fx.request(chart.client_id, note_ids=(chart.progress[0],), basis="subpoena")
    with pytest.raises(RefusedByPolicy, match="Notify the client, consult counsel"):
        export.export(vault, req, out=tmp_path / "x.pdf", password=fx.PASSWORD)


def test_write_failure_leaves_a_not_delivered_entry(vault: Vault, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    chart = fx.make_chart(vault, n=1)
    auth = fx.add_auth(vault, chart.client_id)

    def disk_full(path: Path, data: bytes) -> None:
        raise DiskFull("The disk is full while writing the export.")

    monkeypatch.setattr(export, "_write_out", disk_full)
    before = _seq(vault)
    out = tmp_path / "x.pdf"
    with pytest.raises(DiskFull):
        export.export(vault, fx.request(chart.client_id, note_ids=tuple(chart.progress), authorization_id=auth.id),
                      out=out, password=fx.PASSWORD)
    assert _seq(vault) == before + 2
    first, second = vault.ledger.get(before + 1), vault.ledger.get(before + 2)
    assert first is not None and second is not None
    assert first.kind == "disclosure" and second.kind == "disclosure.not_delivered"
    assert second.payload["disclosure_seq"] == first.seq
    assert second.payload["disclosure_id"] == first.payload["disclosure_id"]
    row = disclosure_records.get_delivery(vault.records, first.payload["disclosure_id"])
    assert row is not None and row.status == "not_delivered"
    assert not out.exists()
    [rec] = export.disclosures(vault, chart.client_id)
    assert rec.delivered is False
    assert export_delivery.reconcile_pending(vault) == []  # nothing left half-done
    _verify(vault)


def test_target_is_checked_before_anything_is_logged(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=1)
    auth = fx.add_auth(vault, chart.client_id)
    req = fx.request(chart.client_id, note_ids=tuple(chart.progress), authorization_id=auth.id)
    before = _seq(vault)
    with pytest.raises(InvalidInput, match="folder"):
        export.export(vault, req, out=tmp_path / "missing" / "x.pdf", password=fx.PASSWORD)
    (tmp_path / "exists.pdf").write_bytes(b"old")
    with pytest.raises(InvalidInput, match="already exists"):
        export.export(vault, req, out=tmp_path / "exists.pdf", password=fx.PASSWORD)
    with pytest.raises(InvalidInput, match="PDF password"):
        export.export(vault, req, out=tmp_path / "x.pdf", password="short")
    assert _seq(vault) == before


def test_psychotherapy_export_needs_the_compartment_unlocked(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=1)
    req = fx.request(chart.client_id, kind="psychotherapy", note_ids=("0" * 16,), basis="coroner",
                     evidence={"office": "ME", "official": "Dr"})
    before = _seq(vault)
    with pytest.raises(CompartmentLocked):
        export.export(vault, req, out=tmp_path / "x.pdf", password=fx.PASSWORD)
    assert _seq(vault) == before


def test_unknown_and_foreign_note_ids_are_errors(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=1)
    other = fx.make_chart(vault, n=1)
    auth = fx.add_auth(vault, chart.client_id)
    req = fx.request(chart.client_id, note_ids=(other.progress[0],), authorization_id=auth.id)
    with pytest.raises(NotFound, match="not a progress note of this client"):
        export.export(vault, req, out=tmp_path / "x.pdf", password=fx.PASSWORD)


def test_unsigned_drafts_are_not_disclosed(vault: Vault, tmp_path: Path) -> None:
    from vault_app.services import notes

    chart = fx.make_chart(vault, n=1)
    draft = notes.create_progress_note(vault, chart.client_id, text="draft text", note_date=fx.days_ago(1))
    auth = fx.add_auth(vault, chart.client_id)
    req = fx.request(chart.client_id, note_ids=(draft.note_id,), authorization_id=auth.id)
    with pytest.raises(RefusedByPolicy, match="unsigned draft"):
        export.export(vault, req, out=tmp_path / "x.pdf", password=fx.PASSWORD)


def test_manual_disclosure_is_recorded_with_the_same_fields(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1)
    before = _seq(vault)
    req = fx.request(chart.client_id, basis="required_by_law", manual=True,
                     evidence={"law_kind": "child_abuse_report", "agency": "County CPS"},
                     recipient=fx.Recipient("County CPS hotline", "100 County Rd"), purpose="mandated report",
                     on=fx.days_ago(2))
    record, verdict = export.record_manual(vault, req, description="verbal report of suspected abuse",
                                           channel="phone")
    assert verdict.allowed
    assert _seq(vault) == before + 1
    entry = vault.ledger.get(before + 1)
    assert entry is not None and entry.kind == "disclosure"
    assert entry.payload["manual"] is True and entry.payload["channel"] == "phone"
    assert entry.payload["date"] == fx.days_ago(2).isoformat()
    assert entry.payload["recipient"]["address"] == "100 County Rd"
    assert entry.payload["accountable"] is True
    assert entry.payload["basis"]["evidence_id"]
    assert record.disclosure_id == entry.payload["disclosure_id"]


def test_manual_disclosure_is_recorded_even_when_the_gate_objects(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1)
    req = fx.request(chart.client_id, basis="subpoena", manual=True, note_ids=tuple(chart.progress),
                     recipient=fx.Recipient("Law firm"), purpose="subpoena response")
    record, verdict = export.record_manual(vault, req, description="copy of one note mailed", channel="mail")
    assert not verdict.allowed
    assert record.extra["gate_concerns"] and "subpoena" in record.extra["gate_concerns"][0]
    assert record.accountable  # it will show up in the client's accounting


def test_reconcile_leaves_a_running_export_alone(vault: Vault, tmp_path: Path) -> None:
    import os
    import socket
    from datetime import UTC, datetime, timedelta

    chart = fx.make_chart(vault, n=1)
    host = socket.gethostname()
    # A pid no process can have (above Linux's PID_MAX_LIMIT, 4,194,304): a real process's pid read
    # after it ended can be reused by another of CI's processes before the check (ci47).
    dead = 4_194_304 + 7
    with pytest.raises(ProcessLookupError):
        os.kill(dead, 0)
    fresh = datetime.now(UTC).isoformat()
    old = (datetime.now(UTC) - timedelta(hours=2)).isoformat()
    rows = {
        "D-live": (f"{os.getpid()}@{host}", fresh),  # another thread of this process, just started
        "D-dead": (f"{dead}@{host}", fresh),  # its process is gone
        "D-old": (f"{os.getpid()}@{host}", old),  # pending for hours: not a running export
    }
    with vault.records.transaction():
        for disclosure_id, (owner, created) in rows.items():
            disclosure_records.insert_delivery(vault.records, disclosure_records.DeliveryRow(
                disclosure_id, chart.client_id, "pending", None, str(tmp_path / f"{disclosure_id}.pdf"), "0" * 64,
                "", created, created, owner))
    settled = export_delivery.reconcile_pending(vault)
    assert sorted(settled) == ["D-dead", "D-old"]  # never logged, so simply dropped
    assert [r.disclosure_id for r in disclosure_records.deliveries(vault.records, status="pending")] == ["D-live"]


def test_court_order_scan_must_belong_to_the_same_chart(vault: Vault, tmp_path: Path) -> None:
    from vault_app.services import attachments

    chart = fx.make_chart(vault, n=1)
    other = fx.make_chart(vault, n=1)
    foreign = attachments.add_attachment(vault, other.client_id, fx.SCAN, kind="court_order")
    own = attachments.add_attachment(vault, chart.client_id, fx.SCAN, kind="court_order")
    order = {"judge": "J", "court": "C", "case_number": "1", "order_date": fx.days_ago(2).isoformat(),
             "covers": ["progress"]}
    before = _seq(vault)
    with pytest.raises(RefusedByPolicy, match="the attached copy of the signed order"):
        export.export(vault, fx.request(chart.client_id, note_ids=tuple(chart.progress), basis="court_order",
                                        evidence={**order, "order_attachment_id": foreign.attachment_id}),
                      out=tmp_path / "x.pdf", password=fx.PASSWORD)
    assert _seq(vault) == before
    result = export.export(vault, fx.request(chart.client_id, note_ids=tuple(chart.progress), basis="court_order",
                                             evidence={**order, "order_attachment_id": own.attachment_id}),
                           out=tmp_path / "y.pdf", password=fx.PASSWORD)
    entry = vault.ledger.get(result.ledger_seq)
    assert entry is not None and entry.payload["accountable"] is True
    assert entry.payload["basis"]["evidence_id"].startswith("E-") and entry.payload["extra"]["evidence_sha256"]


def test_a_manual_disclosure_dated_in_the_future_is_refused_and_logs_nothing(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1)
    before = _seq(vault)
    req = fx.request(chart.client_id, basis="required_by_law", manual=True,
                     evidence={"law_kind": "child_abuse_report", "agency": "County CPS"},
                     recipient=fx.Recipient("County CPS hotline"), purpose="mandated report",
                     on=date.today() + timedelta(days=1))
    with pytest.raises(InvalidInput, match="in the future"):
        export.record_manual(vault, req, description="verbal report", channel="phone")
    assert _seq(vault) == before
    assert export.disclosures(vault, chart.client_id) == []

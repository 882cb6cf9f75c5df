"""The compliance store: what a chart destruction keeps (45 CFR 164.530(j)(2)), and its later purge.

`retain(vault, client_id)` copies the chart's compliance documentation into the
store just before the chart's rows are deleted; `destroy_due` deletes what has
passed its own six-year date and returns a signed certificate; `identity` lets the
accounting of disclosures be produced for a destroyed chart.
"""

from __future__ import annotations

import base64
import json
from collections import Counter
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from vault_app.crypto import chain
from vault_app.domain.accounting import Suspension
from vault_app.domain.compliance import (
    CITATION,
    ComplianceRecord,
    authorization_last_effective,
    destroyable,
    keep_until,
)
from vault_app.domain.errors import InvalidInput, NotFound
from vault_app.services import attachment_blobs, output_file, practice
from vault_app.services.clinical_common import now_iso, today
from vault_app.services.vault import Vault
from vault_app.storage import clinical_clients
from vault_app.storage import compliance_store as store
from vault_app.storage import disclosure_authorizations as auth_store
from vault_app.storage import disclosure_records as evidence_store
from vault_app.storage import disclosure_requests as request_store
from vault_app.storage import disclosure_restrictions as restriction_store
from vault_app.storage.files import atomic_write

RETAINED = "compliance.retained"
DESTROYED = "compliance.destroyed"
CERT_FORMAT = "vault-app-compliance-destruction-certificate"


def _scan(vault: Vault, attachment_id: str | None) -> str | None:
    data = attachment_blobs.body(vault, attachment_id) if attachment_id else None
    return base64.b64encode(data).decode() if data else None


def _day(stamp: str) -> date:
    return date.fromisoformat(stamp[:10])


def gather(vault: Vault, client_id: str, destroyed_on: date) -> list[ComplianceRecord]:
    """The chart's compliance documentation, minimum necessary: no note text, no amendment text."""
    client = clinical_clients.get(vault.records, client_id)
    if client is None:
        return []
    number = client.chart_number
    out: list[ComplianceRecord] = []

    def add(kind: str, source: str, created: date, last: date | None, body: dict[str, Any],
            scan: str | None = None) -> None:
        out.append(ComplianceRecord(f"{kind}:{source}", client_id, number, kind, created,  # type: ignore[arg-type]
                                    keep_until(created, last), body, scan))

    for a in auth_store.list_for_client(vault.records, client_id):
        signed = a.signed_on or _day(a.created_at or now_iso())
        body = asdict(a)
        body["covers"] = sorted(a.covers)
        add("authorization", a.id, signed, authorization_last_effective(a, destroyed_on), body,
            _scan(vault, a.scan_attachment_id))
    for evidence_id, basis_kind, evidence, sha, created in evidence_store.evidence_for_client(vault.records,
                                                                                           client_id):
        add("disclosure_evidence", evidence_id, _day(created), None,
            {"evidence_id": evidence_id, "basis_kind": basis_kind, "evidence": evidence, "sha256": sha},
            _scan(vault, evidence.get("order_attachment_id")))
    for q in request_store.list_requests(vault.records, client_id=client_id):
        last = q.decided_on or q.received_on
        add("request", q.id, q.received_on, last, {
            "request_id": q.id, "kind": q.kind, "received_on": q.received_on, "status": q.status,
            "decided_on": q.decided_on, "grounds": list(q.grounds), "by_representative": q.by_representative,
            "extension": asdict(q.extension) if q.extension else None, "due_on": q.due_on,
            "amended": bool(q.amendment_text), "disagreement_filed": bool(q.disagreement),
        })
        for letter in request_store.letters_for(vault.records, q.id):
            add("letter", str(letter["letter_id"]), date.fromisoformat(str(letter["letter_date"])), None,
                {"request_id": q.id, **letter})
        review = request_store.review_for(vault.records, q.id)
        if review is not None:
            add("review", review.review_id, review.requested_on, review.decided_on, asdict(review))
    for r in restriction_store.for_client(vault.records, client_id):
        add("restriction", r.restriction_id, r.requested_on, r.terminated_on or destroyed_on, asdict(r))
    for s in evidence_store.suspensions_for(vault.records, client_id):
        # A suspension still in force must keep hiding its disclosures from a later accounting (164.528(a)(2)).
        add("accounting_suspension", s.id, s.starts_on, s.ends_on, asdict(s))
    if out:
        # Which chart the records are about, so an accounting can still be produced (164.528). The chart
        # number only (minimum necessary): whoever asks identifies themselves, as for any request.
        last = max(r.keep_until for r in out)
        out.append(ComplianceRecord(f"client_identity:{client_id}", client_id, number, "client_identity",
                                    destroyed_on, last, {"chart_number": number,
                                                         "chart_destroyed_on": destroyed_on.isoformat()}))
    return out


def retain(vault: Vault, client_id: str, destroyed_on: date | None = None) -> dict[str, Any]:
    """Copy the chart's compliance records into the store (idempotent: a resumed destruction repeats it)."""
    records = gather(vault, client_id, destroyed_on or today())
    stamp = now_iso()
    with vault.records.transaction():
        for rec in records:
            store.insert(vault.records, rec, stamp)
    summary = {"counts": dict(sorted(Counter(r.kind for r in records).items())),
               "keep_until": max((r.keep_until for r in records), default=None), "citation": CITATION}
    if records:
        vault.ledger.append(RETAINED, {"client_id": client_id, "counts": summary["counts"],
                                       "keep_until": str(summary["keep_until"])})
    return summary


def summary(vault: Vault, subject_id: str) -> dict[str, Any]:
    """What the store keeps for a destroyed chart: counts per kind and the latest date (no content)."""
    kept = store.for_subject(vault.records, subject_id)
    return {"counts": dict(sorted(Counter(r.kind for r in kept).items())),
            "keep_until": max((r.keep_until for r in kept), default=date.min).isoformat() if kept else None,
            "citation": CITATION}


def suspensions(vault: Vault, subject_id: str) -> list[Suspension]:
    """Accounting suspensions kept for a destroyed chart."""
    return [Suspension(str(b["id"]), str(b["client_id"]), str(b["agency"]), date.fromisoformat(str(b["starts_on"])),
                       date.fromisoformat(str(b["ends_on"])), bool(b["written"]), str(b.get("reference") or ""))
            for b in (r.body for r in store.for_subject(vault.records, subject_id)
                      if r.kind == "accounting_suspension")]


def all_records(vault: Vault) -> list[ComplianceRecord]:
    return store.all_records(vault.records)


def records_for(vault: Vault, subject_id: str) -> list[ComplianceRecord]:
    return store.for_subject(vault.records, subject_id)


def identity(vault: Vault, subject_id: str) -> tuple[str, str] | None:
    """(how to name the client, chart number) of a destroyed chart whose compliance records are kept."""
    found = next((r for r in store.for_subject(vault.records, subject_id) if r.kind == "client_identity"), None)
    if found is None:
        return None
    destroyed = found.body.get("chart_destroyed_on", "?")
    return f"the client of destroyed chart {found.chart_number} (destroyed {destroyed})", found.chart_number


def resolve(vault: Vault, ref: str) -> str:
    """A destroyed chart's id from its chart number or id."""
    subject = store.subject_by_chart_number(vault.records, ref) or (ref if identity(vault, ref) else None)
    if subject is None:
        raise NotFound("No client, and no kept compliance records, with that id or chart number.")
    return subject


def destroy_due(vault: Vault, *, confirm: bool, on: date | None = None, json_path: Path | None = None
                ) -> dict[str, Any]:
    """Delete the records past their own date; return their signed certificate (ids and dates only)."""
    day = on or today()
    due = destroyable(store.all_records(vault.records), day)
    if not due:
        raise NotFound("No compliance record has reached its retention date.", code="compliance.nothing_due")
    if not confirm:
        raise InvalidInput("Confirm the destruction of the compliance records past their retention date.",
                           code="compliance.confirm")
    with vault.records.transaction():
        store.delete(vault.records, [r.record_id for r in due])
    listed = [{"record_id": r.record_id, "kind": r.kind, "chart_number": r.chart_number,
               "keep_until": r.keep_until.isoformat()} for r in due]
    entry = vault.ledger.append(DESTROYED, {"records": listed, "destroyed_on": day.isoformat()})
    certificate = {
        "format": CERT_FORMAT, "statement": "These compliance records were destroyed after their retention period "
        f"({CITATION}) had ended.", "records": listed, "destroyed_on": day.isoformat(),
        "performed_by": practice.load(vault).performer, "method": "SQLite DELETE with secure_delete on",
        "ledger_seq": entry.seq,
    }
    signature = vault.sign(chain.canonical(certificate))
    signed = {"certificate": certificate, "signature": base64.b64encode(signature).decode(),
              "public_key": base64.b64encode(vault.public_key).decode()}
    if json_path is not None:
        output_file.refuse_kept_places(Path(json_path).absolute(), "certificate")
        atomic_write(Path(json_path), json.dumps(signed, indent=2).encode(), what="writing the certificate")
    return signed


__all__ = ["all_records", "destroy_due", "gather", "identity", "records_for", "resolve", "retain", "summary",
           "suspensions"]

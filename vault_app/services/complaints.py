"""Complaints received by the practice and their disposition (domain/complaints.py; 45 CFR
164.530(d)(2), (j)). The words stay in the encrypted records; the ledger says only that a complaint
was received or disposed of, by id and day."""

from __future__ import annotations

import secrets
from datetime import date

from vault_app.domain.clinical import require_date
from vault_app.domain.complaints import Complaint, disposed, new_complaint
from vault_app.domain.errors import NotFound
from vault_app.services.clinical_common import now_iso, today
from vault_app.services.vault import Vault
from vault_app.storage import complaints as store


def add_complaint(vault: Vault, *, received_on: date | str, complainant: str, about: str) -> Complaint:
    day = require_date(received_on, "day the complaint was received", field="complaint_received_on")
    c = new_complaint("K-" + secrets.token_hex(4), received_on=day, complainant=complainant, about=about,
                      today=today())
    with vault.records.transaction():
        store.insert(vault.records, c, now_iso())
    vault.ledger.append("complaint.received", {"complaint_id": c.complaint_id, "received_on": day.isoformat()})
    return c


def get_complaint(vault: Vault, complaint_id: str) -> Complaint:
    found = store.get(vault.records, complaint_id) if isinstance(complaint_id, str) else None
    if found is None:
        raise NotFound("No complaint with that id.", code="complaint.not_found", hint="See 'vault-app complaint list'.")
    return found


def record_disposition(vault: Vault, complaint_id: str, *, disposition: str,
                       on: date | str | None = None) -> Complaint:
    day = require_date(on or today(), "day of the disposition", field="complaint_disposed_on")
    c = disposed(get_complaint(vault, complaint_id), disposition=disposition, on=day, today=today())
    with vault.records.transaction():
        store.set_disposition(vault.records, c)
    vault.ledger.append("complaint.disposed", {"complaint_id": c.complaint_id, "disposed_on": day.isoformat()})
    return c


def list_complaints(vault: Vault) -> list[Complaint]:
    return store.list_all(vault.records)


__all__ = ["add_complaint", "get_complaint", "list_complaints", "record_disposition"]

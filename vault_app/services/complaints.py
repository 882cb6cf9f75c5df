"""Complaints received by the practice and their disposition (domain/complaints.py; 45 CFR
164.530(d)(2), (j)). The words stay in the encrypted records; the ledger says only that a complaint
was received or disposed of, by id and day."""

from __future__ import annotations

import secrets
from datetime import date

from vault_app.domain.clinical import require_date
from vault_app.domain.complaints import Complaint, destroy_refusal, disposed, due_for_destruction, new_complaint
from vault_app.domain.errors import InvalidInput, NotFound
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


DESTROYED = "complaint.destroyed"


def due_complaints(vault: Vault) -> list[Complaint]:
    """The complaints past their six years today (domain/complaints.destroy_refusal), newest first."""
    return due_for_destruction(store.list_all(vault.records), today())


def destroy_complaint(vault: Vault, complaint_id: str, *, confirm: bool, clock_is_right: bool = False) -> Complaint:
    """Destroy one complaint whose six years have ended (45 CFR 164.530(j)(2)); never before, nor while it is
    open. The ledger keeps its id and days only: no complainant, no words of it. `clock_is_right`: due only
    by a clock that jumped more than a week past the vault's record, the therapist said the clock is right."""
    from vault_app.services import practice  # Lazy: only a destruction writes a refusal's day

    c = get_complaint(vault, complaint_id)
    refused = destroy_refusal(c, today(), practice.printing_locale(vault))
    if refused is not None:
        raise refused
    if not clock_is_right:
        _refuse_on_a_jumped_clock(vault, c)
    if not confirm:
        raise InvalidInput("Confirm the destruction of this complaint past its six years.",
                           code="complaint.destroy_confirm", params={"id": c.complaint_id})
    with vault.records.transaction():
        store.delete(vault.records, c.complaint_id)
    vault.ledger.append(DESTROYED, {
        "complaint_id": c.complaint_id, "received_on": c.received_on.isoformat(),
        "disposed_on": c.disposed_on.isoformat() if c.disposed_on else None,
        "kept_until": c.kept_until.isoformat(), "destroyed_on": today().isoformat()})
    return c


def _refuse_on_a_jumped_clock(vault: Vault, c: Complaint) -> None:
    """Due only by a clock that jumped more than a week past the vault's record (as the compliance
    records' destroy-due and a chart's destruction refuse it: domain/clock_gap.py)."""
    from vault_app.services import clock_behind

    before = clock_behind.gap_before_any(vault, [c.kept_until])
    if before is None:
        return
    raise InvalidInput(
        "This computer's clock is more than a week after this vault's record before today, and the complaint "
        "became due in between: only the clock says its six years (45 CFR 164.530(j)(2)) have ended. If the "
        "clock is wrong, set it right first.",
        code="complaint.destroy_clock_jumped", params={"id": c.complaint_id},
        hint="If it is right, run the command again with --clock-is-right.")


__all__ = ["DESTROYED", "add_complaint", "destroy_complaint", "due_complaints", "get_complaint", "list_complaints",
           "record_disposition"]

"""Recording a client's request, and granting an open one: the steps a superbill's issue and
the settling of a killed one (services/export_delivery.reconcile_pending) share with
services/requests.py, which imports export (so export cannot import it). And the request a
superbill or statement answers, as its disclosure's ledger entry says it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from vault_app.domain.requests import ClientRequest
from vault_app.services.clinical_common import now_iso, today
from vault_app.services.vault import Vault
from vault_app.storage import disclosure_requests as store


def log(vault: Vault, event: str, q: ClientRequest, **extra: object) -> None:
    vault.ledger.append(event, {"request_id": q.id, "client_id": q.client_id, "kind": q.kind, **extra})


def record(vault: Vault, q: ClientRequest) -> None:
    """A request, checked by the caller, on file and in the ledger from the day it was received."""
    with vault.records.transaction():
        store.insert(vault.records, q, now_iso())
    log(vault, "request.received", q, received_on=q.received_on.isoformat(), due_on=q.due_on.isoformat())


def record_if_missing(vault: Vault, q: ClientRequest) -> None:
    if store.get(vault.records, q.id) is None:
        record(vault, q)


def grant_if_open(vault: Vault, request_id: str, granted: str) -> None:
    """A superbill or statement killed after its file was written whole: the client's access
    request it answers is granted, as the issue would have done (services/superbill.py)."""
    found = store.get(vault.records, request_id)
    if found is None or found.closed:
        return
    day = today()
    q = replace(found, status="granted", decided_on=day, granted=granted)
    with vault.records.transaction():
        store.save(vault.records, q, now_iso())
    log(vault, "request.granted", q, decided_on=day.isoformat(), late=day > q.due_on)


# --- the request a superbill or statement answers ------------------------------------------
# The facts of the request an issue records with its file, kept in its disclosure's ledger
# entry (a date, the document's dates; never a name): what the settling of a kill between
# the file and the request needs to record it.
RECORDED_WITH_FILE = "request_recorded_with_file"


@dataclass(frozen=True)
class Answered:
    request_id: str
    granted: str  # "superbill D-..." / "statement D-..."
    to_record: ClientRequest | None  # the request the issue records with its file; None: one already on file


def facts(q: ClientRequest) -> dict[str, Any]:
    return {"received_on": q.received_on.isoformat(), "description": q.description,
            "by_representative": q.by_representative, "guardian_id": q.guardian_id}


def answered(extra: object, client_id: str, disclosure_id: str) -> Answered | None:
    """What a disclosure's ledger entry (its `extra`) says it answers; None: no client's request."""
    if not isinstance(extra, dict) or not extra.get("request_id"):
        return None
    request_id = str(extra["request_id"])
    return Answered(request_id, f"{extra.get('document')} {disclosure_id}",
                    _recorded_with_file(extra.get(RECORDED_WITH_FILE), request_id, client_id))


def _recorded_with_file(found: object, request_id: str, client_id: str) -> ClientRequest | None:
    # Read at every unlock that settles a killed issue: facts it cannot read record nothing
    # rather than stop the unlock (the file is still settled).
    if not isinstance(found, dict):
        return None
    try:
        received = date.fromisoformat(str(found.get("received_on")))
    except ValueError:
        return None
    return ClientRequest(id=request_id, client_id=client_id, kind="access", received_on=received,
                         description=str(found.get("description") or ""),
                         by_representative=bool(found.get("by_representative")),
                         guardian_id=str(found["guardian_id"]) if found.get("guardian_id") else None)


def settle(vault: Vault, done: Answered) -> None:
    """The document found whole after a kill: its request recorded (if the kill came first) and granted."""
    if done.to_record is not None:
        record_if_missing(vault, done.to_record)
    grant_if_open(vault, done.request_id, done.granted)


__all__ = ["RECORDED_WITH_FILE", "Answered", "answered", "facts", "grant_if_open", "log", "record",
           "record_if_missing", "settle"]

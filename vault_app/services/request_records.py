"""Recording a client's request, and granting an open one: the steps a superbill's issue and
the settling of a killed one (services/export.reconcile_pending) share with
services/requests.py, which imports export (so export cannot import it)."""

from __future__ import annotations

from dataclasses import replace

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


__all__ = ["grant_if_open", "log", "record", "record_if_missing"]

"""Restrictions (45 CFR 164.522(a)): record the client's request, agree or refuse, terminate.

The rules are in domain/restrictions.py; the gate enforces agreed restrictions
(services/disclosure_gate.py). The description is the client's own words and stays
in the encrypted chart; the ledger records ids, kinds and dates only.
"""

from __future__ import annotations

import secrets
from dataclasses import replace
from datetime import date

from vault_app.domain.clinical import clean_text, require_date
from vault_app.domain.errors import InvalidInput, NotFound
from vault_app.domain.names import check_name
from vault_app.domain.restrictions import (
    RESTRICTION_KINDS,
    Restriction,
    check_decision,
    check_termination,
    parse_covers,
)
from vault_app.services.clinical_common import audit, now_iso, require_client, today
from vault_app.services.vault import Vault
from vault_app.storage import disclosure_restrictions as store


def request_restriction(
    vault: Vault, client_id: str, *, kind: str, description: str, requested_on: date | str,
    kinds: list[str] | tuple[str, ...] = (), recipient: str = "",
) -> Restriction:
    require_client(vault, client_id)
    if kind not in RESTRICTION_KINDS:
        raise InvalidInput("A restriction is 'health_plan_self_pay' (services paid in full out of pocket, not to "
                           "the health plan) or 'other'.", code="restriction.kind_unknown", field="restriction_kind")
    asked = require_date(requested_on, "date of the request", allow_future=False, field="restriction_requested_on")
    described = clean_text(description, "restriction", required=True, field="restriction_description")
    r = Restriction("X-" + secrets.token_hex(4), client_id, kind, described, asked, kinds=parse_covers(kinds),
                    recipient=check_name(recipient, "recipient", field="restriction_recipient"))
    with vault.records.transaction():
        store.insert(vault.records, r, now_iso())
    audit(vault, "restriction.requested", client_id=client_id, restriction_id=r.restriction_id, kind=kind,
          requested_on=asked.isoformat())
    return r


def get_restriction(vault: Vault, restriction_id: str) -> Restriction:
    found = store.get(vault.records, restriction_id) if isinstance(restriction_id, str) else None
    if found is None:
        raise NotFound("No restriction with that id.", hint="List them with 'vault-app restriction list CLIENT'.",
                       code="restriction.not_found")
    return found


def decide(vault: Vault, restriction_id: str, *, agree: bool, decided_on: date | str | None = None) -> Restriction:
    r = get_restriction(vault, restriction_id)
    check_decision(r, agree)
    day = require_date(decided_on or today(), "decision date", allow_future=False, field="decided_on")
    if day < r.requested_on:
        raise InvalidInput("The decision is dated before the request.", code="restriction.decided_before_request",
                           field="decided_on")
    r = replace(r, status="agreed" if agree else "refused", decided_on=day)
    with vault.records.transaction():
        store.save(vault.records, r)
    audit(vault, "restriction.decided", client_id=r.client_id, restriction_id=r.restriction_id, status=r.status,
          decided_on=day.isoformat())
    return r


def terminate(vault: Vault, restriction_id: str, *, by: str, on: date | str | None = None) -> Restriction:
    """By the client: at any time. By the practice: after telling the client, and only for information
    created afterwards (the app stops enforcing it from that day), never for a self-pay restriction."""
    r = get_restriction(vault, restriction_id)
    check_termination(r, by)
    day = require_date(on or today(), "termination date", allow_future=False, field="terminated_on")
    if r.decided_on is not None and day < r.decided_on:
        raise InvalidInput("The termination is dated before the restriction was agreed.",
                           code="restriction.ended_before_agreed", field="terminated_on")
    r = replace(r, status="terminated", terminated_on=day, terminated_by=by)
    with vault.records.transaction():
        store.save(vault.records, r)
    audit(vault, "restriction.terminated", client_id=r.client_id, restriction_id=r.restriction_id, by=by,
          terminated_on=day.isoformat())
    return r


def list_restrictions(vault: Vault, client_id: str) -> list[Restriction]:
    require_client(vault, client_id)
    return store.for_client(vault.records, client_id)


__all__ = ["decide", "get_restriction", "list_restrictions", "request_restriction", "terminate"]

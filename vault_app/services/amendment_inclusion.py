"""The client's ask that a denied amendment request and its denial go with later disclosures of
the notes (45 CFR 164.526(d)(1)(iii), (d)(5)(ii)).

Without a statement of disagreement the request and denial go with a later disclosure only if
the client asked (domain/amendment_disclosure); the denial letter tells the client they may. Kept
on the request with the day the client asked, and in the ledger, as the statement of
disagreement is (services/request_amendments.file_disagreement).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from vault_app.domain.amendment_disclosure import ASK_CITATION, may_ask_inclusion
from vault_app.domain.clinical import require_date
from vault_app.domain.errors import InvalidInput, RefusedByPolicy
from vault_app.domain.locale_format import date_text
from vault_app.domain.requests import ClientRequest
from vault_app.services import practice, request_records
from vault_app.services.clinical_common import now_iso, today
from vault_app.services.requests import get_request
from vault_app.services.vault import Vault
from vault_app.storage import disclosure_requests as store


def ask_included(vault: Vault, request_id: str, *, asked_on: date | str | None = None) -> ClientRequest:
    """Record that the client asked for the request and its denial to go with later disclosures
    (`asked_on`: the day they asked; today when not said)."""
    q = get_request(vault, request_id)
    tag = practice.printing_locale(vault)
    if q.include_asked_on is not None:
        raise RefusedByPolicy(f"{q.label} already goes with later disclosures: the client asked on "
                              f"{date_text(q.include_asked_on, tag)}.", code="request.inclusion_already",
                              params={"id": q.id, "day": date_text(q.include_asked_on, tag)})
    if not may_ask_inclusion(kind=q.kind, status=q.status, refused_requester="not_representative" in q.grounds,
                             asked=False):
        raise RefusedByPolicy(f"Only a denied amendment request can go with later disclosures at the client's "
                              f"request ({ASK_CITATION}).", code="request.inclusion_needs_denial",
                              params={"citation": ASK_CITATION})
    day = require_date(asked_on or today(), "date the client asked", allow_future=False, field="include_asked_on")
    if q.decided_on is not None and day < q.decided_on:
        said, decided = date_text(day, tag), date_text(q.decided_on, tag)
        raise InvalidInput(f"The client's ask ({said}) is before the denial ({decided}).",
                           code="request.inclusion_before_denial", field="include_asked_on",
                           params={"day": said, "decided": decided})
    q = replace(q, include_asked_on=day)
    with vault.records.transaction():
        store.save(vault.records, q, now_iso())
    request_records.log(vault, "amendment.inclusion_asked", q, asked_on=day.isoformat(), note_ids=list(q.note_ids))
    return q


__all__ = ["ask_included"]

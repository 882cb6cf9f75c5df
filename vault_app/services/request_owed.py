"""What a decided access request still owes the client, read from the vault (the rule:
domain/request_owing.copy_owed, 45 CFR 164.524(c)(1), (d)(1), (d)(4))."""

from __future__ import annotations

from typing import TYPE_CHECKING

from vault_app.domain.request_owing import NOTHING, RELEASED, copy_owed
from vault_app.storage import disclosure_requests as store

if TYPE_CHECKING:
    from vault_app.domain.requests import ClientRequest
    from vault_app.services.vault import Vault


def copy_owed_by(vault: Vault, q: ClientRequest) -> str:
    """RELEASED, REST or NOTHING (domain/request_owing). The review is read only for a closed access
    request that rests on grounds: only a denial can have one."""
    if q.kind != "access" or not q.closed or q.status not in ("granted", "partially_granted"):
        return NOTHING
    review = store.review_for(vault.records, q.id) if q.grounds else None
    return copy_owed(q, review)


def reversal_owed(vault: Vault, request_id: str) -> str:
    """The review's decision ("reversed", "partly_reversed") while the copy it released is owed,
    else "": the copy's window then says what the reviewer's decision asks, not a first grant's words."""
    q = store.get(vault.records, request_id)
    if q is None or copy_owed_by(vault, q) != RELEASED:
        return ""
    review = store.review_for(vault.records, q.id)
    return review.decision if review is not None else ""


def owed_by_id(vault: Vault, qs: list[ClientRequest]) -> dict[str, str]:
    """What each decided request of `qs` still owes, by its id (RELEASED or REST); one owing
    nothing is not in it. The reviews are read once, for all."""
    decided = store.decided_reviews(vault.records) if any(q.closed and q.grounds for q in qs) else {}
    found = {q.id: copy_owed(q, decided.get(q.id)) for q in qs if q.closed}
    return {rid: owed for rid, owed in found.items() if owed}


def owing(vault: Vault, qs: list[ClientRequest]) -> list[ClientRequest]:
    """The requests still owing the client: open ones, and decided ones owing a copy (a denial's
    rest, a reversal's release): both count as due on the dashboard and the worklist."""
    owed = owed_by_id(vault, qs)
    return [q for q in qs if not q.closed or q.id in owed]


__all__ = ["copy_owed_by", "owed_by_id", "owing", "reversal_owed"]

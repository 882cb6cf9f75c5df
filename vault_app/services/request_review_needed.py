"""Which open access requests need the therapist's review because their requester's standing changed
after they were made (the rule: domain/request_requester_review, who_acts.REQUESTER_NO_LONGER), read
from the vault for the lists and the request's window, judged on today's date as the copy's window
judges them (services/access_recipient.requester_no_longer)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from vault_app.domain.request_requester_review import review_needed
from vault_app.services import access_recipient
from vault_app.services.clinical_common import today

if TYPE_CHECKING:
    from vault_app.domain.requests import ClientRequest
    from vault_app.services.vault import Vault


def review_of(vault: Vault, q: ClientRequest) -> str:
    """Why `q` needs review (a key of who_acts.REQUESTER_WHY), or "". Only an open access request a
    recorded representative made is judged: the chart is read for those alone."""
    if q.kind != "access" or q.closed or not q.guardian_id:
        return ""
    return review_needed(q.kind, closed=q.closed, guardian_id=q.guardian_id,
                         why=access_recipient.requester_change(vault, q, today()))


def review_by_id(vault: Vault, qs: list[ClientRequest]) -> dict[str, str]:
    """Why each request of `qs` needing review needs it, by its id; one that does not is not in it."""
    found = {q.id: review_of(vault, q) for q in qs}
    return {rid: why for rid, why in found.items() if why}


__all__ = ["review_by_id", "review_of"]

"""Whether the grounds chosen to deny a request fit it: who asked, and for a state's own ground
against a parent's access to a minor's record (domain/state_minor_access), the practice's license
state and the client's age on the decision day. Split from services/requests.py (at 500 lines)."""

from __future__ import annotations

from datetime import date

from vault_app.domain.errors import RefusedByPolicy
from vault_app.domain.requests import ClientRequest, Ground, fits, grounds_offered, mismatched_grounds
from vault_app.services import clients, practice
from vault_app.services.clinical_common import today
from vault_app.services.vault import Vault


def _state_and_age(vault: Vault, q: ClientRequest, on: date) -> tuple[str, int | None]:
    return practice.load(vault).license_state, clients.get_client(vault, q.client_id).age(on)


def check_grounds_fit(vault: Vault, q: ClientRequest, chosen: list[Ground], on: date) -> None:
    """Refuse grounds that do not fit the request, naming the first misfit by its words."""
    state, age = _state_and_age(vault, q, on)
    mismatched = mismatched_grounds(chosen, q.by_representative, state=state, age=age)
    if not mismatched:
        return
    first = next(g for g in chosen if not fits(g, q.by_representative, state=state, age=age))
    params = {"ground": first.code, "citation": first.citation}
    if first.state:
        raise RefusedByPolicy(" ".join(mismatched), hint="Choose a ground that fits who made the request.",
                              code="request.ground_state_minor_only", field="grounds",
                              params={**params, "state": first.state})
    raise RefusedByPolicy(" ".join(mismatched), hint="Choose a ground that fits who made the request.",
                          code="request.ground_only_for_representative", field="grounds", params=params)


def offered_codes(vault: Vault, q: ClientRequest, on: date | None = None) -> tuple[str, ...]:
    """The grounds a screen offers to deny this request today (a state's only where they fit)."""
    state, age = _state_and_age(vault, q, on or today())
    return tuple(g.code for g in grounds_offered(q.kind, q.by_representative, state=state, age=age))


__all__ = ["check_grounds_fit", "offered_codes"]

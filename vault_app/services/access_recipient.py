"""Who receives what the client's access request gives (45 CFR 164.502(g)): the client, or the
recorded personal representative, checked against the rules of domain/who_acts.py. The export
and the superbill record the recipient as the ledger names them."""

from __future__ import annotations

from dataclasses import dataclass

from vault_app.domain import who_acts
from vault_app.domain.disclosure import DisclosureRequest
from vault_app.domain.errors import RefusedByPolicy
from vault_app.services import representatives
from vault_app.services.vault import Vault
from vault_app.storage import disclosure_requests as request_store

CLIENT_SELF_RECIPIENT = "the client (own access request)"


@dataclass(frozen=True)
class AccessTo:
    """Who receives what the client's access request gives: the client, or the recorded personal
    representative (164.502(g)), whom the ledger names by capacity and guardian id ("the client's
    personal representative (parent)"); `disclosures` names them ("Jane Roe, parent")."""

    name: str = CLIENT_SELF_RECIPIENT
    guardian_id: str | None = None


def access_to(vault: Vault, request: DisclosureRequest, *, strict: bool = True) -> tuple[AccessTo, str]:
    """For a disclosure on the client's access request: who receives it, checked against the
    rules of domain/who_acts.py (a refusal raised, or with `strict=False` returned as a concern
    for a disclosure already made). The representative is the one the evidence names
    ("guardian_id"; empty: the client), else the one who made the request on file."""
    if request.basis.kind != "client_access":
        return AccessTo(), ""
    ev = request.basis.evidence
    if "guardian_id" in ev:
        guardian_id = str(ev.get("guardian_id") or "") or None
    else:
        on_file = request_store.get(vault.records, str(ev.get("request_id") or ""))
        guardian_id = on_file.guardian_id if on_file is not None and on_file.client_id == request.client_id else None
    try:
        guardian = representatives.require_copy_recipient(vault, request.client_id, guardian_id, request.on)
    except RefusedByPolicy as refused:
        if strict:
            raise
        guardian = representatives.guardian_of(vault, request.client_id, guardian_id) if guardian_id else None
        concern = refused.message
    else:
        concern = ""
    if guardian is None:
        return AccessTo(), concern
    return AccessTo(who_acts.ledger_recipient(guardian.authority), guardian.guardian_id), concern

"""After an accepted amendment: who must be told (45 CFR 164.526(c)(3)), and the record that they were.

The recipients come from the ledger (delivered disclosures that carried an amended
note) plus anyone the client names. Each notice given is a ledger entry, so the list
of who is still to be informed is always derived, never edited. A notice is recorded only with
the client's agreement (164.526(c)(2)), kept in its entry, and never to a recipient an agreed
restriction still covers for the amended notes (domain/amendment_notice.notice_refusal).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from vault_app.domain.amendment_notice import ToInform, notice_refusal, recipients_to_inform, restricted_for
from vault_app.domain.clinical import require_date
from vault_app.domain.errors import InvalidInput, RefusedByPolicy
from vault_app.domain.locale_format import date_text
from vault_app.domain.names import check_name
from vault_app.domain.restrictions import RestrictedItem
from vault_app.services import export, practice, restrictions
from vault_app.services.clinical_common import today
from vault_app.services.requests import get_request
from vault_app.services.vault import Vault
from vault_app.storage import clinical_notes

INFORMED = "amendment.recipient_informed"


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _accepted(vault: Vault, request_id: str) -> tuple[str, tuple[str, ...], str]:
    q = get_request(vault, request_id)
    if q.kind != "amendment" or q.status != "granted":
        raise RefusedByPolicy(f"{q.label} is not an accepted amendment; 45 CFR 164.526(c)(3) applies once one is.",
                              code="amendment_notice.not_accepted", params={"id": q.id})
    return q.client_id, q.note_ids, q.id


def _restricted(vault: Vault, client_id: str, note_ids: tuple[str, ...]) -> Callable[[str], bool]:
    """Whether an agreed restriction covers the amended notes for a recipient, today."""
    held = tuple(restrictions.list_restrictions(vault, client_id))
    # Read for their days only, not viewed (no note.viewed for a list); a destroyed one binds nothing.
    found = [clinical_notes.get(vault.records, n) for n in note_ids]
    items = tuple(RestrictedItem(n.note_id, "progress", n.note_date, False) for n in found if n is not None)
    on = today()
    return lambda name: restricted_for(name, items, held, on)


def recipients(vault: Vault, request_id: str) -> list[ToInform]:
    """Everyone to inform of the amendment, with the date each was informed (None: not yet) and
    whether an agreed restriction keeps it from them."""
    client_id, note_ids, rid = _accepted(vault, request_id)
    restricted = _restricted(vault, client_id, note_ids)
    known = recipients_to_inform(export.disclosures(vault, client_id), note_ids)
    # Keyed by the name compared loosely, holding it as recorded: a named person was listed
    # in lower case ("dr. rivera"), the key shown for the name.
    informed: dict[str, tuple[date, bool, str]] = {}
    for e in vault.ledger.entries(kinds=(INFORMED,)):
        if e.payload.get("request_id") == rid:
            name = str(e.payload["recipient"])
            informed[_norm(name)] = (date.fromisoformat(str(e.payload["informed_on"])),
                                     bool(e.payload.get("named_by_client")), name)
    out = [replace(t, informed_on=informed[_norm(t.recipient)][0] if _norm(t.recipient) in informed else None,
                   restricted=restricted(t.recipient))
           for t in known]
    listed = {_norm(t.recipient) for t in known}
    out += [ToInform(name, "", (), day, named_by_client=True, informed_on=day)
            for key, (day, named, name) in informed.items() if named and key not in listed]
    return out


def record_informed(vault: Vault, request_id: str, *, recipient: str, informed_on: date | str,
                    named_by_client: bool = False, client_agreed: bool = False) -> ToInform:
    """The amendment was sent to this recipient (164.526(c)(3)(i) if the client named them, else
    (ii)), with the client's agreement to have them informed (164.526(c)(2))."""
    client_id, note_ids, rid = _accepted(vault, request_id)
    name = check_name(recipient, "recipient", required=True, max_len=500, field="informed_recipient")
    day = require_date(informed_on, "date the recipient was informed", allow_future=False, field="informed_on")
    known = {_norm(t.recipient): t for t in recipients(vault, request_id)}
    found = known.get(_norm(name))
    if found is None and not named_by_client:
        raise InvalidInput("That recipient did not receive an amended note; if the client named them, say so "
                           "(--named-by-client).", code="amendment_notice.recipient_unknown",
                           field="informed_recipient")
    if found is not None and found.informed_on is not None:
        on = date_text(found.informed_on, practice.printing_locale(vault))
        # The recipient's name stays out of params (no identifying values in a refusal's params).
        raise RefusedByPolicy(f"{found.recipient} was already recorded as informed on {on}.",
                              code="amendment_notice.already_informed", params={"day": on})
    refusal = notice_refusal(client_agreed=client_agreed,
                             restricted=_restricted(vault, client_id, note_ids)(name))
    if refusal is not None:
        raise RefusedByPolicy(str(refusal), code=refusal.code, params=dict(refusal.params))
    vault.ledger.append(INFORMED, {"request_id": rid, "client_id": client_id, "recipient": name,
                                   "informed_on": day.isoformat(), "named_by_client": named_by_client,
                                   "client_agreed": True,
                                   "disclosure_ids": list(found.disclosure_ids) if found else []})
    if found is not None:
        return replace(found, informed_on=day)
    return ToInform(name, "", (), day, named_by_client=True, informed_on=day)


__all__ = ["INFORMED", "recipients", "record_informed"]

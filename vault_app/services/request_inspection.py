"""Granting an access request by an inspection of the record (domain/access_inspection): the day
and place arranged, the request granted, the ledger saying it was an inspection; no copy is made
and nothing is disclosed to a third party."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from vault_app.domain.access_inspection import inspection_closes, inspection_refusal, inspection_words
from vault_app.domain.clinical import require_date
from vault_app.domain.requests import ClientRequest
from vault_app.services import practice, request_due, request_records, requests
from vault_app.services.clinical_common import now_iso
from vault_app.services.requests import _text
from vault_app.services.vault import Vault
from vault_app.storage import disclosure_requests as store


def grant_by_inspection(vault: Vault, request_id: str, *, inspect_on: date | str, place: str,
                        decided_on: date | str | None = None) -> ClientRequest:
    """Granted by the inspection; a request asked for both (inspect and copies) keeps open for the
    copy, the inspection kept with it (domain/access_inspection.inspection_closes)."""
    q = requests.get_request(vault, request_id)
    q.check_open()
    day = require_date(inspect_on, "day of the inspection", field="inspect_on")
    where = _text(place, "place of the inspection", required=True, field="inspect_place")
    locale = practice.printing_locale(vault)
    refusal = inspection_refusal(q, day, request_due.deadline_of(vault, q).day, locale)
    if refusal is not None:
        raise refusal
    words = inspection_words(day, where, locale)
    if inspection_closes(q):
        q = requests.grant_request(vault, request_id, decided_on=decided_on, granted=words)
    else:  # asked for both: the inspection answers its part, the request stays open for the copy
        q = replace(q, granted=words)
        with vault.records.transaction():
            store.save(vault.records, q, now_iso())
    # The place stays in the request's record; the ledger says only that, and when, it was an inspection
    # (and whether the copy is still owed).
    request_records.log(vault, "request.inspection_arranged", q, inspect_on=day.isoformat(),
                        copy_owed=not q.closed)
    return q


__all__ = ["grant_by_inspection"]

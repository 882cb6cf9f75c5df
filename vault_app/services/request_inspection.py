"""Granting an access request by an inspection of the record (domain/access_inspection): the day
and place arranged, the request granted, the ledger saying it was an inspection; no copy is made
and nothing is disclosed to a third party."""

from __future__ import annotations

from datetime import date

from vault_app.domain.access_inspection import inspection_refusal, inspection_words
from vault_app.domain.clinical import require_date
from vault_app.domain.requests import ClientRequest
from vault_app.services import practice, request_due, request_records, requests
from vault_app.services.requests import _text
from vault_app.services.vault import Vault


def grant_by_inspection(vault: Vault, request_id: str, *, inspect_on: date | str, place: str,
                        decided_on: date | str | None = None) -> ClientRequest:
    q = requests.get_request(vault, request_id)
    q.check_open()
    day = require_date(inspect_on, "day of the inspection", field="inspect_on")
    where = _text(place, "place of the inspection", required=True, field="inspect_place")
    locale = practice.printing_locale(vault)
    refusal = inspection_refusal(q, day, request_due.deadline_of(vault, q).day, locale)
    if refusal is not None:
        raise refusal
    q = requests.grant_request(vault, request_id, decided_on=decided_on, granted=inspection_words(day, where, locale))
    # The place stays in the request's record; the ledger says only that, and when, it was an inspection.
    request_records.log(vault, "request.inspection_arranged", q, inspect_on=day.isoformat())
    return q


__all__ = ["grant_by_inspection"]

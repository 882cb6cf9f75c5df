"""The parts of an access request no copy here carries (the treatment plan, the documents attached to
the chart), given on paper after the copy, and the request then granted (45 CFR 164.524(c)(1)).

A copy of the whole record leaves them out: the request stays open for them (services/access_copy),
not closed as "granted" with a part withheld, which only a denial in writing on one of 164.524(a)'s
grounds may do (164.524(d)(1); requests.deny_request). Once the therapist has printed them from the
chart and handed or mailed them, this records it: the request is granted with the copy's parts (as the
ledger has them) and these "given another way", on the day said."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from vault_app.domain.access_copy_parts import PARTS, labels, outside
from vault_app.domain.clinical import require_date
from vault_app.domain.errors import InvalidInput, NotFound, RefusedByPolicy
from vault_app.domain.request_given import GIVEN_KINDS, Given
from vault_app.domain.requests import ClientRequest
from vault_app.services import access_copy, practice, representatives, requests
from vault_app.services.access_copy_check import ACCESS_KINDS, held
from vault_app.services.access_copy_export_cover import ExportCover, export_cover
from vault_app.services.access_copy_given import GivenPart, given_list
from vault_app.services.clinical_common import today
from vault_app.services.vault import Vault


def paper_pending(vault: Vault, request_id: str) -> tuple[str, ...]:
    """The parts still to give on paper (codes of domain/access_copy_parts): an open access request
    whose copy was given, and the parts of the chart no copy here carries that no complete open
    export under the request held as they are now (services/access_copy_export_cover); () otherwise."""
    return still_to_give(vault, request_id)[0]


def still_to_give(vault: Vault, request_id: str) -> tuple[tuple[str, ...], ExportCover]:
    """paper_pending, and what the open exports under the request held (for the window to say why a
    part is still to give: attached or changed after the export, or an export older than its record)."""
    q = requests.get_request(vault, request_id)
    if q.kind != "access" or q.status != "open" or not given_list(vault, request_id):
        return (), ExportCover()
    cover = export_cover(vault, q)
    return outside(access_copy.outside_held(vault, q.client_id), cover.covered), cover


def grant_if_whole(vault: Vault, request_id: str, on: date) -> ClientRequest | None:
    """An open access request granted on `on` when every part the chart holds is given (the copy's
    kinds by the ledger, the plan and documents by a complete open export that held them as they are);
    None (left open) otherwise. Called after an open export made under the request."""
    q = requests.get_request(vault, request_id)
    if q.kind != "access" or q.status != "open":
        return None
    given_parts = given_list(vault, request_id)
    kinds = {p.kind for p in given_parts}
    if not given_parts or any(held(vault, q.client_id, k, None, None, on) and k not in kinds for k in ACCESS_KINDS):
        return None
    pending, cover = still_to_give(vault, request_id)
    if pending:
        return None
    return _grant(vault, q, given_parts, (), on, cover)


def record_given_on_paper(vault: Vault, request_id: str, parts: Iterable[str], *,
                          on: date | str | None = None) -> ClientRequest:
    """`parts`: what was given on paper (every part still to give: paper_pending); `on`: the day it
    was given (default today). The request is granted on that day."""
    q = requests.get_request(vault, request_id)
    q.check_open()
    if q.kind != "access":
        raise InvalidInput("Only an access request is granted with a copy of the record.",
                           code="access_copy.not_access")
    given_parts = given_list(vault, request_id)
    if not given_parts:
        raise RefusedByPolicy("No copy of this request has been given yet: make the copy first; the parts it "
                              "cannot hold are given on paper after it.", code="access_copy.paper_no_copy")
    named = tuple(dict.fromkeys(p.strip() for p in parts if p.strip()))
    pending = paper_pending(vault, request_id)
    wrong = [p for p in named if p not in pending]
    missing = [p for p in pending if p not in named]
    if wrong or missing or not named:
        raise InvalidInput(
            f"Still to give on paper: {labels(pending) or 'nothing'}; name each of them "
            f"({', '.join(pending) or 'none'}).", code="access_copy.paper_parts", field="parts",
            params={"parts": ", ".join(pending)})
    day = require_date(on or today(), "day given", allow_future=False, field="given_on")
    # What an open export under the request held is given too, by it (said so, with its day).
    return _grant(vault, q, given_parts, named, day, export_cover(vault, q))


def _grant(vault: Vault, q: ClientRequest, given_parts: tuple[GivenPart, ...], otherwise: Iterable[str],
           day: date, cover: ExportCover) -> ClientRequest:
    kinds = {p.kind for p in given_parts}
    to = next((p.to for p in given_parts if p.to), "")
    authority = ""
    if to:
        try:
            authority = representatives.guardian_of(vault, q.client_id, to).authority
        except NotFound:  # removed from the chart since: the copy went to a representative all the same
            authority = "representative"
    given = Given(copied=tuple(k for k in GIVEN_KINDS if k in kinds), to=authority,
                  measures=any(p.measures for p in given_parts if p.kind == "progress"),
                  otherwise=tuple(p for p in PARTS if p in set(otherwise) - set(cover.covered)),
                  by_export=tuple(p for p in PARTS if p in set(cover.covered)), export_on=cover.covered_on,
                  drafts_left_out=tuple(d for p in given_parts for d in p.drafts_left_out))
    return requests.grant_request(vault, q.id, decided_on=day,
                                  granted=given.sentence(practice.printing_locale(vault)), given=given)


__all__ = ["grant_if_whole", "paper_pending", "record_given_on_paper", "still_to_give"]

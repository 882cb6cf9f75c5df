"""The unsigned drafts an access copy left out (the request's `given.drafts_left_out`), by day.

Found by a walker: the copy window said "Left out as unsigned drafts: 1" and closed on success,
and nothing on the request said it after; once she signs such a note, she must know the client
has not had it. Each draft by its note's day, never its text; a note gone since (discarded or
destroyed) is counted only. Read from the chart's note list, which logs no view of a note."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vault_app.domain.requests import ClientRequest
    from vault_app.services.vault import Vault


def drafts_left_out_days(vault: Vault, q: ClientRequest) -> tuple[tuple[date, ...], int]:
    """The days of the drafts `q`'s copy left out, in the order kept, and how many of them the
    chart no longer holds. Nothing for a request whose copy left no draft out."""
    from vault_app.services import notes

    ids = q.given.drafts_left_out if q.given is not None else ()
    if not ids:
        return (), 0
    days = {n.note_id: n.note_date for n in notes.list_notes(vault, q.client_id)}
    found = tuple(days[i] for i in ids if i in days)
    return found, len(ids) - len(found)


__all__ = ["drafts_left_out_days"]

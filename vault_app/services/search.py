"""Full-text search over names and note text (FTS5, bm25-ranked, with snippets).

Progress notes, their addenda and client names are searched in records.db.
Psychotherapy notes are searched only when the caller asks for them explicitly
(`psychotherapy=True`); that needs the compartment unlocked (CompartmentLocked
otherwise) and is logged. Their hits come back in a separate list, never mixed
with the progress-side results.
"""

from __future__ import annotations

from datetime import date

from vault_app.domain.errors import InvalidInput
from vault_app.domain.search import ClientHit, NoteHit, SearchResults, fts_query
from vault_app.services.clinical_common import audit, require_client
from vault_app.services.vault import Vault
from vault_app.storage import clinical_search
from vault_app.storage.clinical_search import RawHit

DEFAULT_LIMIT = 20
MAX_LIMIT = 200
DEFAULT_MARKS = ("[", "]")


def _note_hits(raw: list[RawHit], kind: str) -> list[NoteHit]:
    return [
        NoteHit(r.ref_id, kind, r.client_id, date.fromisoformat(r.note_date), r.template, r.signed_at is not None,
                " ".join(r.snippet.split()), r.rank, r.amendment_id)
        for r in raw
    ]


def _merge(notes: list[NoteHit], amendments: list[NoteHit], limit: int) -> tuple[NoteHit, ...]:
    seen = {n.note_id for n in notes}
    extra = [a for a in amendments if a.note_id not in seen]
    return tuple(sorted(notes + extra, key=lambda h: h.rank)[:limit])


def search(
    vault: Vault,
    query: str,
    *,
    psychotherapy: bool = False,
    client_id: str | None = None,
    limit: int = DEFAULT_LIMIT,
    marks: tuple[str, str] = DEFAULT_MARKS,
    include_clients: bool = True,
) -> SearchResults:
    """Search the record; `marks` wrap the matched words in snippets (e.g. '<b>', '</b>')."""
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
        raise InvalidInput(f"The number of results must be between 1 and {MAX_LIMIT}.")
    match = fts_query(query)
    if client_id is not None:
        require_client(vault, client_id)
    psy_db = vault.psychotherapy if psychotherapy else None  # CompartmentLocked before any work
    db = vault.records
    notes = _note_hits(clinical_search.progress_notes(db, match, limit=limit, marks=marks, client_id=client_id),
                       "progress")
    amendments = _note_hits(
        clinical_search.amendments(db, "note_amendments", "progress_notes", match, limit=limit, marks=marks,
                                   client_id=client_id),
        "progress",
    )
    clients: tuple[ClientHit, ...] = ()
    if include_clients and client_id is None:
        clients = tuple(ClientHit(*row) for row in clinical_search.clients(db, match, limit=limit))
    psy_hits: tuple[NoteHit, ...] | None = None
    if psy_db is not None:
        found = _note_hits(
            clinical_search.psychotherapy_notes(psy_db, match, limit=limit, marks=marks, client_id=client_id),
            "psychotherapy",
        )
        psy_amend = _note_hits(
            clinical_search.amendments(psy_db, "psychotherapy_amendments", "psychotherapy_notes", match, limit=limit,
                                       marks=marks, client_id=client_id),
            "psychotherapy",
        )
        psy_hits = _merge(found, psy_amend, limit)
        audit(vault, "search.psychotherapy", client_id=client_id, hits=len(psy_hits))
    return SearchResults(query, clients, _merge(notes, amendments, limit), psy_hits)


def optimize_indexes(vault: Vault) -> None:
    """Merge the search indexes (after a bulk import or a destruction)."""
    clinical_search.optimize(vault.records)
    if vault.psychotherapy_open:
        clinical_search.optimize(vault.psychotherapy)


def check_indexes(vault: Vault) -> dict[str, list[str]]:
    """FTS5 integrity check of every open compartment's index against its content."""
    result = {"records": clinical_search.integrity_check(vault.records)}
    if vault.psychotherapy_open:
        result["psychotherapy"] = clinical_search.integrity_check(vault.psychotherapy)
    return result


__all__ = ["SearchResults", "check_indexes", "optimize_indexes", "search"]

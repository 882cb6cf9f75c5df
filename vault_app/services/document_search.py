"""Full-text search in the text of attached documents (PDFs brought in by an import or a
folder of PDFs): the index lives in records.db next to the documents, and goes with them
when a chart is destroyed (its rows carry client_id)."""

from __future__ import annotations

from vault_app.domain.search import DocumentHit, fts_query
from vault_app.services.clinical_common import require_client
from vault_app.services.vault import Vault
from vault_app.storage import clinical_attachments, clinical_clients, imports

MARKS = ("[", "]")


def search_documents(vault: Vault, query: str, *, client_id: str | None = None, limit: int = 50,
                     marks: tuple[str, str] = MARKS) -> list[DocumentHit]:
    """Documents whose text matches `query` (the note search's syntax: words, "phrases", prefix*, OR)."""
    if client_id is not None:
        require_client(vault, client_id)
    match = fts_query(query)
    hits = []
    charts: dict[str, str] = {}
    for attachment_id, owner, snippet, rank in imports.search_attachment_texts(
            vault.records, match, limit=max(1, min(limit, 500)), marks=marks, client_id=client_id):
        meta = clinical_attachments.get(vault.records, attachment_id)
        if meta is None:
            continue
        if owner not in charts:
            # Hits are labelled by chart number, never by name: a result list may be on screen.
            client = clinical_clients.get(vault.records, owner)
            charts[owner] = client.chart_number if client is not None else "?"
        hits.append(DocumentHit(attachment_id, owner, charts[owner], meta.kind, meta.description or meta.filename,
                                meta.filename, meta.document_date, " ".join(snippet.split()), rank))
    return hits


__all__ = ["DocumentHit", "search_documents"]

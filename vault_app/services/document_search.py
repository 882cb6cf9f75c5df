"""Full-text search in the text of attached documents (PDFs brought in by an import or a
folder of PDFs): the index lives in records.db next to the documents, and goes with them
when a chart is destroyed (its rows carry client_id)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from vault_app.domain.search import fts_query
from vault_app.services.clinical_common import require_client
from vault_app.services.vault import Vault
from vault_app.storage import clinical_attachments, imports

MARKS = ("[", "]")


@dataclass(frozen=True)
class DocumentHit:
    attachment_id: str
    client_id: str
    kind: str
    filename: str
    snippet: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def search_documents(vault: Vault, query: str, *, client_id: str | None = None, limit: int = 50,
                     marks: tuple[str, str] = MARKS) -> list[DocumentHit]:
    """Documents whose text matches `query` (the note search's syntax: words, "phrases", prefix*, OR)."""
    if client_id is not None:
        require_client(vault, client_id)
    match = fts_query(query)
    hits = []
    for attachment_id, owner, snippet, _rank in imports.search_attachment_texts(
            vault.records, match, limit=max(1, min(limit, 500)), marks=marks, client_id=client_id):
        meta = clinical_attachments.get(vault.records, attachment_id)
        if meta is not None:
            hits.append(DocumentHit(attachment_id, owner, meta.kind, meta.filename, snippet))
    return hits


__all__ = ["DocumentHit", "search_documents"]

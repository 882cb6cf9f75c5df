"""Turning what a user types into a safe FTS5 query, and the shapes of search results.

User text never reaches FTS5 syntax directly (a stray quote or a word like NEAR
would be a syntax error or change the meaning): words become quoted terms
ANDed together; "double quotes" keep a phrase; a trailing * asks for a prefix;
OR between two terms is honoured.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from vault_app.domain.errors import InvalidInput

MAX_QUERY_CHARS = 500
MAX_TERMS = 16
_TOKEN = re.compile(r'"([^"]*)"\*?|(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str:
    """The FTS5 MATCH expression for a user's query; InvalidInput if it has no words."""
    text = (text or "").strip()
    if len(text) > MAX_QUERY_CHARS:
        raise InvalidInput(f"The search is too long (at most {MAX_QUERY_CHARS} characters).", code="search.too_long",
                           params={"max": MAX_QUERY_CHARS})
    parts: list[str] = []
    pending_or = False
    for match in _TOKEN.finditer(text):
        phrase, bare = match.group(1), match.group(2)
        if bare == "OR" and parts:
            pending_or = True
            continue
        if phrase is not None:
            words = _WORD.findall(phrase)
            prefix = match.group(0).endswith("*")
        else:
            words = _WORD.findall(bare or "")
            prefix = bool(bare and bare.endswith("*"))
        if not words:
            continue
        term = '"' + " ".join(words) + '"' + ("*" if prefix else "")
        if pending_or:
            parts[-1] = f"{parts[-1]} OR {term}"
            pending_or = False
        else:
            parts.append(term)
    if not parts:
        raise InvalidInput("Type at least one word to search for.", code="search.empty")
    if len(parts) > MAX_TERMS:
        raise InvalidInput(f"Use at most {MAX_TERMS} search terms.", code="search.too_many_terms",
                           params={"max": MAX_TERMS})
    return " AND ".join(f"({p})" if " OR " in p else p for p in parts)


@dataclass(frozen=True)
class ClientHit:
    client_id: str
    chart_number: str
    legal_name: str
    preferred_name: str
    status: str
    rank: float

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class NoteHit:
    note_id: str
    kind: str  # progress | psychotherapy
    client_id: str
    note_date: date
    template: str  # the note's template; for a hit in an addendum/amendment, "addendum" or "amendment"
    signed: bool
    snippet: str
    rank: float  # bm25: lower is better
    amendment_id: str | None = None  # set when the match is in an addendum/amendment

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class DocumentHit:
    """A match in the text of an attached document (a PDF brought in by an import or a
    folder of PDFs): the search names it by its title and chart number, and opens the
    chart's attachments."""

    attachment_id: str
    client_id: str
    chart_number: str
    kind: str  # the attachment kind (imported_note, treatment_plan, questionnaire, ...)
    title: str  # its description, else its file name
    filename: str
    document_date: date | None
    snippet: str
    rank: float  # bm25: lower is better

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class SearchResults:
    query: str
    clients: tuple[ClientHit, ...]
    notes: tuple[NoteHit, ...]
    psychotherapy_notes: tuple[NoteHit, ...] | None  # None: not searched (locked or not asked)
    # True when a very common word made the search rank only the most recently
    # written matching notes (see storage/clinical_search.RECENT_WINDOW).
    recent_only: bool = False
    documents: tuple[DocumentHit, ...] = ()  # matches in attached documents' text

    def as_dict(self) -> dict[str, Any]:
        return {
            "clients": [c.as_dict() for c in self.clients],
            "notes": [n.as_dict() for n in self.notes],
            "psychotherapy_notes": (
                None if self.psychotherapy_notes is None else [n.as_dict() for n in self.psychotherapy_notes]
            ),
            "recent_only": self.recent_only,
            "documents": [d.as_dict() for d in self.documents],
        }

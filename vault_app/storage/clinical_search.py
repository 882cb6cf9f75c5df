"""FTS5 queries. Each compartment's index is searched only through its own connection.

Ranking is bm25. A word found in thousands of notes would make FTS5 score every
one of them (tens of milliseconds at 50,000 notes) although its ranking says
little; such queries are ranked among the RECENT_WINDOW most recently written
matches, found by a cheap probe in rowid order, and the result says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from vault_app.storage.compartment import Compartment

SNIPPET_TOKENS = 12
RECENT_WINDOW = 4000
FTS_TABLES: dict[str, tuple[str, ...]] = {
    "records": ("progress_notes_fts", "note_amendments_fts", "clients_fts"),
    "psychotherapy": ("psychotherapy_notes_fts", "psychotherapy_amendments_fts"),
}
_SAFE_ID = re.compile(r"^[0-9a-f]{16}$")


@dataclass(frozen=True)
class Source:
    """One searchable note table: its FTS index, text column and how to describe a hit."""

    table: str
    text_col: str
    notes_table: str  # where note_date/signed_at live (the table itself for notes)
    amendment: bool

    @property
    def fts(self) -> str:
        return f"{self.table}_fts"


PROGRESS = Source("progress_notes", "search_text", "progress_notes", False)
PROGRESS_AMENDMENTS = Source("note_amendments", "text", "progress_notes", True)
PSYCHOTHERAPY = Source("psychotherapy_notes", "body", "psychotherapy_notes", False)
PSYCHOTHERAPY_AMENDMENTS = Source("psychotherapy_amendments", "text", "psychotherapy_notes", True)


@dataclass(frozen=True)
class RawHit:
    ref_id: str
    client_id: str
    note_date: str
    template: str
    signed_at: str | None
    snippet: str
    rank: float
    amendment_id: str | None = None


def _expression(source: Source, match: str, client_id: str | None) -> str:
    expr = f"{source.text_col} : ({match})"
    if client_id is None:
        return expr
    if not _SAFE_ID.match(client_id):
        raise ValueError("client ids are 16 hex digits")
    return f'client_id : "{client_id}" AND {expr}'


def _window_floor(db: Compartment, fts: str, expr: str) -> int | None:
    row = db.query_one(
        f"SELECT rowid FROM {fts} WHERE {fts} MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
        (expr, RECENT_WINDOW - 1),
    )
    return int(row["rowid"]) if row else None


def search_notes(
    db: Compartment, source: Source, match: str, *, limit: int, marks: tuple[str, str], client_id: str | None = None
) -> tuple[list[RawHit], bool]:
    """(hits, windowed): the best `limit` hits; windowed if only recent matches were ranked."""
    fts = source.fts
    expr = _expression(source, match, client_id)
    floor = _window_floor(db, fts, expr) if client_id is None else None
    if source.amendment:
        cols = "a.note_id, a.client_id, n.note_date, a.kind AS template, n.signed_at, f.snip, f.rank, a.amendment_id"
        join = f"JOIN {source.table} a ON a.seq = f.rowid JOIN {source.notes_table} n ON n.note_id = a.note_id"
    else:
        template = "n.template" if source.table == "progress_notes" else "'free'"
        cols = (
            f"n.note_id, n.client_id, n.note_date, {template} AS template, n.signed_at, f.snip, f.rank, "
            "NULL AS amendment_id"
        )
        join = f"JOIN {source.table} n ON n.seq = f.rowid"
    # The inner query lets FTS5 sort by rank itself and stop after `limit` rows,
    # so snippets are built only for the rows returned.
    sql = (
        f"SELECT {cols} FROM ("
        f"  SELECT rowid, rank, snippet({fts}, 0, ?, ?, '…', ?) AS snip FROM {fts}"
        f"  WHERE {fts} MATCH ?" + (" AND rowid >= ?" if floor is not None else "") + " ORDER BY rank LIMIT ?"
        f") f {join} ORDER BY f.rank"
    )
    params: list[Any] = [marks[0], marks[1], SNIPPET_TOKENS, expr]
    if floor is not None:
        params.append(floor)
    params.append(limit)
    rows = db.query(sql, params)
    hits = [
        RawHit(
            ref_id=r["note_id"], client_id=r["client_id"], note_date=r["note_date"], template=r["template"],
            signed_at=r["signed_at"], snippet=r["snip"], rank=float(r["rank"]), amendment_id=r["amendment_id"],
        )
        for r in rows
    ]
    return hits, floor is not None


def clients(db: Compartment, match: str, *, limit: int) -> list[tuple[str, str, str, str, str, float]]:
    rows = db.query(
        "SELECT c.client_id, c.chart_number, c.legal_name, c.preferred_name, c.status, f.rank FROM ("
        "  SELECT rowid, rank FROM clients_fts WHERE clients_fts MATCH ? ORDER BY rank LIMIT ?"
        ") f JOIN clients c ON c.seq = f.rowid ORDER BY f.rank",
        (match, limit),
    )
    return [
        (r["client_id"], r["chart_number"], r["legal_name"], r["preferred_name"], r["status"], float(r["rank"]))
        for r in rows
    ]


def optimize(db: Compartment) -> None:
    """Merge every index into one segment (explicit maintenance; destruction calls it too)."""
    for table in FTS_TABLES.get(db.name, ()):
        db.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")


MERGE_PAGES = 500


def merge(db: Compartment, pages: int = MERGE_PAGES) -> None:
    """Incremental merge after a bulk load: about `pages` pages of work per index, so the cost
    follows what was added. 'optimize' rewrites the whole index instead: on a 30-year vault
    that is most of a bulk import's time, and all of it page encryption."""
    for table in FTS_TABLES.get(db.name, ()):
        db.execute(f"INSERT INTO {table}({table}, rank) VALUES ('merge', ?)", (int(pages),))


def integrity_check(db: Compartment) -> list[str]:
    """FTS5's own check that the index matches its content table."""
    problems = []
    for table in FTS_TABLES.get(db.name, ()):
        try:
            db.execute(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)")
        except Exception as exc:  # a mismatch surfaces as a (classified) database error
            problems.append(f"{table}: {type(exc).__name__}")
    return problems

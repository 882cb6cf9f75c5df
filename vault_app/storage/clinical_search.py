"""FTS5 queries. Each compartment's index is searched only through its own connection."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from vault_app.storage.compartment import Compartment

SNIPPET_TOKENS = 12
FTS_TABLES: dict[str, tuple[str, ...]] = {
    "records": ("progress_notes_fts", "note_amendments_fts", "clients_fts"),
    "psychotherapy": ("psychotherapy_notes_fts", "psychotherapy_amendments_fts"),
}


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


def _hits(rows: list[Any], amendment: bool = False) -> list[RawHit]:
    if amendment:
        return [RawHit(r[0], r[1], r[2], r[3], r[4], r[5], float(r[6]), r[7]) for r in rows]
    return [RawHit(r[0], r[1], r[2], r[3], r[4], r[5], float(r[6])) for r in rows]


def progress_notes(
    db: Compartment, match: str, *, limit: int, marks: tuple[str, str], client_id: str | None = None
) -> list[RawHit]:
    # The inner query lets FTS5 sort by rank itself and stop after `limit` rows,
    # so snippets are built only for the rows returned.
    if client_id is None:
        sql = (
            "SELECT n.note_id, n.client_id, n.note_date, n.template, n.signed_at, f.snip, f.rank FROM ("
            "  SELECT rowid, rank, snippet(progress_notes_fts, 0, ?, ?, '…', ?) AS snip FROM progress_notes_fts"
            "  WHERE progress_notes_fts MATCH ? ORDER BY rank LIMIT ?"
            ") f JOIN progress_notes n ON n.seq = f.rowid ORDER BY f.rank"
        )
        return _hits(db.query(sql, (marks[0], marks[1], SNIPPET_TOKENS, match, limit)))
    sql = (
        "SELECT n.note_id, n.client_id, n.note_date, n.template, n.signed_at,"
        " snippet(progress_notes_fts, 0, ?, ?, '…', ?), progress_notes_fts.rank"
        " FROM progress_notes_fts JOIN progress_notes n ON n.seq = progress_notes_fts.rowid"
        " WHERE progress_notes_fts MATCH ? AND n.client_id = ? ORDER BY progress_notes_fts.rank LIMIT ?"
    )
    return _hits(db.query(sql, (marks[0], marks[1], SNIPPET_TOKENS, match, client_id, limit)))


def amendments(
    db: Compartment, table: str, notes_table: str, match: str, *, limit: int, marks: tuple[str, str],
    client_id: str | None = None,
) -> list[RawHit]:
    fts = f"{table}_fts"
    sql = (
        f"SELECT a.note_id, a.client_id, n.note_date, a.kind, n.signed_at,"
        f" snippet({fts}, 0, ?, ?, '…', ?), {fts}.rank,"
        f" a.amendment_id FROM {fts} JOIN {table} a ON a.seq = {fts}.rowid"
        f" JOIN {notes_table} n ON n.note_id = a.note_id"
        f" WHERE {fts} MATCH ?" + (" AND a.client_id = ?" if client_id else "") + f" ORDER BY {fts}.rank LIMIT ?"
    )
    params: list[Any] = [marks[0], marks[1], SNIPPET_TOKENS, match]
    if client_id:
        params.append(client_id)
    params.append(limit)
    return _hits(db.query(sql, params), amendment=True)


def psychotherapy_notes(
    db: Compartment, match: str, *, limit: int, marks: tuple[str, str], client_id: str | None = None
) -> list[RawHit]:
    sql = (
        "SELECT n.note_id, n.client_id, n.note_date, 'free', n.signed_at,"
        " snippet(psychotherapy_notes_fts, 0, ?, ?, '…', ?), psychotherapy_notes_fts.rank"
        " FROM psychotherapy_notes_fts JOIN psychotherapy_notes n ON n.seq = psychotherapy_notes_fts.rowid"
        " WHERE psychotherapy_notes_fts MATCH ?" + (" AND n.client_id = ?" if client_id else "")
        + " ORDER BY psychotherapy_notes_fts.rank LIMIT ?"
    )
    params: list[Any] = [marks[0], marks[1], SNIPPET_TOKENS, match]
    if client_id:
        params.append(client_id)
    params.append(limit)
    return _hits(db.query(sql, params))


def clients(db: Compartment, match: str, *, limit: int) -> list[tuple[str, str, str, str, str, float]]:
    rows = db.query(
        "SELECT c.client_id, c.chart_number, c.legal_name, c.preferred_name, c.status, clients_fts.rank"
        " FROM clients_fts JOIN clients c ON c.seq = clients_fts.rowid"
        " WHERE clients_fts MATCH ? ORDER BY clients_fts.rank LIMIT ?",
        (match, limit),
    )
    return [(r[0], r[1], r[2], r[3], r[4], float(r[5])) for r in rows]


def optimize(db: Compartment) -> None:
    """Merge every index into one segment (after bulk loads; destruction calls it too)."""
    for table in FTS_TABLES.get(db.name, ()):
        db.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")


def integrity_check(db: Compartment) -> list[str]:
    """FTS5's own check that the index matches its content table."""
    problems = []
    for table in FTS_TABLES.get(db.name, ()):
        try:
            db.execute(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)")
        except Exception as exc:  # the driver reports a mismatch as a generic database error
            problems.append(f"{table}: {type(exc).__name__}")
    return problems

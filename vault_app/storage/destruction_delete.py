"""Generic deletion of a chart's rows, and the compaction that follows it.

A chart's data is found by schema discovery, not by a list of tables: every
ordinary table with a `client_id` column in a compartment belongs to charts
(the team rule), so tables added by later features are covered without a
change here. Full-text indexes are kept in step by their own triggers.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from vault_app.domain.errors import EnvironmentProblem
from vault_app.storage import held_text
from vault_app.storage.compartment import Compartment
from vault_app.storage.sql_errors import CHART_CLOSED
from vault_app.storage.sql_lists import VALUES_OF, as_json

CLIENT_COLUMN = "client_id"
NOTE_COLUMN = "note_id"
# A kept original PDF (storage/psychotherapy_kept_originals.py) is no note, so it names the
# draft it came from here, not in note_id: destroying chosen notes takes it only when it is
# chosen itself (by that id), like the notes, never along with the whole list of them.
KEPT_NOTE_COLUMN = "discarded_note_id"


@dataclass(frozen=True)
class ChartTable:
    name: str
    columns: tuple[str, ...]
    virtual: bool = False


def note_column(table: ChartTable) -> str | None:
    """The column by which a destruction of chosen notes finds the table's rows (None: the
    table holds none of them)."""
    for name in (NOTE_COLUMN, KEPT_NOTE_COLUMN):
        if name in table.columns:
            return name
    return None


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _tables(comp: Compartment) -> list[tuple[str, str]]:
    """(name, type) of the main schema's tables; type is table, virtual or shadow."""
    rows = comp.query("PRAGMA main.table_list")
    return [(str(r["name"]), str(r["type"])) for r in rows if not str(r["name"]).startswith("sqlite_")]


def columns(comp: Compartment, table: str) -> tuple[str, ...]:
    return tuple(str(r["name"]) for r in comp.query(f"PRAGMA main.table_xinfo({_quote(table)})"))


def chart_tables(comp: Compartment) -> list[ChartTable]:
    """Tables holding chart data, children before the tables they reference."""
    found: dict[str, ChartTable] = {}
    for name, kind in _tables(comp):
        if kind not in ("table", "virtual"):
            continue  # shadow tables of an FTS index are maintained by the index itself
        cols = columns(comp, name)
        if CLIENT_COLUMN in cols:
            found[name] = ChartTable(name, cols, virtual=kind == "virtual")
    parents: dict[str, set[str]] = {name: set() for name in found}
    for name, table in found.items():
        if table.virtual:
            continue
        for fk in comp.query(f"PRAGMA main.foreign_key_list({_quote(name)})"):
            parent = str(fk["table"])
            if parent in found and parent != name:
                parents[name].add(parent)
    ordered: list[ChartTable] = []
    placed: set[str] = set()

    def place(name: str, path: tuple[str, ...]) -> None:
        if name in placed or name in path:
            return
        for child, ps in sorted(parents.items()):
            if name in ps:
                place(child, (*path, name))
        placed.add(name)
        ordered.append(found[name])

    # Ordinary tables first (children first), virtual tables last: their
    # triggers have usually emptied them already.
    for name in sorted(n for n in found if not found[n].virtual):
        place(name, ())
    ordered.extend(found[n] for n in sorted(found) if found[n].virtual)
    return ordered


def reference_columns(comp: Compartment) -> list[tuple[str, str]]:
    """(table, column) pairs that may name a client: client_id and *_client_id."""
    out = []
    for name, kind in _tables(comp):
        if kind != "table":
            continue
        for col in columns(comp, name):
            if col == CLIENT_COLUMN or col.endswith("_" + CLIENT_COLUMN):
                out.append((name, col))
    return out


def count_chart_rows(comp: Compartment, client_id: str) -> dict[str, int]:
    """Rows per table (search indexes left out: they are copies, not records)."""
    out = {}
    for table in chart_tables(comp):
        if table.virtual:
            continue
        out[table.name] = int(comp.scalar(f"SELECT count(*) FROM {_quote(table.name)} WHERE client_id = ?",
                                          (client_id,)))
    return out


def count_references(comp: Compartment, client_id: str) -> dict[str, int]:
    """Rows anywhere that still name the client (used to verify)."""
    out = {}
    for table, col in reference_columns(comp):
        n = int(comp.scalar(f"SELECT count(*) FROM {_quote(table)} WHERE {_quote(col)} = ?", (client_id,)))
        if n:
            out[f"{table}.{col}"] = n
    return out


def count_notes(comp: Compartment, client_id: str, note_ids: Sequence[str]) -> dict[str, int]:
    out = {}
    for table in chart_tables(comp):
        column = note_column(table)
        if table.virtual or column is None:
            continue
        out[table.name] = int(comp.scalar(
            f"SELECT count(*) FROM {_quote(table.name)} WHERE client_id = ? AND {_quote(column)} IN {VALUES_OF}",
            (client_id, as_json(note_ids)),
        ))
    return out


def chart_values(comp: Compartment, client_id: str, note_ids: Sequence[str] | None = None) -> Iterator[tuple[str, Any]]:
    """(column, stored value) of every row about to be destroyed, read before deleting."""
    for table in chart_tables(comp):
        if table.virtual:
            continue
        column = note_column(table)
        if note_ids is not None and column is None:
            continue
        names = list(table.columns)
        select = ", ".join(_quote(c) for c in names)
        where, params = "client_id = ?", [client_id]
        if note_ids is not None:
            where, params = f"client_id = ? AND {_quote(str(column))} IN {VALUES_OF}", [client_id, as_json(note_ids)]
        for row in comp.query(f"SELECT {select} FROM {_quote(table.name)} WHERE {where}", params):
            yield from zip(names, row, strict=True)


# Rows joined inside SQLite per read (chart_contents): one Python step per run of rows.
CONTENT_RUN_ROWS = 2048


def _without_rowid(comp: Compartment) -> set[str]:
    return {str(r["name"]) for r in comp.query("PRAGMA main.table_list") if int(r["wr"])}


def chart_contents(comp: Compartment, *, generated: bool = False) -> Iterator[bytes]:
    """The stored values of every chart row still in the compartment: each row's text
    (columns joined by NUL, then a NUL) plus each BLOB. Generated columns are left out
    unless `generated`: they repeat stored values and cost a computation per row, but the
    search files (storage/search_index.py) keep a copy of one (`search_text`, the note's
    sections joined by newlines), so the other charts' copies of it are what explains a
    phrase found there. A table without BLOB columns is read a run of rows at a time,
    joined inside SQLite (the same bytes, one Python step per run: 200,000 rows at 4x)."""
    without_rowid = _without_rowid(comp)
    shown = (0, 2, 3) if generated else (0,)  # table_xinfo: 2 and 3 are generated columns
    for table in chart_tables(comp):
        if table.virtual:
            continue
        info = comp.query(f"PRAGMA main.table_xinfo({_quote(table.name)})")
        stored = [(str(r["name"]), str(r["type"]).upper()) for r in info if int(r["hidden"]) in shown]
        blobs = [name for name, kind in stored if "BLOB" in kind]
        texts = [name for name, kind in stored if "BLOB" not in kind]
        joined = " || char(0) || ".join(f"coalesce(CAST({_quote(c)} AS TEXT), '')" for c in texts) or "''"
        if not blobs and table.name not in without_rowid:
            yield from _text_runs(comp, table.name, joined)
            continue
        # Aliased: a column of the chart may be named like the joined text (the blobs keep their names).
        select = ", ".join([f"{joined} AS _joined_text", *(f"{_quote(b)} AS {_quote('_blob_' + b)}" for b in blobs)])
        for row in comp.execute(f"SELECT {select} FROM {_quote(table.name)}"):
            yield str(row["_joined_text"]).encode("utf-8") + b"\x00"
            for value in (row["_blob_" + b] for b in blobs):
                if isinstance(value, bytes):
                    yield value + b"\x00"


def rowid_runs(comp: Compartment, table: str, joined: str, rows: int) -> Iterator[tuple[int, int, bytes]]:
    """(after, last, bytes): each row's `joined` text + NUL for the rows after < rowid <= last,
    `rows` rows per read, in rowid order."""
    sql = (f"SELECT max(r) AS last, CAST(group_concat(t || char(0), '') AS BLOB) AS run FROM "
           f"(SELECT rowid AS r, {joined} AS t FROM {_quote(table)} WHERE rowid > ? ORDER BY rowid LIMIT ?)")
    after = -(1 << 63)
    while True:
        row = comp.query_one(sql, (after, rows))
        if row is None or row["last"] is None:
            return
        last = int(row["last"])
        if row["run"] is not None:
            yield after, last, bytes(row["run"])
        after = last


def _text_runs(comp: Compartment, table: str, joined: str) -> Iterator[bytes]:
    """Every row's `joined` text + NUL, CONTENT_RUN_ROWS rows per read, in rowid order."""
    for _after, _last, data in rowid_runs(comp, table, joined, CONTENT_RUN_ROWS):
        yield data


def delete_chart(comp: Compartment, client_id: str) -> int:
    """Delete every row of the chart, a table at a time; returns rows deleted directly."""
    return delete_all(comp, Deletion(client_id))


def delete_notes(comp: Compartment, client_id: str, note_ids: Sequence[str]) -> int:
    """Delete selected notes (and rows hanging off them by note_id) of one chart."""
    return delete_all(comp, Deletion(client_id, tuple(note_ids)))


# --- the deletion in slices ----------------------------------------------------------
@dataclass(frozen=True)
class _Part:
    """One statement's worth of the deletion: a table, for the chart or for the chosen notes."""

    table: str
    where: str
    params: tuple[Any, ...]
    by: str  # ROWS: the next `limit` rows by rowid; RANGE: the next rowids, read whole; WHOLE: all at once


@dataclass
class Deletion:
    """Where the deletion of a chart (or of notes of it) stands in one compartment. Each
    slice (`delete_slice`) is one transaction of its own: the rows of one table, at most
    `limit` of them, children before parents. Every slice is idempotent (it deletes what is
    still there), so running them all again after an interruption finishes the work."""

    client_id: str
    note_ids: tuple[str, ...] | None = None
    parts: list[_Part] | None = None
    index: int = 0
    rows: int = 0
    slices: int = 0
    # A RANGE part's rowids already read (after) and its last rowid (end).
    after: int | None = None
    end: int = 0

    @property
    def done(self) -> bool:
        return self.parts is not None and self.index >= len(self.parts)


ROWS, RANGE, WHOLE = "rows", "range", "whole"
# A RANGE slice reads this many rowids per row a ROWS slice of the same `limit` deletes: a
# full-text index has no index on client_id, so each of its rows is read to be checked (its
# own triggers have emptied it of the chart already; this makes sure, a range at a time).
RANGE_PER_ROW = 64


def _parts(comp: Compartment, d: Deletion) -> list[_Part]:
    without_rowid = _without_rowid(comp)
    parts = []
    for table in chart_tables(comp):
        by_rowid = RANGE if table.virtual else WHOLE if table.name in without_rowid else ROWS
        if d.note_ids is None:
            parts.append(_Part(table.name, "client_id = ?", (d.client_id,), by_rowid))
            continue
        column = note_column(table)
        if table.virtual or column is None:
            continue
        parts.append(_Part(table.name, f"client_id = ? AND {_quote(column)} IN {VALUES_OF}",
                           (d.client_id, as_json(d.note_ids)), by_rowid))
    return parts


def delete_slice(comp: Compartment, d: Deletion, limit: int | None = None) -> int:
    """One slice of the deletion, one transaction (secure_delete as the connection has it,
    the integrity stamp as every commit has): at most `limit` rows (None: all) of the
    current table, in rowid order. Returns the rows deleted directly; `d` moves on."""
    if d.parts is None:
        d.parts = _parts(comp, d)
        # First, and again on a resumed deletion: held text is one meta row for every chart.
        held_text.drop_chart(comp, d.client_id, d.note_ids)
    if d.done:
        return 0
    part = d.parts[d.index]
    table = _quote(part.table)
    # The guard lets the slice's own writes through (a cascade's SET NULL, the commit's
    # retention dates and stamp): its flag is set for the transaction, in the connection's memory.
    guarded = _guarded(comp)
    if guarded:
        comp.execute(f"INSERT INTO temp.{_DELETING} VALUES (1)")
    until = 0
    try:
        with comp.transaction():
            # Deferred: the cycles of references are checked at COMMIT, when the slice is whole.
            comp.execute("PRAGMA defer_foreign_keys = ON")
            if limit is None or part.by == WHOLE:
                cur = comp.execute(f"DELETE FROM {table} WHERE {part.where}", part.params)
                finished = True
            elif part.by == ROWS:
                cur = comp.execute(f"DELETE FROM {table} WHERE rowid IN (SELECT rowid FROM {table} WHERE "
                                   f"{part.where} ORDER BY rowid LIMIT ?)", (*part.params, limit))
                finished = int(cur.rowcount) < limit
            else:
                after, until = _range(comp, table, d, limit * RANGE_PER_ROW)
                cur = comp.execute(f"DELETE FROM {table} WHERE rowid IN (SELECT rowid FROM {table} WHERE "
                                   f"rowid > ? AND rowid <= ? AND {part.where})", (after, until, *part.params))
                finished = until >= d.end
            deleted = max(0, int(cur.rowcount))
    finally:
        if guarded:
            comp.execute(f"DELETE FROM temp.{_DELETING}")
    d.rows += deleted
    d.slices += 1
    if part.by == RANGE and limit is not None:
        d.after = until
    if finished:
        d.index += 1
        d.after = None
    return deleted


def _range(comp: Compartment, table: str, d: Deletion, span: int) -> tuple[int, int]:
    """The next rowids of a RANGE part: (after, until]. Its first and last rowid are read
    at its first slice (each one row of the index, in its own order)."""
    if d.after is None:
        first = comp.scalar(f"SELECT rowid FROM {table} ORDER BY rowid LIMIT 1")
        last = comp.scalar(f"SELECT rowid FROM {table} ORDER BY rowid DESC LIMIT 1")
        d.after = int(first) - 1 if first is not None else 0
        d.end = int(last) if last is not None else d.after
    return d.after, min(d.end, d.after + span)


def delete_all(comp: Compartment, d: Deletion) -> int:
    """Every slice at once (the command line, the resume, a copy): a table per transaction."""
    while not d.done:
        delete_slice(comp, d)
    return d.rows


# --- no write into a chart while it is deleted -----------------------------------------
# Between slices the chart is half deleted. The guard refuses, on this connection, any
# INSERT or UPDATE of a row of it (by client_id, any *_client_id, or a destroyed note's
# note_id): temp triggers, which live in the connection's memory (temp_store = MEMORY),
# never in the file, and end with the connection. The vault's own connection is the only
# writer (the folder's writer lock keeps other programs out). `CHART_CLOSED` is matched
# exactly by sql_errors.classify, which makes it a RefusedByPolicy with a plain sentence.
_CLOSED = "vault_destroying"
_DELETING = "vault_deleting"


def _guarded(comp: Compartment) -> bool:
    return comp.query_one("SELECT 1 FROM sqlite_temp_master WHERE type = 'table' AND name = ?",
                          (_CLOSED,)) is not None


def chart_closed(comp: Compartment, client_id: str) -> bool:
    """Whether the whole chart is being destroyed (`close_chart` on this connection): it is
    not to be shown half deleted (services/clients.read_chart refuses it)."""
    return _guarded(comp) and comp.query_one(
        f"SELECT 1 FROM temp.{_CLOSED} WHERE client_id = ? AND note_id IS NULL", (client_id,)) is not None


def closed_charts(comp: Compartment) -> frozenset[str]:
    """The client ids of the whole charts being destroyed (`close_chart` on this connection):
    a search on it lists nothing of them (services/search.py), as a chart's screen shows nothing."""
    if not _guarded(comp):
        return frozenset()
    return frozenset(str(r["client_id"]) for r in comp.query(
        f"SELECT client_id FROM temp.{_CLOSED} WHERE note_id IS NULL"))


def close_chart(comp: Compartment, client_id: str, note_ids: Sequence[str] | None = None) -> None:
    """From now on, until the connection closes, no row of the chart (or, with `note_ids`, of
    those notes) can be written on it. Idempotent; never lifted (the ids never come back)."""
    comp.execute(f"CREATE TEMP TABLE IF NOT EXISTS {_CLOSED} (client_id TEXT NOT NULL, note_id TEXT)")
    comp.execute(f"CREATE TEMP TABLE IF NOT EXISTS {_DELETING} (x)")
    rows = [(client_id, None)] if note_ids is None else [(client_id, n) for n in note_ids]
    comp.executemany(f"INSERT INTO temp.{_CLOSED} VALUES (?, ?)", rows)
    for i, (name, kind) in enumerate(_tables(comp)):
        if kind != "table":
            continue
        cols = columns(comp, name)
        refs = [c for c in cols if c == CLIENT_COLUMN or c.endswith("_" + CLIENT_COLUMN)]
        tests = [f"NEW.{_quote(c)} IN (SELECT client_id FROM temp.{_CLOSED} WHERE note_id IS NULL)" for c in refs]
        column = note_column(ChartTable(name, cols))
        if column is not None and CLIENT_COLUMN in cols:
            tests.append(f"EXISTS (SELECT 1 FROM temp.{_CLOSED} AS d WHERE d.client_id = NEW.client_id "
                         f"AND d.note_id = NEW.{_quote(column)})")
        if not tests:
            continue
        when = f"NOT EXISTS (SELECT 1 FROM temp.{_DELETING}) AND ({' OR '.join(tests)})"
        for op in ("INSERT", "UPDATE"):
            comp.execute(f"CREATE TEMP TRIGGER IF NOT EXISTS {_CLOSED}_{op.lower()}_{i} BEFORE {op} ON "
                         f"main.{_quote(name)} WHEN {when} BEGIN SELECT RAISE(ABORT, '{CHART_CLOSED}'); END")


# --- compaction --------------------------------------------------------------------
def fts_tables(comp: Compartment) -> list[str]:
    rows = comp.query("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'")
    return [str(r["name"]) for r in rows if "using fts" in str(r["sql"]).lower()]


def _fts_secure_delete(comp: Compartment, table: str) -> bool:
    config = table + "_config"
    if comp.query_one("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (config,)) is None:
        return False  # FTS4, or an FTS5 table without the option
    row = comp.query_one(f"SELECT v FROM {_quote(config)} WHERE k = 'secure-delete'")
    return bool(row and int(row["v"]))


def checkpoint(comp: Compartment) -> None:
    """Copy the WAL into the file and truncate it to zero bytes.

    Two failures, told apart by SQLite's result (`Compartment.checkpoint`), never by guessing:
    another reader or writer holding the journal (SQLITE_BUSY) is "in use"; a full disk or an
    I/O error is what `classify` says it is. Either way the journal keeps every committed
    change until a later checkpoint folds it in: nothing is lost."""
    try:
        done = comp.checkpoint(f"folding the {comp.name} compartment's journal into its file")
    except EnvironmentProblem as err:
        if not err.hint:  # an I/O error: classify gives no advice
            err.hint = ("Nothing already saved was lost (the journal keeps every change). The disk may be failing: "
                        "check it, or copy the vault folder to a healthy disk, and try again.")
        raise
    if not done:
        raise EnvironmentProblem(
            f"The {comp.name} compartment is in use by another program, so its journal could not be cleared.",
            hint="Close other copies of the app (and any tool that has the vault open) and try again.",
            code="destruction.compartment_in_use", params={"compartment": comp.name},
        )


def compact(comp: Compartment, *, vacuum: bool = True) -> list[str]:
    """Merge full-text segments, checkpoint, and (`vacuum`, only where no rekey follows:
    services/destruction_steps.erase) VACUUM, checkpoint. Returns the steps taken."""
    steps = []
    for table in fts_tables(comp):
        if not _fts_secure_delete(comp, table):
            # Without secure-delete, a deleted row's tokens survive in old segments
            # until a merge; 'optimize' rewrites the index without them.
            comp.execute(f"INSERT INTO {_quote(table)}({_quote(table)}) VALUES ('optimize')")
            steps.append(f"full-text index {table} rebuilt")
    checkpoint(comp)
    steps.append("WAL checkpoint (TRUNCATE)")
    if not vacuum:
        return steps
    # secure_delete already zeroed the freed space inside pages; VACUUM then
    # rebuilds the file so no free page or slack of the old layout remains.
    comp.execute("VACUUM")
    checkpoint(comp)
    steps.append("VACUUM, then WAL checkpoint (TRUNCATE)")
    return steps


def rekey(comp: Compartment, new_key: bytes) -> None:
    """Re-encrypt every page under `new_key` (proven: Compartment.rekey) and fold the WAL
    back into the file."""
    comp.rekey(new_key)
    checkpoint(comp)


def secure_delete_on(comp: Compartment) -> bool:
    row = comp.query_one("PRAGMA secure_delete")
    return bool(row and int(row["secure_delete"]))

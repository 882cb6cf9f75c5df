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
from vault_app.storage.compartment import Compartment

CLIENT_COLUMN = "client_id"
NOTE_COLUMN = "note_id"


@dataclass(frozen=True)
class ChartTable:
    name: str
    columns: tuple[str, ...]
    virtual: bool = False


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
        if table.virtual or NOTE_COLUMN not in table.columns:
            continue
        total = 0
        for batch in _batches(note_ids):
            marks = ",".join("?" * len(batch))
            total += int(comp.scalar(
                f"SELECT count(*) FROM {_quote(table.name)} WHERE client_id = ? AND note_id IN ({marks})",
                (client_id, *batch),
            ))
        out[table.name] = total
    return out


def _batches(ids: Sequence[str], size: int = 500) -> Iterator[Sequence[str]]:
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


def chart_values(comp: Compartment, client_id: str, note_ids: Sequence[str] | None = None) -> Iterator[tuple[str, Any]]:
    """(column, stored value) of every row about to be destroyed, read before deleting."""
    for table in chart_tables(comp):
        if table.virtual:
            continue
        if note_ids is not None and NOTE_COLUMN not in table.columns:
            continue
        names = list(table.columns)
        select = ", ".join(_quote(c) for c in names)
        if note_ids is None:
            batches: list[tuple[str, tuple[Any, ...]]] = [("client_id = ?", (client_id,))]
        else:
            batches = [
                (f"client_id = ? AND note_id IN ({','.join('?' * len(b))})", (client_id, *b))
                for b in _batches(note_ids)
            ]
        for where, params in batches:
            for row in comp.query(f"SELECT {select} FROM {_quote(table.name)} WHERE {where}", params):
                yield from zip(names, row, strict=True)


# Rows joined inside SQLite per read (chart_contents): one Python step per run of rows.
CONTENT_RUN_ROWS = 2048


def _without_rowid(comp: Compartment) -> set[str]:
    return {str(r["name"]) for r in comp.query("PRAGMA main.table_list") if int(r["wr"])}


def chart_contents(comp: Compartment) -> Iterator[bytes]:
    """The stored values of every chart row still in the compartment: each row's text
    (columns joined by NUL, then a NUL) plus each BLOB. Generated columns are left out:
    they repeat stored values and cost a computation per row. A table without BLOB
    columns is read a run of rows at a time, joined inside SQLite (the same bytes, one
    Python step per run: 200,000 rows at 4x)."""
    without_rowid = _without_rowid(comp)
    for table in chart_tables(comp):
        if table.virtual:
            continue
        info = comp.query(f"PRAGMA main.table_xinfo({_quote(table.name)})")
        stored = [(str(r["name"]), str(r["type"]).upper()) for r in info if int(r["hidden"]) == 0]
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


def _text_runs(comp: Compartment, table: str, joined: str) -> Iterator[bytes]:
    """Every row's `joined` text + NUL, CONTENT_RUN_ROWS rows per read, in rowid order."""
    sql = (f"SELECT max(r) AS last, CAST(group_concat(t || char(0), '') AS BLOB) AS run FROM "
           f"(SELECT rowid AS r, {joined} AS t FROM {_quote(table)} WHERE rowid > ? ORDER BY rowid LIMIT ?)")
    after = -(1 << 63)
    while True:
        row = comp.query_one(sql, (after, CONTENT_RUN_ROWS))
        if row is None or row["last"] is None:
            return
        after = int(row["last"])
        if row["run"] is not None:
            yield bytes(row["run"])


def delete_chart(comp: Compartment, client_id: str) -> int:
    """Delete every row of the chart in one transaction; returns rows deleted directly."""
    deleted = 0
    with comp.transaction():
        # Children are deleted before parents; deferring also covers reference
        # cycles, and the check still runs at COMMIT.
        comp.execute("PRAGMA defer_foreign_keys = ON")
        for table in chart_tables(comp):
            cur = comp.execute(f"DELETE FROM {_quote(table.name)} WHERE client_id = ?", (client_id,))
            deleted += max(0, int(cur.rowcount))
    return deleted


def delete_notes(comp: Compartment, client_id: str, note_ids: Sequence[str]) -> int:
    """Delete selected notes (and rows hanging off them by note_id) of one chart."""
    deleted = 0
    with comp.transaction():
        comp.execute("PRAGMA defer_foreign_keys = ON")
        for table in chart_tables(comp):
            if table.virtual or NOTE_COLUMN not in table.columns:
                continue
            for batch in _batches(note_ids):
                marks = ",".join("?" * len(batch))
                cur = comp.execute(
                    f"DELETE FROM {_quote(table.name)} WHERE client_id = ? AND note_id IN ({marks})",
                    (client_id, *batch),
                )
                deleted += max(0, int(cur.rowcount))
    return deleted


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

"""Runs of chart rows read by their rowid range, so that a string found in one run of one
copy of a compartment can be looked for again in the same run of another copy (the
backups of one vault: services/destruction_places.py) without reading every row again.

A run's bytes are each row's stored text columns joined by NUL, then a NUL: for a table
without BLOB columns exactly what destruction_delete.chart_contents reads of those rows.
BLOB values and WITHOUT ROWID tables have no runs here: what only they hold is never
confirmed by a run (the caller then searches the rows for it)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from vault_app.storage.compartment import Compartment
from vault_app.storage.destruction_delete import (
    CLIENT_COLUMN,
    ChartTable,
    _quote,
    _without_rowid,
    chart_tables,
    columns,
    rowid_runs,
)

# Rows per run: few, so that a run read again (one per string confirmed, in practice a handful
# for hundreds of strings) is a few hundred KiB, not the 2,048 rows chart_contents joins per read.
RUN_ROWS = 8


@dataclass(frozen=True)
class Run:
    """The rows of `table` with after < rowid <= last."""

    compartment: str
    table: str
    after: int
    last: int


def text_tables(comp: Compartment, only: set[str] | None = None) -> dict[str, str]:
    """Each chart table of `comp` (`only` those named) with a rowid and a text column -> its
    rows' joined text columns (SQL)."""
    without_rowid = _without_rowid(comp)
    out: dict[str, str] = {}
    if only is not None:
        # A few tables, read again in each copy: their own columns, no ordering of the others.
        listed = [(str(r["name"]), str(r["type"])) for r in comp.query("PRAGMA main.table_list")]
        tables = [ChartTable(name, columns(comp, name), virtual=kind == "virtual") for name, kind in listed
                  if name in only and kind in ("table", "virtual")]
        tables = [t for t in tables if CLIENT_COLUMN in t.columns]
    else:
        tables = chart_tables(comp)
    for table in tables:
        if table.virtual or table.name in without_rowid:
            continue
        info = comp.query(f"PRAGMA main.table_xinfo({_quote(table.name)})")
        # A table with BLOB columns: its text columns only (an attachment's file name, which
        # charts share); a needle in the BLOB bytes is never confirmed by a run.
        texts = [c for c, kind in ((str(r["name"]), str(r["type"]).upper()) for r in info if int(r["hidden"]) == 0)
                 if "BLOB" not in kind]
        if texts:
            out[table.name] = " || char(0) || ".join(f"coalesce(CAST({_quote(c)} AS TEXT), '')" for c in texts)
    return out


def has_table(comp: Compartment, name: str) -> bool:
    """Whether `comp` has table `name` (a copy made before the migration that added it has not)."""
    return comp.query_one("SELECT 1 AS one FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)) is not None


def runs(comp: Compartment, rows: int = RUN_ROWS) -> Iterator[tuple[Run, bytes]]:
    """Every run of `rows` rows of the text chart tables, in rowid order, with its bytes."""
    for table, joined in text_tables(comp).items():
        for after, last, data in rowid_runs(comp, table, joined, rows):
            yield Run(comp.name, table, after, last), data


def read_run(comp: Compartment, run: Run, tables: dict[str, str]) -> bytes:
    """The bytes of `run`'s rows as `comp` holds them now (b"" when it has no such table;
    `tables`: text_tables(comp))."""
    joined = tables.get(run.table)
    if joined is None:
        return b""
    row = comp.query_one(
        f"SELECT CAST(group_concat(t || char(0), '') AS BLOB) AS run FROM (SELECT {joined} AS t FROM "
        f"{_quote(run.table)} WHERE rowid > ? AND rowid <= ? ORDER BY rowid)", (run.after, run.last))
    return bytes(row["run"]) if row is not None and row["run"] is not None else b""


__all__ = ["RUN_ROWS", "Run", "has_table", "read_run", "runs", "text_tables"]

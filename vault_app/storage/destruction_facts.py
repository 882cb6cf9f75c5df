"""What a destruction reads besides the rows it deletes: the dates a chart spans, which
of the named psychotherapy notes exist, the engine versions the certificate names, and
switching secure_delete on before the deletion. Each is one named question (the SQL
stays in storage/, issue #16); rows are read by column name."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from vault_app.storage.compartment import Compartment
from vault_app.storage.destruction_delete import CLIENT_COLUMN, ChartTable, chart_tables, note_column
from vault_app.storage.sql_lists import VALUES_OF, as_json


def _quote(name: str) -> str:
    # Table and column names come from schema discovery (sqlite_master), never from a user.
    return '"' + name.replace('"', '""') + '"'


@dataclass(frozen=True)
class EngineVersions:
    cipher: str  # "?" when the driver reports none (never for a real compartment)
    sqlite: str


def engine_versions(comp: Compartment) -> EngineVersions:
    cipher = comp.scalar("PRAGMA cipher_version")
    sqlite = comp.query_one("SELECT sqlite_version() AS version")
    return EngineVersions("?" if cipher is None else str(cipher), str(sqlite["version"]))


def enable_secure_delete(comp: Compartment) -> None:
    """Freed pages are overwritten with zeros from now on (this connection)."""
    comp.execute("PRAGMA secure_delete = ON")


def date_span(
    comp: Compartment, table: ChartTable, column: str, client_id: str, note_ids: Sequence[str] | None = None
) -> tuple[str, ...]:
    """The earliest and latest non-empty value of `column` in `table` for the chart (or for
    these notes of it): what the certificate's date range is made of."""
    where, params = f"{CLIENT_COLUMN} = ?", [client_id]
    if note_ids is not None:
        where += f" AND {_quote(note_column(table) or 'note_id')} IN {VALUES_OF}"
        params.append(as_json(note_ids))
    col = _quote(column)
    row = comp.query_one(f"SELECT min({col}) AS first, max({col}) AS last FROM {_quote(table.name)} WHERE {where}",
                         params)
    return tuple(str(row[name]) for name in ("first", "last") if row[name])


def present_note_ids(comp: Compartment, client_id: str, note_ids: Sequence[str]) -> set[str]:
    """Which of `note_ids` are psychotherapy notes of this chart, or the drafts its kept
    original PDFs came from (they are destroyed by that id: destruction_delete.note_column)."""
    tables = {t.name for t in chart_tables(comp)}
    listed = as_json(note_ids)
    found: set[str] = set()
    if "psychotherapy_notes" in tables:
        rows = comp.query(
            f"SELECT note_id FROM psychotherapy_notes WHERE {CLIENT_COLUMN} = ? AND note_id IN {VALUES_OF}",
            (client_id, listed),
        )
        found.update(str(r["note_id"]) for r in rows)
    if "psychotherapy_kept_originals" in tables:
        rows = comp.query(
            "SELECT discarded_note_id FROM psychotherapy_kept_originals "
            f"WHERE {CLIENT_COLUMN} = ? AND discarded_note_id IN {VALUES_OF}", (client_id, listed),
        )
        found.update(str(r["discarded_note_id"]) for r in rows)
    return found

"""Originals of imported psychotherapy notes kept on their own after their draft was discarded
(migration psychotherapy/0100), in psychotherapy.db only. The bytes are copied inside SQLite
(INSERT ... SELECT), in the caller's transaction with the draft's deletion: both or neither."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from vault_app.storage.compartment import Compartment
from vault_app.storage.sql_lists import VALUES_OF, as_json

_ABOUT = ("original_id, client_id, note_date, discarded_note_id, source_system, original_name, "
          "length(original_data) AS size, original_unreadable, kept_at, original_sha256")


@dataclass(frozen=True)
class KeptOriginal:
    """A kept original, its bytes not read."""

    original_id: str
    client_id: str
    note_date: date
    discarded_note_id: str
    source_system: str
    name: str
    size: int
    unreadable: bool
    kept_at: str
    sha256: str = ""


def _kept(r: Any) -> KeptOriginal:
    return KeptOriginal(str(r["original_id"]), str(r["client_id"]), date.fromisoformat(r["note_date"]),
                        str(r["discarded_note_id"]), str(r["source_system"]), str(r["original_name"]),
                        int(r["size"]), bool(r["original_unreadable"]), str(r["kept_at"]), str(r["original_sha256"]))


def keep(db: Compartment, note_id: str, original_id: str, kept_at: str) -> bool:
    """The note's original and provenance copied into a row of their own; False: it has none."""
    cur = db.execute(
        "INSERT INTO psychotherapy_kept_originals (original_id, client_id, note_date, discarded_note_id, "
        "source_system, source_id, source_title, signed_by, signed_on, original_sha256, original_name, "
        "original_data, original_unreadable, imported_at, kept_at) "
        "SELECT ?, p.client_id, n.note_date, p.note_id, p.source_system, p.source_id, p.source_title, p.signed_by, "
        "p.signed_on, p.original_sha256, p.original_name, p.original_data, p.original_unreadable, p.imported_at, ? "
        "FROM psychotherapy_provenance p JOIN psychotherapy_notes n USING (note_id) WHERE p.note_id = ?",
        (original_id, kept_at, note_id))
    return bool(cur.rowcount)


def for_client(db: Compartment, client_id: str) -> list[KeptOriginal]:
    rows = db.query(f"SELECT {_ABOUT} FROM psychotherapy_kept_originals WHERE client_id = ? "
                    "ORDER BY note_date DESC, kept_at DESC", (client_id,))
    return [_kept(r) for r in rows]


def named(db: Compartment, client_id: str, ids: list[str]) -> list[KeptOriginal]:
    """The chart's kept originals named by their own id or by their discarded draft's (the
    destruction of chosen notes takes either)."""
    if not ids:
        return []
    listed = as_json(ids)
    rows = db.query(f"SELECT {_ABOUT} FROM psychotherapy_kept_originals WHERE client_id = ? AND "
                    f"(original_id IN {VALUES_OF} OR discarded_note_id IN {VALUES_OF}) ORDER BY note_date, kept_at",
                    (client_id, listed, listed))
    return [_kept(r) for r in rows]


def about(db: Compartment, original_id: str) -> KeptOriginal | None:
    row = db.query_one(f"SELECT {_ABOUT} FROM psychotherapy_kept_originals WHERE original_id = ?", (original_id,))
    return _kept(row) if row else None


def data(db: Compartment, original_id: str) -> bytes | None:
    row = db.query_one("SELECT original_data FROM psychotherapy_kept_originals WHERE original_id = ?",
                       (original_id,))
    return bytes(row["original_data"]) if row else None


__all__ = ["KeptOriginal", "about", "data", "for_client", "keep", "named"]

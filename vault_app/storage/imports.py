"""What imports from other records systems write besides ordinary chart rows: the import
map (which source item became which row, so a re-run adds nothing) and the provenance of
imported notes (records.db for progress notes, psychotherapy.db for psychotherapy notes)."""

from __future__ import annotations

from typing import Any

from vault_app.domain.clinical_documents import NoteProvenance
from vault_app.storage.compartment import Compartment


# --- import map (records.db) ------------------------------------------------------------
def mapped(db: Compartment, source: str, source_key: str) -> tuple[str, str] | None:
    """(target_id, client_id) of an item imported before, or None."""
    row = db.query_one("SELECT target_id, client_id FROM import_map WHERE source = ? AND source_key = ?",
                       (source, source_key))
    return (str(row["target_id"]), str(row["client_id"])) if row else None


def mapped_keys(db: Compartment, source: str) -> dict[str, tuple[str, str]]:
    """Every key already imported from `source`: source_key -> (target_id, client_id)."""
    rows = db.query("SELECT source_key, target_id, client_id FROM import_map WHERE source = ?", (source,))
    return {str(r["source_key"]): (str(r["target_id"]), str(r["client_id"])) for r in rows}


def add_mapping(db: Compartment, source: str, source_key: str, item_kind: str, target_id: str, client_id: str,
                imported_at: str) -> None:
    db.execute(
        "INSERT INTO import_map (source, source_key, item_kind, target_id, client_id, imported_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (source, source_key, item_kind, target_id, client_id, imported_at),
    )


def imported_note_digests(records: Compartment, source: str) -> dict[str, str]:
    """SHA-256 of the original of each progress note imported from `source`: source_key -> hex.
    A note id met again is "already imported" only when its content is the same (another export
    may reuse the id for another note)."""
    rows = records.query(
        "SELECT m.source_key, p.original_sha256 FROM import_map m JOIN note_provenance p ON p.note_id = m.target_id "
        "WHERE m.source = ? AND m.item_kind = 'progress_note'", (source,))
    return {str(r["source_key"]): str(r["original_sha256"] or "") for r in rows}


def mapped_clients(db: Compartment, source: str) -> list[str]:
    """Every chart an import from `source` created."""
    rows = db.query("SELECT client_id FROM import_map WHERE source = ? AND item_kind = 'client' ORDER BY rowid",
                    (source,))
    return [str(r["client_id"]) for r in rows]


def count_mapped(db: Compartment, source: str, client_id: str | None = None) -> dict[str, int]:
    """How many items of each kind were imported from `source` (into one chart)."""
    sql = "SELECT item_kind, count(*) AS n FROM import_map WHERE source = ?"
    params: list[Any] = [source]
    if client_id is not None:
        sql += " AND client_id = ?"
        params.append(client_id)
    return {str(r["item_kind"]): int(r["n"]) for r in db.query(sql + " GROUP BY item_kind", params)}


# --- provenance of imported progress notes (records.db) ---------------------------------
_PROV_COLS = ("note_id, client_id, source_system, source_id, source_title, signed_by, signed_on, original_sha256, "
              "original_attachment_id, imported_at")


def insert_provenance(db: Compartment, p: NoteProvenance) -> None:
    db.execute(
        f"INSERT INTO note_provenance ({_PROV_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (p.note_id, p.client_id, p.source_system, p.source_id, p.source_title, p.signed_by, p.signed_on,
         p.original_sha256, p.original_attachment_id, p.imported_at),
    )


def _provenance(r: Any, kind: str) -> NoteProvenance:
    return NoteProvenance(
        note_id=r["note_id"], client_id=r["client_id"], note_kind=kind, source_system=r["source_system"],
        source_id=r["source_id"], source_title=r["source_title"], signed_by=r["signed_by"],
        signed_on=r["signed_on"], original_sha256=r["original_sha256"],
        original_attachment_id=r["original_attachment_id"] if kind == "progress" else None,
        imported_at=r["imported_at"],
    )


def provenance(db: Compartment, note_id: str) -> NoteProvenance | None:
    row = db.query_one(f"SELECT {_PROV_COLS} FROM note_provenance WHERE note_id = ?", (note_id,))
    return _provenance(row, "progress") if row else None


def provenance_for_client(db: Compartment, client_id: str) -> list[NoteProvenance]:
    rows = db.query(f"SELECT {_PROV_COLS} FROM note_provenance WHERE client_id = ? ORDER BY note_id", (client_id,))
    return [_provenance(r, "progress") for r in rows]


# --- imported psychotherapy notes (psychotherapy.db) ------------------------------------
_PSY_COLS = ("note_id, client_id, source_system, source_id, source_title, signed_by, signed_on, original_sha256, "
             "imported_at")


def insert_psychotherapy_provenance(db: Compartment, p: NoteProvenance, original_name: str,
                                    original: bytes, *, unreadable: bool = False) -> None:
    db.execute(
        f"INSERT INTO psychotherapy_provenance ({_PSY_COLS}, original_name, original_data, original_unreadable) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (p.note_id, p.client_id, p.source_system, p.source_id, p.source_title, p.signed_by, p.signed_on,
         p.original_sha256, p.imported_at, original_name, original, int(unreadable)),
    )


def unreadable_psychotherapy_drafts(db: Compartment, source_system: str) -> dict[str, str]:
    """source id -> note id of each note from `source_system` that came in with an original it
    could not read and is still an unsigned draft: the ones a readable copy may fill."""
    rows = db.query(
        "SELECT p.source_id, p.note_id FROM psychotherapy_provenance p JOIN psychotherapy_notes n USING (note_id) "
        "WHERE p.source_system = ? AND p.original_unreadable = 1 AND n.signed_at IS NULL", (source_system,))
    return {str(r["source_id"]): str(r["note_id"]) for r in rows}


def psychotherapy_original_unreadable(db: Compartment, note_id: str) -> bool:
    row = db.query_one("SELECT original_unreadable FROM psychotherapy_provenance WHERE note_id = ?", (note_id,))
    return bool(row and row["original_unreadable"])


def replace_psychotherapy_original(db: Compartment, p: NoteProvenance, original_name: str, original: bytes) -> bool:
    """The readable copy of a note that came in damaged: its original and what it says of its
    signing replace the damaged one's (which holds nothing the note can be read from)."""
    cur = db.execute(
        "UPDATE psychotherapy_provenance SET source_title = ?, signed_by = ?, signed_on = ?, original_sha256 = ?, "
        "original_name = ?, original_data = ?, original_unreadable = 0 WHERE note_id = ? AND original_unreadable = 1",
        (p.source_title, p.signed_by, p.signed_on, p.original_sha256, original_name, original, p.note_id),
    )
    return bool(cur.rowcount)


def psychotherapy_original_about(db: Compartment, note_id: str) -> tuple[str, int] | None:
    """(file name, size in bytes) of the note's original, its bytes not read; None: it has none."""
    row = db.query_one("SELECT original_name, length(original_data) AS size FROM psychotherapy_provenance "
                       "WHERE note_id = ?", (note_id,))
    return (str(row["original_name"]), int(row["size"])) if row else None


def psychotherapy_source_digests(db: Compartment, source_system: str) -> dict[str, str]:
    """source_id -> SHA-256 of the original of each psychotherapy note imported from that system."""
    rows = db.query("SELECT source_id, original_sha256 FROM psychotherapy_provenance WHERE source_system = ?",
                    (source_system,))
    return {str(r["source_id"]): str(r["original_sha256"] or "") for r in rows}


def psychotherapy_provenance(db: Compartment, note_id: str) -> NoteProvenance | None:
    row = db.query_one(f"SELECT {_PSY_COLS} FROM psychotherapy_provenance WHERE note_id = ?", (note_id,))
    return _provenance(row, "psychotherapy") if row else None


def psychotherapy_source_clients(db: Compartment, source_system: str) -> dict[str, str]:
    """source_id -> the chart (client id) each psychotherapy note imported from that system went to."""
    rows = db.query("SELECT source_id, client_id FROM psychotherapy_provenance WHERE source_system = ?",
                    (source_system,))
    return {str(r["source_id"]): str(r["client_id"]) for r in rows}


def psychotherapy_original(db: Compartment, note_id: str) -> tuple[str, bytes] | None:
    row = db.query_one("SELECT original_name, original_data FROM psychotherapy_provenance WHERE note_id = ?",
                       (note_id,))
    return (str(row["original_name"]), bytes(row["original_data"])) if row else None


# --- the text of attached documents (records.db, full-text searchable) ------------------
_SAFE_ID = "0123456789abcdef"


def insert_attachment_text(db: Compartment, attachment_id: str, client_id: str, text: str) -> None:
    db.execute("INSERT INTO attachment_texts (attachment_id, client_id, text) VALUES (?, ?, ?)",
               (attachment_id, client_id, text))


def search_attachment_texts(db: Compartment, match: str, *, limit: int, marks: tuple[str, str],
                            client_id: str | None = None) -> list[tuple[str, str, str, float]]:
    """(attachment id, client id, snippet, rank) of documents whose text matches, best first.
    `match` is an FTS5 expression from domain.search.fts_query."""
    expr = f"text : ({match})"
    if client_id is not None:
        if len(client_id) != 16 or set(client_id) - set(_SAFE_ID):
            raise ValueError("client ids are 16 hex digits")
        expr = f'client_id : "{client_id}" AND {expr}'
    rows = db.query(
        "SELECT t.attachment_id, t.client_id, f.snip, f.rank FROM ("
        "  SELECT rowid, rank, snippet(attachment_texts_fts, 0, ?, ?, '…', 12) AS snip FROM attachment_texts_fts"
        "  WHERE attachment_texts_fts MATCH ? ORDER BY rank LIMIT ?"
        ") f JOIN attachment_texts t ON t.seq = f.rowid ORDER BY f.rank",
        (marks[0], marks[1], expr, limit),
    )
    return [(str(r["attachment_id"]), str(r["client_id"]), str(r["snip"]), float(r["rank"])) for r in rows]


__all__ = [
    "add_mapping",
    "count_mapped",
    "imported_note_digests",
    "insert_attachment_text",
    "insert_provenance",
    "insert_psychotherapy_provenance",
    "mapped",
    "mapped_clients",
    "mapped_keys",
    "provenance",
    "provenance_for_client",
    "psychotherapy_original",
    "psychotherapy_original_about",
    "psychotherapy_original_unreadable",
    "psychotherapy_provenance",
    "psychotherapy_source_digests",
    "replace_psychotherapy_original",
    "search_attachment_texts",
    "unreadable_psychotherapy_drafts",
]

"""Psychotherapy notes in psychotherapy.db; nothing here touches records.db."""

from __future__ import annotations

from datetime import date
from typing import Any

from vault_app.domain.clinical_notes import NoteSummary, PsychotherapyNote, Signature
from vault_app.domain.note_preview import HEADER_READ_CHARS, PREVIEW_CHARS, note_preview
from vault_app.storage.compartment import Compartment

_COLS = (
    "note_id, client_id, session_id, note_date, body, author, created_at, updated_at, "
    "signed_at, signed_by, content_hash, signature"
)
# An imported note's preview skips its export's header (domain/note_preview): more of its start is read.
_IMPORTED = "EXISTS (SELECT 1 FROM psychotherapy_provenance p WHERE p.note_id = psychotherapy_notes.note_id)"
_SUMMARY_COLS = (
    f"note_id, client_id, session_id, note_date, signed_at, updated_at, {_IMPORTED} AS imported, "
    f"substr(body, 1, CASE WHEN {_IMPORTED} THEN {HEADER_READ_CHARS} ELSE {PREVIEW_CHARS} END) AS preview"
)


def _note(r: Any) -> PsychotherapyNote:
    signature = Signature(r["signed_at"], r["signed_by"], r["content_hash"], r["signature"]) if r["signed_at"] else None
    return PsychotherapyNote(
        note_id=r["note_id"],
        client_id=r["client_id"],
        session_id=r["session_id"],
        note_date=date.fromisoformat(r["note_date"]),
        body=r["body"],
        author=r["author"],
        created_at=r["created_at"],
        updated_at=r["updated_at"],
        signature=signature,
    )


def _summary(r: Any) -> NoteSummary:
    preview = note_preview(str(r["preview"] or ""), imported=bool(r["imported"]))
    return NoteSummary(
        r["note_id"],
        "psychotherapy",
        r["client_id"],
        r["session_id"],
        date.fromisoformat(r["note_date"]),
        "free",
        r["signed_at"],
        r["updated_at"],
        preview,
    )


def _row(n: PsychotherapyNote) -> tuple[Any, ...]:
    sig = n.signature
    return (
        n.note_id, n.client_id, n.session_id, n.note_date.isoformat(), n.body, n.author, n.created_at, n.updated_at,
        sig.signed_at if sig else None, sig.signed_by if sig else None, sig.content_hash if sig else None,
        sig.signature_hex if sig else None,
    )


_INSERT = f"INSERT INTO psychotherapy_notes ({_COLS}) VALUES ({', '.join('?' * 12)})"


def insert(db: Compartment, n: PsychotherapyNote) -> None:
    db.execute(_INSERT, _row(n))


def insert_many(db: Compartment, notes: list[PsychotherapyNote]) -> None:
    db.executemany(_INSERT, [_row(n) for n in notes])


def update_unsigned(db: Compartment, n: PsychotherapyNote) -> bool:
    cur = db.execute(
        "UPDATE psychotherapy_notes SET session_id = ?, note_date = ?, body = ?, updated_at = ? "
        "WHERE note_id = ? AND signed_at IS NULL",
        (n.session_id, n.note_date.isoformat(), n.body, n.updated_at, n.note_id),
    )
    return bool(cur.rowcount)


def save_body(db: Compartment, note_id: str, body: str, updated_at: str) -> bool:
    cur = db.execute(
        "UPDATE psychotherapy_notes SET body = ?, updated_at = ? WHERE note_id = ? AND signed_at IS NULL",
        (body, updated_at, note_id),
    )
    return bool(cur.rowcount)


def fill_imported(db: Compartment, note_id: str, body: str, author: str, updated_at: str) -> bool:
    """A draft that came in damaged, filled by a readable copy of it (its author with it)."""
    cur = db.execute(
        "UPDATE psychotherapy_notes SET body = ?, author = ?, updated_at = ? WHERE note_id = ? AND signed_at IS NULL",
        (body, author, updated_at, note_id),
    )
    return bool(cur.rowcount)


def sign(db: Compartment, note_id: str, sig: Signature) -> bool:
    cur = db.execute(
        "UPDATE psychotherapy_notes SET signed_at = ?, signed_by = ?, content_hash = ?, signature = ? "
        "WHERE note_id = ? AND signed_at IS NULL",
        (sig.signed_at, sig.signed_by, sig.content_hash, sig.signature_hex, note_id),
    )
    return bool(cur.rowcount)


def delete_unsigned(db: Compartment, note_id: str) -> bool:
    cur = db.execute("DELETE FROM psychotherapy_notes WHERE note_id = ? AND signed_at IS NULL", (note_id,))
    return bool(cur.rowcount)


def get(db: Compartment, note_id: str) -> PsychotherapyNote | None:
    row = db.query_one(f"SELECT {_COLS} FROM psychotherapy_notes WHERE note_id = ?", (note_id,))
    return _note(row) if row else None


def status(db: Compartment, note_id: str) -> tuple[str, bool] | None:
    row = db.query_one("SELECT client_id, signed_at IS NOT NULL AS signed FROM psychotherapy_notes WHERE note_id = ?",
                       (note_id,))
    return (str(row["client_id"]), bool(row["signed"])) if row else None


def list_for_client(db: Compartment, client_id: str) -> list[NoteSummary]:
    rows = db.query(
        f"SELECT {_SUMMARY_COLS} FROM psychotherapy_notes WHERE client_id = ? ORDER BY note_date DESC, seq DESC",
        (client_id,),
    )
    return [_summary(r) for r in rows]


def unsigned_created_before(db: Compartment, cutoff_iso: str) -> list[NoteSummary]:
    rows = db.query(
        "SELECT note_id, client_id, session_id, note_date, signed_at, updated_at, 0 AS imported, '' AS preview "
        "FROM psychotherapy_notes WHERE signed_at IS NULL AND created_at < ? ORDER BY created_at",
        (cutoff_iso,),
    )
    return [_summary(r) for r in rows]


def count(db: Compartment, client_id: str | None = None) -> int:
    if client_id is None:
        return int(db.scalar("SELECT count(*) FROM psychotherapy_notes"))
    return int(db.scalar("SELECT count(*) FROM psychotherapy_notes WHERE client_id = ?", (client_id,)))

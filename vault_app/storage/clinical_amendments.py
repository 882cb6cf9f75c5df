"""Addenda and amendments: append-only rows next to a note, in either compartment."""

from __future__ import annotations

from typing import Any

from vault_app.domain.clinical_notes import Amendment, NoteKind
from vault_app.storage.compartment import Compartment

TABLES: dict[str, str] = {"progress": "note_amendments", "psychotherapy": "psychotherapy_amendments"}
_COLS = "amendment_id, note_id, client_id, kind, author, created_at, reason, text"


def insert(db: Compartment, a: Amendment) -> None:
    db.execute(
        f"INSERT INTO {TABLES[a.note_kind]} ({_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (a.amendment_id, a.note_id, a.client_id, a.kind, a.author, a.created_at, a.reason, a.text),
    )


def _amendment(r: Any, note_kind: NoteKind) -> Amendment:
    return Amendment(
        amendment_id=r["amendment_id"], note_id=r["note_id"], note_kind=note_kind, client_id=r["client_id"],
        kind=r["kind"], author=r["author"], created_at=r["created_at"], reason=r["reason"], text=r["text"],
    )


def for_note(db: Compartment, note_kind: NoteKind, note_id: str) -> tuple[Amendment, ...]:
    # seq order is insertion order, which is the order they were written.
    rows = db.query(f"SELECT {_COLS} FROM {TABLES[note_kind]} WHERE note_id = ? ORDER BY seq", (note_id,))
    return tuple(_amendment(r, note_kind) for r in rows)


def counts_for_client(db: Compartment, note_kind: NoteKind, client_id: str) -> dict[str, int]:
    rows = db.query(
        f"SELECT note_id, count(*) AS n FROM {TABLES[note_kind]} WHERE client_id = ? GROUP BY note_id", (client_id,)
    )
    return {str(r["note_id"]): int(r["n"]) for r in rows}

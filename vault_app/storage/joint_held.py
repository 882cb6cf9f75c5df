"""Held-in-confidence marks on a case chart's progress notes (table joint_held_notes, migration 0098)."""

from __future__ import annotations

from typing import Any

from vault_app.domain.joint_held import HeldMark
from vault_app.storage.compartment import Compartment

# client_id is the case chart's id: a table with a client_id column is chart data that a
# destruction finds by discovery (storage/destruction_delete.py).
_COLS = "note_id, client_id, member_id, held_at, held_by"


def _mark(row: Any) -> HeldMark:
    return HeldMark(str(row["note_id"]), str(row["client_id"]), str(row["member_id"]), str(row["held_at"]),
                    str(row["held_by"]))


def put(db: Compartment, mark: HeldMark) -> None:
    """Set the mark, or move it to another member (one mark per note)."""
    db.execute(
        f"INSERT INTO joint_held_notes ({_COLS}) VALUES (?, ?, ?, ?, ?) ON CONFLICT(note_id) DO UPDATE SET "
        "client_id = excluded.client_id, member_id = excluded.member_id, held_at = excluded.held_at, "
        "held_by = excluded.held_by",
        (mark.note_id, mark.case_id, mark.member_id, mark.held_at, mark.held_by),
    )


def remove(db: Compartment, note_id: str) -> None:
    db.execute("DELETE FROM joint_held_notes WHERE note_id = ?", (note_id,))


def get(db: Compartment, note_id: str) -> HeldMark | None:
    row = db.query_one(f"SELECT {_COLS} FROM joint_held_notes WHERE note_id = ?", (note_id,))
    return None if row is None else _mark(row)


def for_case(db: Compartment, case_id: str) -> list[HeldMark]:
    return [_mark(r) for r in db.query(f"SELECT {_COLS} FROM joint_held_notes WHERE client_id = ? ORDER BY note_id",
                                       (case_id,))]


__all__ = ["for_case", "get", "put", "remove"]

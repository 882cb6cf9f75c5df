"""Legal holds in records.db (table legal_holds, migration 0030)."""

from __future__ import annotations

from typing import Any

from vault_app.domain.retention import LegalHold, check_hold_reason
from vault_app.storage.compartment import Compartment

_COLS = "hold_id, client_id, reason, details, placed_at, released_at, release_note"


def _hold(row: Any) -> LegalHold:
    released = row["released_at"]
    return LegalHold(
        hold_id=str(row["hold_id"]),
        client_id=str(row["client_id"]),
        reason=check_hold_reason(str(row["reason"])),
        details=str(row["details"]),
        placed_at=str(row["placed_at"]),
        released_at=None if released is None else str(released),
        release_note=str(row["release_note"]),
    )


def insert(db: Compartment, hold: LegalHold) -> None:
    db.execute(
        f"INSERT INTO legal_holds ({_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (hold.hold_id, hold.client_id, hold.reason, hold.details, hold.placed_at, hold.released_at,
         hold.release_note),
    )


def get(db: Compartment, hold_id: str) -> LegalHold | None:
    row = db.query_one(f"SELECT {_COLS} FROM legal_holds WHERE hold_id = ?", (hold_id,))
    return None if row is None else _hold(row)


def mark_released(db: Compartment, hold_id: str, released_at: str, note: str) -> None:
    db.execute(
        "UPDATE legal_holds SET released_at = ?, release_note = ? WHERE hold_id = ?", (released_at, note, hold_id)
    )


def list_holds(db: Compartment, client_id: str | None = None, *, include_released: bool = False) -> list[LegalHold]:
    """Oldest first; only active ones unless `include_released`."""
    where, params = [], []
    if client_id is not None:
        where.append("client_id = ?")
        params.append(client_id)
    if not include_released:
        where.append("released_at IS NULL")
    sql = f"SELECT {_COLS} FROM legal_holds" + (" WHERE " + " AND ".join(where) if where else "")
    return [_hold(r) for r in db.query(sql + " ORDER BY placed_at", params)]


def held_client_ids(db: Compartment) -> set[str]:
    rows = db.query("SELECT DISTINCT client_id FROM legal_holds WHERE released_at IS NULL")
    return {str(r["client_id"]) for r in rows}

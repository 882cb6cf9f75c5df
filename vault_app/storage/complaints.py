"""Complaints and their disposition in records.db (table complaints, migration 0119)."""

from __future__ import annotations

from datetime import date
from typing import Any

from vault_app.domain.complaints import Complaint
from vault_app.storage.compartment import Compartment

_COLS = "complaint_id, received_on, complainant, about, disposition, disposed_on"


def _complaint(row: Any) -> Complaint:
    disposed = row["disposed_on"]
    return Complaint(str(row["complaint_id"]), date.fromisoformat(str(row["received_on"])), str(row["complainant"]),
                     str(row["about"]), str(row["disposition"]),
                     None if disposed is None else date.fromisoformat(str(disposed)))


def insert(db: Compartment, c: Complaint, created_at: str) -> None:
    db.execute(f"INSERT INTO complaints ({_COLS}, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
               (c.complaint_id, c.received_on.isoformat(), c.complainant, c.about, c.disposition,
                c.disposed_on.isoformat() if c.disposed_on else None, created_at))


def get(db: Compartment, complaint_id: str) -> Complaint | None:
    row = db.query_one(f"SELECT {_COLS} FROM complaints WHERE complaint_id = ?", (complaint_id,))
    return None if row is None else _complaint(row)


def set_disposition(db: Compartment, c: Complaint) -> None:
    db.execute("UPDATE complaints SET disposition = ?, disposed_on = ? WHERE complaint_id = ? AND disposed_on IS NULL",
               (c.disposition, c.disposed_on.isoformat() if c.disposed_on else None, c.complaint_id))


def delete(db: Compartment, complaint_id: str) -> int:
    """The complaint's row gone (records.db has secure_delete on: its words are zeroed in the page)."""
    return int(db.execute("DELETE FROM complaints WHERE complaint_id = ?", (complaint_id,)).rowcount)


def list_all(db: Compartment) -> list[Complaint]:
    """Newest first."""
    rows = db.query(f"SELECT {_COLS} FROM complaints ORDER BY received_on DESC, created_at DESC")
    return [_complaint(r) for r in rows]


__all__ = ["delete", "get", "insert", "list_all", "set_disposition"]

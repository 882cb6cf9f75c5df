"""Completed outcome measures in records.db (table `measures`, migration 0070)."""

from __future__ import annotations

from datetime import date
from typing import Any

from vault_app.domain.measures.record import Measure
from vault_app.storage.clinical_rows import dumps, loads
from vault_app.storage.compartment import Compartment

_COLS = ("measure_id, client_id, session_id, instrument, taken_on, answers, total, band, risk_items, replaces, "
         "superseded_by, correction_reason, entered_by, created_at")


def _row(r: Any) -> Measure:
    return Measure(
        measure_id=r["measure_id"], client_id=r["client_id"], session_id=r["session_id"],
        instrument=r["instrument"], taken_on=date.fromisoformat(r["taken_on"]),
        answers=tuple(int(v) for v in loads(r["answers"]) or ()), total=int(r["total"]), band=r["band"],
        risk_items=tuple(str(v) for v in loads(r["risk_items"]) or ()), replaces=r["replaces"],
        superseded_by=r["superseded_by"], correction_reason=r["correction_reason"], entered_by=r["entered_by"],
        created_at=r["created_at"],
    )


def insert(db: Compartment, m: Measure) -> None:
    db.execute(
        f"INSERT INTO measures ({_COLS}) VALUES ({', '.join('?' * 14)})",
        (m.measure_id, m.client_id, m.session_id, m.instrument, m.taken_on.isoformat(), dumps(list(m.answers)),
         m.total, m.band, dumps(list(m.risk_items)), m.replaces, m.superseded_by, m.correction_reason,
         m.entered_by, m.created_at),
    )


def mark_superseded(db: Compartment, measure_id: str, by: str) -> bool:
    """True when the row was current and now names its correction."""
    cur = db.execute("UPDATE measures SET superseded_by = ? WHERE measure_id = ? AND superseded_by IS NULL",
                     (by, measure_id))
    return bool(cur.rowcount)


def get(db: Compartment, measure_id: str) -> Measure | None:
    row = db.query_one(f"SELECT {_COLS} FROM measures WHERE measure_id = ?", (measure_id,))
    return _row(row) if row else None


def for_client(db: Compartment, client_id: str, *, instrument: str | None = None,
               include_superseded: bool = False) -> list[Measure]:
    """Oldest first."""
    sql = f"SELECT {_COLS} FROM measures WHERE client_id = ?"
    params: list[Any] = [client_id]
    if instrument is not None:
        sql += " AND instrument = ?"
        params.append(instrument)
    if not include_superseded:
        sql += " AND superseded_by IS NULL"
    rows = db.query(sql + " ORDER BY taken_on, created_at, measure_id", params)
    return [_row(r) for r in rows]


def in_range(db: Compartment, client_id: str, first: date, last: date) -> list[Measure]:
    """Current results taken between two dates (inclusive), oldest first: what an export carries."""
    rows = db.query(
        f"SELECT {_COLS} FROM measures WHERE client_id = ? AND superseded_by IS NULL AND taken_on BETWEEN ? AND ? "
        "ORDER BY taken_on, created_at, measure_id",
        (client_id, first.isoformat(), last.isoformat()),
    )
    return [_row(r) for r in rows]

"""The compliance store in records.db: records kept after their chart was destroyed."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

from vault_app.domain.compliance import ComplianceRecord
from vault_app.storage.compartment import Compartment

_COLS = "record_id, subject_id, chart_number, kind, created_on, keep_until, body, attachment_b64"


def _row(r: Any) -> ComplianceRecord:
    return ComplianceRecord(
        record_id=r["record_id"], subject_id=r["subject_id"], chart_number=r["chart_number"], kind=r["kind"],
        created_on=date.fromisoformat(r["created_on"]), keep_until=date.fromisoformat(r["keep_until"]),
        body=json.loads(r["body"]), attachment_b64=r["attachment_b64"],
    )


def insert(db: Compartment, rec: ComplianceRecord, now: str) -> None:
    db.execute(
        f"INSERT OR IGNORE INTO compliance_records ({_COLS}, retained_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (rec.record_id, rec.subject_id, rec.chart_number, rec.kind, rec.created_on.isoformat(),
         rec.keep_until.isoformat(), json.dumps(rec.body, sort_keys=True, default=str), rec.attachment_b64, now),
    )


def for_subject(db: Compartment, subject_id: str) -> list[ComplianceRecord]:
    rows = db.query(f"SELECT {_COLS} FROM compliance_records WHERE subject_id = ? ORDER BY kind, record_id",
                    (subject_id,))
    return [_row(r) for r in rows]


def all_records(db: Compartment) -> list[ComplianceRecord]:
    return [_row(r) for r in db.query(f"SELECT {_COLS} FROM compliance_records ORDER BY keep_until, record_id")]


def subject_by_chart_number(db: Compartment, chart_number: str) -> str | None:
    row = db.query_one("SELECT subject_id FROM compliance_records WHERE chart_number = ? LIMIT 1", (chart_number,))
    return str(row["subject_id"]) if row else None


def delete(db: Compartment, record_ids: Sequence[str]) -> int:
    """Delete with secure_delete on, so the freed pages are zeroed, not left readable."""
    db.execute("PRAGMA secure_delete = ON")
    total = 0
    for record_id in record_ids:
        total += db.execute("DELETE FROM compliance_records WHERE record_id = ?", (record_id,)).rowcount
    return total


def contents(db: Compartment) -> Iterator[bytes]:
    """Every stored value as bytes, for the destruction's content search."""
    for r in db.query("SELECT body, chart_number FROM compliance_records"):
        yield f"{r['body']}\x00{r['chart_number']}\x00".encode()

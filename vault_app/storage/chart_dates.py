"""The dates retention reasons about, one row per chart, read in one query (no names, no text)."""

from __future__ import annotations

from dataclasses import dataclass

from vault_app.storage.compartment import Compartment


@dataclass(frozen=True)
class ChartDates:
    """Stored values as they are (ISO text or None); services/retention.py interprets them."""

    client_id: str
    chart_number: str
    kind: str
    status: str
    date_of_birth: str | None
    last_contact: str | None
    discharged_on: str | None
    last_session: str | None
    last_note: str | None
    youngest_member_birth: str | None


_SQL = """
SELECT c.client_id, c.chart_number, c.kind, c.status, c.date_of_birth, c.last_contact, c.discharged_on,
       (SELECT max(s.date) FROM sessions s WHERE s.client_id = c.client_id) AS last_session,
       (SELECT max(n.note_date) FROM progress_notes n WHERE n.client_id = c.client_id) AS last_note,
       (SELECT max(m.date_of_birth) FROM case_members cm JOIN clients m ON m.client_id = cm.member_client_id
         WHERE cm.client_id = c.client_id) AS youngest_member_birth
FROM clients c
"""


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def read(db: Compartment, client_id: str | None = None, *, stale_only: bool = False) -> list[ChartDates]:
    """Every chart (or one) in creation order; empty for a compartment without charts yet.
    stale_only: the charts whose stored retention date a write has marked stale (migration
    0083), found through their partial index."""
    if db.query_one("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'clients'") is None:
        return []
    where = " WHERE c.client_id = ?" if client_id else (" WHERE c.retention_stale = 1" if stale_only else "")
    sql = _SQL + where + " ORDER BY c.seq"
    return [
        ChartDates(
            client_id=str(r["client_id"]),
            chart_number=str(r["chart_number"]),
            kind=str(r["kind"]),
            status=str(r["status"]),
            date_of_birth=_text(r["date_of_birth"]),
            last_contact=_text(r["last_contact"]),
            discharged_on=_text(r["discharged_on"]),
            last_session=_text(r["last_session"]),
            last_note=_text(r["last_note"]),
            youngest_member_birth=_text(r["youngest_member_birth"]),
        )
        for r in db.query(sql, (client_id,) if client_id else ())
    ]

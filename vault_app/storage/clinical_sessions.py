"""Sessions (dates, times, modality, billing codes) in records.db."""

from __future__ import annotations

from datetime import date
from typing import Any

from vault_app.domain.clinical import Session
from vault_app.storage.clinical_rows import d2s, dumps, s2t, str_tuple, t2s
from vault_app.storage.compartment import Compartment

_COLS = (
    "session_id, client_id, date, start_time, end_time, duration_minutes, modality, setting, platform, "
    "service_type, cpt_code, addon_codes, icd10_codes, location, billing_status, created_at, updated_at"
)
_NAMES = [n.strip() for n in _COLS.split(",")]


def _values(s: Session) -> tuple[Any, ...]:
    return (
        s.session_id, s.client_id, d2s(s.date), t2s(s.start_time), t2s(s.end_time), s.duration_minutes, s.modality,
        s.setting, s.platform, s.service_type, s.cpt_code, dumps(list(s.addon_codes)), dumps(list(s.icd10_codes)),
        s.location, s.billing_status, s.created_at, s.updated_at,
    )


def _session(r: Any) -> Session:
    return Session(
        session_id=r["session_id"],
        client_id=r["client_id"],
        date=date.fromisoformat(r["date"]),
        start_time=s2t(r["start_time"]),
        end_time=s2t(r["end_time"]),
        duration_minutes=int(r["duration_minutes"]),
        modality=r["modality"],
        setting=r["setting"],
        platform=r["platform"],
        service_type=r["service_type"],
        cpt_code=r["cpt_code"],
        addon_codes=str_tuple(r["addon_codes"]),
        icd10_codes=str_tuple(r["icd10_codes"]),
        location=r["location"],
        billing_status=r["billing_status"],
        created_at=r["created_at"],
        updated_at=r["updated_at"],
    )


def insert(db: Compartment, session: Session) -> None:
    db.execute(f"INSERT INTO sessions ({_COLS}) VALUES ({', '.join('?' * len(_NAMES))})", _values(session))


def insert_many(db: Compartment, sessions: list[Session]) -> None:
    db.executemany(
        f"INSERT INTO sessions ({_COLS}) VALUES ({', '.join('?' * len(_NAMES))})", [_values(s) for s in sessions]
    )


def update(db: Compartment, session: Session) -> None:
    values = _values(session)
    assignments = ", ".join(f"{n} = ?" for n in _NAMES[1:])
    db.execute(f"UPDATE sessions SET {assignments} WHERE session_id = ?", (*values[1:], values[0]))


def get(db: Compartment, session_id: str) -> Session | None:
    row = db.query_one(f"SELECT {_COLS} FROM sessions WHERE session_id = ?", (session_id,))
    return _session(row) if row else None


def list_for_client(db: Compartment, client_id: str) -> list[Session]:
    rows = db.query(
        f"SELECT {_COLS} FROM sessions WHERE client_id = ? ORDER BY date, start_time, session_id", (client_id,)
    )
    return [_session(r) for r in rows]


def has_note(db: Compartment, session_id: str) -> str | None:
    row = db.query_one("SELECT note_id FROM progress_notes WHERE session_id = ?", (session_id,))
    return str(row["note_id"]) if row else None


def delete(db: Compartment, session_id: str) -> None:
    db.execute("DELETE FROM draft_only_sessions WHERE session_id = ?", (session_id,))  # whether or not FKs are on
    db.execute("DELETE FROM sessions WHERE session_id = ?", (session_id,))



# --- a session recorded for a draft note: not a visit until the note is signed (migration 0104)
def mark_draft_only(db: Compartment, session_id: str) -> None:
    db.execute("INSERT OR IGNORE INTO draft_only_sessions (session_id) VALUES (?)", (session_id,))


def is_draft_only(db: Compartment, session_id: str) -> bool:
    return db.query_one("SELECT 1 AS found FROM draft_only_sessions WHERE session_id = ?", (session_id,)) is not None


def draft_only_ids(db: Compartment, client_id: str) -> set[str]:
    rows = db.query("SELECT d.session_id FROM draft_only_sessions d JOIN sessions s ON s.session_id = d.session_id "
                    "WHERE s.client_id = ?", (client_id,))
    return {str(r["session_id"]) for r in rows}


def confirm_visit(db: Compartment, session_id: str) -> bool:
    """The note was signed: a visit from now on. Whether it was draft-only until now."""
    return int(db.execute("DELETE FROM draft_only_sessions WHERE session_id = ?", (session_id,)).rowcount) > 0


def draft_only_without_note(db: Compartment, created_before: str) -> list[tuple[str, str]]:
    """(session_id, client_id) of sessions recorded for a draft that has no note, written
    before `created_before` (an ISO stamp): what a kill between the session and its note left."""
    rows = db.query("SELECT s.session_id, s.client_id FROM draft_only_sessions d "
                    "JOIN sessions s ON s.session_id = d.session_id WHERE s.created_at < ? "
                    "AND NOT EXISTS (SELECT 1 FROM progress_notes n WHERE n.session_id = d.session_id)",
                    (created_before,))
    return [(str(r["session_id"]), str(r["client_id"])) for r in rows]

"""Appointments in records.db, and the agenda's one query for a range of days."""

from __future__ import annotations

from datetime import date
from typing import Any

from vault_app.domain.appointments import AgendaRow, Appointment
from vault_app.storage.clinical_rows import d2s, s2d, s2t, t2s
from vault_app.storage.compartment import Compartment

_COLS = (
    "appointment_id, client_id, date, start_time, duration_minutes, status, setting, series_id, recurrence, "
    "session_id, fee_cents, status_on, created_at, updated_at"
)
_NAMES = [n.strip() for n in _COLS.split(",")]
_PLACEHOLDERS = ", ".join("?" * len(_NAMES))
# A discharged client's appointment (a) still scheduled after the discharge day (c's). A
# discharge without a day names none: which day treatment ended is not guessed.
LEFT_AFTER_DISCHARGE = ("a.status = 'scheduled' AND c.status = 'discharged' AND c.discharged_on IS NOT NULL "
                        "AND a.date > c.discharged_on")


def _values(a: Appointment) -> tuple[Any, ...]:
    return (
        a.appointment_id, a.client_id, d2s(a.date), t2s(a.start_time), a.duration_minutes, a.status, a.setting,
        a.series_id, a.recurrence, a.session_id, a.fee_cents, d2s(a.status_on), a.created_at, a.updated_at,
    )


def _appointment(r: Any) -> Appointment:
    start = s2t(r["start_time"])
    assert start is not None  # NOT NULL in the schema
    return Appointment(
        appointment_id=r["appointment_id"], client_id=r["client_id"], date=date.fromisoformat(r["date"]),
        start_time=start, duration_minutes=int(r["duration_minutes"]), status=r["status"], setting=r["setting"],
        series_id=r["series_id"], recurrence=r["recurrence"], session_id=r["session_id"],
        fee_cents=None if r["fee_cents"] is None else int(r["fee_cents"]), status_on=s2d(r["status_on"]),
        created_at=r["created_at"], updated_at=r["updated_at"],
    )


def insert_many(db: Compartment, appointments: list[Appointment]) -> None:
    db.executemany(f"INSERT INTO appointments ({_COLS}) VALUES ({_PLACEHOLDERS})",
                   [_values(a) for a in appointments])


def update(db: Compartment, a: Appointment) -> None:
    values = _values(a)
    assignments = ", ".join(f"{n} = ?" for n in _NAMES[1:])
    db.execute(f"UPDATE appointments SET {assignments} WHERE appointment_id = ?", (*values[1:], values[0]))


def get(db: Compartment, appointment_id: str) -> Appointment | None:
    row = db.query_one(f"SELECT {_COLS} FROM appointments WHERE appointment_id = ?", (appointment_id,))
    return _appointment(row) if row else None


def scheduled_after_discharge(db: Compartment) -> list[tuple[Appointment, date]]:
    """Appointments still scheduled after their client's discharge day, with that day: left by
    discharges recorded before a discharge cancelled them (services/appointments_discharged.py)."""
    cols = ", ".join(f"a.{n}" for n in _NAMES)
    rows = db.query(f"SELECT {cols}, c.discharged_on AS discharged_on FROM appointments a "
                    f"JOIN clients c ON c.client_id = a.client_id WHERE {LEFT_AFTER_DISCHARGE} "
                    "ORDER BY a.client_id, a.date, a.start_time")
    return [(_appointment(r), date.fromisoformat(r["discharged_on"])) for r in rows]


def list_for_client(db: Compartment, client_id: str) -> list[Appointment]:
    rows = db.query(f"SELECT {_COLS} FROM appointments WHERE client_id = ? ORDER BY date, start_time",
                    (client_id,))
    return [_appointment(r) for r in rows]


def for_session(db: Compartment, session_id: str) -> Appointment | None:
    row = db.query_one(f"SELECT {_COLS} FROM appointments WHERE session_id = ?", (session_id,))
    return _appointment(row) if row else None


def overlapping(db: Compartment, day: date, exclude: str = "") -> list[Appointment]:
    """Scheduled or attended appointments on one day (the service checks the times)."""
    rows = db.query(
        f"SELECT {_COLS} FROM appointments WHERE date = ? AND status IN ('scheduled', 'attended') "
        "AND appointment_id != ?", (d2s(day), exclude))
    return [_appointment(r) for r in rows]


# A week from a few index pages (records migration 0087): its appointments and sessions from
# the date-ordered covering indexes, its notes' state from the notes dated that week, and only
# what those miss (a note dated another day, a session whose appointment is in another week)
# looked up by id, one page each; every page read from disk costs a decryption. week_taken spares
# the per-session lookup in appointments for the sessions the week's own appointments show.
# Rows at the same time are in id order, whatever plan SQLite picks (the list does not reshuffle).
_AGENDA_SQL = """
WITH week_notes AS MATERIALIZED (
    SELECT session_id, note_id, signed_at IS NOT NULL AS signed FROM progress_notes
     WHERE note_date BETWEEN :first AND :last AND session_id IS NOT NULL),
     week_taken AS MATERIALIZED (
    SELECT session_id FROM appointments WHERE date BETWEEN :first AND :last AND session_id IS NOT NULL)
SELECT 'appointment' AS kind, a.appointment_id AS item_id, a.client_id, c.chart_number, c.legal_name,
       c.preferred_name, a.date, a.start_time, a.duration_minutes, a.status, a.setting, a.session_id,
       coalesce(w.note_id, (SELECT n.note_id FROM progress_notes n WHERE n.session_id = a.session_id)) AS note_id,
       coalesce(w.signed, (SELECT n.signed_at IS NOT NULL FROM progress_notes n
                            WHERE n.session_id = a.session_id)) AS signed
  FROM appointments a
  JOIN clients c ON c.client_id = a.client_id
  LEFT JOIN week_notes w ON w.session_id = a.session_id
 WHERE a.date BETWEEN :first AND :last
UNION ALL
SELECT 'session', s.session_id, s.client_id, c.chart_number, c.legal_name, c.preferred_name, s.date,
       s.start_time, s.duration_minutes, 'attended', s.setting, s.session_id,
       coalesce(w.note_id, (SELECT n.note_id FROM progress_notes n WHERE n.session_id = s.session_id)),
       coalesce(w.signed, (SELECT n.signed_at IS NOT NULL FROM progress_notes n WHERE n.session_id = s.session_id))
  FROM sessions s
  JOIN clients c ON c.client_id = s.client_id
  LEFT JOIN week_notes w ON w.session_id = s.session_id
 WHERE s.date BETWEEN :first AND :last
   AND s.session_id NOT IN week_taken
   AND NOT EXISTS (SELECT 1 FROM appointments x WHERE x.session_id = s.session_id)
   AND s.session_id NOT IN (SELECT session_id FROM draft_only_sessions)
 ORDER BY 7, 8, 1, 2
"""


def agenda(db: Compartment, first: date, last: date) -> list[AgendaRow]:
    """Every appointment and every session without an appointment from `first` to `last`."""
    rows = db.query(_AGENDA_SQL, {"first": d2s(first), "last": d2s(last)})
    return [
        AgendaRow(
            # a UNION's columns are named by its first SELECT
            kind=r["kind"], item_id=r["item_id"], client_id=r["client_id"], chart_number=r["chart_number"],
            legal_name=r["legal_name"], preferred_name=r["preferred_name"], date=date.fromisoformat(r["date"]),
            start_time=r["start_time"], duration_minutes=int(r["duration_minutes"]), status=r["status"],
            setting=r["setting"], session_id=r["session_id"], note_id=r["note_id"],
            note_signed=bool(r["signed"]),
        )
        for r in rows
    ]


def fees_charged(db: Compartment, client_id: str) -> list[Appointment]:
    rows = db.query(f"SELECT {_COLS} FROM appointments WHERE client_id = ? AND fee_cents IS NOT NULL "
                    "ORDER BY date", (client_id,))
    return [_appointment(r) for r in rows]

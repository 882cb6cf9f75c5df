"""The worklist's own reads: sessions without a progress note, days with two sessions,
appointments never recorded,
the last result of each measure a client has taken.

A session recorded for a draft note (draft_only_sessions, migration 0104) is no visit until
the note is signed: it is not a second session of its day nor a visit since a measure. The
draft itself is owed as an unsigned note (services/unsigned_notes.py)."""

from __future__ import annotations

from datetime import date

from vault_app.domain.same_day_sessions import DaySession
from vault_app.storage.clinical_rows import d2s, s2t
from vault_app.storage.compartment import Compartment

# A session that is a visit: not one recorded for a note still a draft.
_VISIT = "s.session_id NOT IN (SELECT session_id FROM draft_only_sessions)"


def sessions_without_notes(db: Compartment, before: date) -> list[tuple[str, str, date]]:
    """(session_id, client_id, date) of past sessions no progress note documents. Not one a
    draft's first save left without its note (a kill between the two writes): no visit, it is
    owed no note (the next unlock removes it, services/draft_sessions_left.py). Nor the chart's only
    visit of a day that has a note of that day attached to no session: release 0.1.0's `note add
    --date` attached none (found by a walker: every such note's session was counted after the upgrade).
    With two visits that day, which one the note is for is not known: both stay listed."""
    rows = db.query(
        "SELECT s.session_id, s.client_id, s.date FROM sessions s "
        "WHERE s.date <= ? AND NOT EXISTS (SELECT 1 FROM progress_notes n WHERE n.session_id = s.session_id) "
        f"AND {_VISIT} AND NOT (EXISTS (SELECT 1 FROM progress_notes n WHERE n.client_id = s.client_id "
        "AND n.session_id IS NULL AND substr(n.note_date, 1, 10) = s.date) "
        "AND NOT EXISTS (SELECT 1 FROM sessions o WHERE o.client_id = s.client_id AND o.date = s.date "
        "AND o.session_id != s.session_id AND o.session_id NOT IN (SELECT session_id FROM draft_only_sessions))) "
        "ORDER BY s.date, s.start_time", (d2s(before),))
    return [(str(r["session_id"]), str(r["client_id"]), date.fromisoformat(r["date"])) for r in rows]


def same_day_sessions(db: Compartment) -> list[tuple[str, date, list[DaySession]]]:
    """(client_id, date, its sessions) of days with two or more charged sessions in one chart,
    one of them not billed yet (a "no charge" session is no charge; once billed, the insurer
    has it). Whether the day is owed something is the domain's rule (day_to_review)."""
    rows = db.query(
        "SELECT s.client_id, s.date, s.start_time, s.duration_minutes, s.billing_status, "
        "EXISTS (SELECT 1 FROM progress_notes n WHERE n.session_id = s.session_id) AS documented "
        "FROM sessions s JOIN (SELECT s.client_id, s.date FROM sessions s WHERE s.billing_status != 'no_charge' "
        f"AND {_VISIT} GROUP BY s.client_id, s.date HAVING COUNT(*) > 1 AND SUM(s.billing_status = 'unbilled') > 0) d "
        f"ON d.client_id = s.client_id AND d.date = s.date WHERE {_VISIT} ORDER BY s.date, s.client_id, s.start_time")
    days: dict[tuple[str, str], list[DaySession]] = {}
    for r in rows:
        days.setdefault((str(r["client_id"]), str(r["date"])), []).append(DaySession(
            s2t(r["start_time"]), int(r["duration_minutes"]), str(r["billing_status"]), bool(r["documented"])))
    return [(client_id, date.fromisoformat(day), found) for (client_id, day), found in days.items()]


def appointments_unrecorded(db: Compartment, before: date) -> list[tuple[str, str, date]]:
    """(appointment_id, client_id, date) of appointments before `before` still only scheduled."""
    rows = db.query(
        "SELECT appointment_id, client_id, date FROM appointments WHERE status = 'scheduled' AND date < ? "
        "ORDER BY date, start_time", (d2s(before),))
    return [(str(r["appointment_id"]), str(r["client_id"]), date.fromisoformat(r["date"])) for r in rows]


def chart_numbers(db: Compartment) -> dict[str, str]:
    rows = db.query("SELECT client_id, chart_number FROM clients")
    return {str(r["client_id"]): str(r["chart_number"]) for r in rows}


def measures_last_taken(db: Compartment, on: date) -> list[tuple[str, str, date, date | None, str]]:
    """(client_id, instrument, last result's date, last session on or before `on`, client status)
    for every instrument a client has a current result of; the rule of what is due is the domain's."""
    rows = db.query(
        "SELECT m.client_id, m.instrument, MAX(m.taken_on) AS last_taken, "
        f"(SELECT MAX(s.date) FROM sessions s WHERE s.client_id = m.client_id AND s.date <= ? AND {_VISIT}) "
        "AS last_session, "
        "c.status "
        "FROM measures m JOIN clients c ON c.client_id = m.client_id "
        "WHERE m.superseded_by IS NULL GROUP BY m.client_id, m.instrument ORDER BY MAX(m.taken_on), m.client_id",
        (d2s(on),))
    return [(str(r["client_id"]), str(r["instrument"]), date.fromisoformat(r["last_taken"]),
             date.fromisoformat(r["last_session"]) if r["last_session"] else None, str(r["status"]))
            for r in rows]

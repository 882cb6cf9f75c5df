"""The worklist: one list of what is owed, each item pointing at the thing itself.

- unsigned progress notes (every one, oldest first, with its age: services/unsigned_notes.py,
  which the home screen's card reads too);
- past sessions no progress note documents;
- days with two or more sessions in one chart, not billed yet, where nothing tells two
  visits from one recorded twice (each is a charge: one recorded twice would be billed
  twice; domain/same_day_sessions.day_to_review);
- appointments over (on the practice's clock: services/practice_zone.py) whose outcome was never
  recorded (attended? no-show?);
- access, amendment and accounting requests overdue or due within a week, after the open access
  requests needing review (their requester may no longer receive the copy: work to do now, whatever
  their due date; services/request_review_needed.py);
- authorizations expiring within 30 days;
- outcome measures due again (domain/measures/schedule.py: PHQ-9 and GAD-7 every 4 weeks
  for an active client who took them before and has had a session since).
Ids, dates and chart numbers only: the GUI decides what of a name privacy mode shows.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from vault_app.domain.measures import get_instrument, instrument_keys
from vault_app.domain.measures.schedule import measure_due
from vault_app.domain.same_day_sessions import day_to_review
from vault_app.domain.worklist import SECTIONS, WorkItem, Worklist
from vault_app.services import (
    appointment_times,
    appointments,
    dashboard,
    older_copy_known,
    practice_zone,
    unsigned_notes,
)
from vault_app.services.clinical_common import today
from vault_app.services.vault import Vault
from vault_app.storage import worklist as store


def build(vault: Vault, *, on: date | None = None, at: datetime | None = None) -> Worklist:
    """What is owed at `at` (now): the deadlines on the computer's day (`on`, else `at`'s there),
    the appointments on the practice's clock (services/practice_zone.py)."""
    day = on or (today() if at is None else practice_zone.now_on(appointment_times.computer_zone(), at).date())
    charts = store.chart_numbers(vault.records)
    items: list[WorkItem] = []
    for n in unsigned_notes.owed(vault).notes:
        items.append(WorkItem("unsigned_notes", "note", n.note_id, n.client_id, charts.get(n.client_id, "?"),
                              n.note_date.isoformat(), (day - n.note_date).days, n.template.upper()))
    for session_id, client_id, when in store.sessions_without_notes(vault.records, day):
        items.append(WorkItem("sessions_without_notes", "session", session_id, client_id,
                              charts.get(client_id, "?"), when.isoformat(), (day - when).days))
    for client_id, when, found in store.same_day_sessions(vault.records):
        if day_to_review(found):
            items.append(WorkItem("sessions_same_day", "session_day", f"{client_id}:{when.isoformat()}", client_id,
                                  charts.get(client_id, "?"), when.isoformat(), (day - when).days,
                                  str(sum(s.billing_status != "no_charge" for s in found))))
    items += _appointments_over(vault, charts, at)
    summary = dashboard.summary(vault, on=day)
    seen: set[str] = set()
    # Those needing review first: the Requests window alone said it (found), the list its due ones only.
    for r in summary.requests_needing_review + summary.requests_overdue + summary.requests_due_soon:
        if r.request_id not in seen:
            seen.add(r.request_id)
            items.append(WorkItem("requests_due", "request", r.request_id, r.client_id,
                                  charts.get(r.client_id, "?"), r.due_on, r.days_left, f"{r.kind} request",
                                  r.review))
    for a in summary.authorizations_expiring:
        items.append(WorkItem("authorizations_expiring", "authorization", a.authorization_id, a.client_id,
                              charts.get(a.client_id, "?"), a.expires_on, a.days_left))
    known = set(instrument_keys())
    for client_id, key, last_taken, last_session, status in store.measures_last_taken(vault.records, day):
        due = measure_due(client_id, key, last_taken=last_taken, last_session=last_session, client_status=status,
                          today=day)
        if due is not None:
            title = get_instrument(key).title if key in known else key
            # days: left until due (0 or less here), like requests: negative is overdue.
            items.append(WorkItem("measures_due", "measure", key, client_id, charts.get(client_id, "?"),
                                  due.due_on.isoformat(), -due.days_overdue(day), title))
    # A chart a newer copy of the vault destroyed (this an older copy put back) is refused when opened: none
    # of its sessions, appointments, requests or measures is owed here (found by a walker).
    gone = older_copy_known.known(vault)  # written by the unlock's check (services/older_copy_destroyed.py)
    return Worklist(day.isoformat(), [i for i in items if i.client_id not in gone])


def _appointments_over(vault: Vault, charts: dict[str, str], at: datetime | None) -> list[WorkItem]:
    """Appointments still only scheduled once over on the practice's clock (found: the computer in
    Madrid, a 4:00 PM Los Angeles session was owed at 01:00 Madrid, just begun): its day's are
    owed from their real end, the days before all; days since counted on its calendar."""
    zone = practice_zone.zone(vault)
    practice_day = practice_zone.now_on(zone, at).date()
    found = []
    for appointment_id, client_id, when in store.appointments_unrecorded(vault.records,
                                                                         practice_day + timedelta(days=1)):
        if when == practice_day:
            appt = appointments.get(vault, appointment_id)
            if not practice_zone.over(zone, when, appt.start_time, appt.duration_minutes, at):
                continue
        found.append(WorkItem("appointments_unrecorded", "appointment", appointment_id, client_id,
                              charts.get(client_id, "?"), when.isoformat(), (practice_day - when).days))
    return found


__all__ = ["SECTIONS", "WorkItem", "Worklist", "build"]

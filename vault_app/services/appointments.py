"""Appointments: schedule (once or as a weekly/biweekly series), move, set a status, attend.

`attend` is the one use case behind "the client came": the appointment becomes a session
(services/sessions.py) with the treatment plan's diagnoses, and a draft progress note is
started for it with the plan's active goals, so the editor opens prefilled. A no-show or
late cancellation is recorded on the appointment alone (no clinical note), with the
practice's missed-appointment fee if one is set. Ledger events are appointment.* with ids
only. Everything lives in records.db; nothing reaches an OS calendar or notification.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import date, datetime, time
from typing import Any

from vault_app.domain import appointments as rules
from vault_app.domain import locale_format
from vault_app.domain.appointments import AgendaRow, Appointment
from vault_app.domain.clinical import SERVICE_TYPES, choice, new_id, parse_time, require_date
from vault_app.domain.errors import InvalidInput, NotFound, RefusedByPolicy
from vault_app.domain.same_day_sessions import recorded_visit
from vault_app.services import appointment_times, billing, clients, notes, plans, practice, practice_zone, sessions
from vault_app.services.clinical_common import audit, now_iso, require_client
from vault_app.services.vault import Vault
from vault_app.storage import appointments as store
from vault_app.storage import clinical_clients, clinical_sessions

SETTINGS: tuple[str, ...] = ("in_person", "telehealth")
DEFAULT_MINUTES = 53


def get(vault: Vault, appointment_id: str) -> Appointment:
    found = store.get(vault.records, appointment_id) if isinstance(appointment_id, str) else None
    if found is None:
        raise NotFound("No appointment with that id.", hint="List them with 'vault-app appt list'.",
                       code="appointment.not_found")
    return found


def _start(value: time | str | None) -> time:
    start = parse_time(value, "start time", field="start_time")
    if start is None:
        raise InvalidInput("Give the appointment's start time, e.g. 14:00.", code="appointment.start_missing",
                           field="start_time")
    return start


def _check_free(vault: Vault, appt: Appointment) -> None:
    """Two appointments at the same time are a slip (a solo practice sees one client at a time)."""
    begin = appt.start_time.hour * 60 + appt.start_time.minute
    end = begin + appt.duration_minutes
    for other in store.overlapping(vault.records, appt.date, exclude=appt.appointment_id):
        o_begin = other.start_time.hour * 60 + other.start_time.minute
        if o_begin < end and begin < o_begin + other.duration_minutes:
            # The other appointment's time, not the one just typed (which the therapist knows),
            # and the day too: in a series it is not the day typed. In the practice's format,
            # as the agenda shows them; no client name (names stay inside the vault).
            tag = practice.printing_locale(vault)
            raise InvalidInput(
                f"Another appointment, on {locale_format.date_text(other.date, tag)} from "
                f"{locale_format.time_text(other.start_time, tag)} to {locale_format.time_text(other.end_time, tag)}, "
                "overlaps this time.",
                hint="Choose another time, or move or cancel the other appointment first.",
                code="appointment.overlap", field="start_time",
                params={"day": locale_format.date_text(other.date, tag),
                        "start": locale_format.time_text(other.start_time, tag),
                        "end": locale_format.time_text(other.end_time, tag)},
            )


def _check_begun(vault: Vault, status: str, appt: Appointment, now: datetime | None) -> None:
    """No attended or no-show before the start (domain/appointments.py), `now` the caller's clock
    (the agenda's, which tests set) or the computer's, read on the practice's clock (a therapist in
    Madrid marked a Los Angeles session attended nine hours early); said in the practice's format."""
    moment = practice_zone.now(vault, now)
    if rules.starts_later(status, appt.date, appt.start_time, moment):
        tag = practice.printing_locale(vault)
        rules.check_timing(status, appt.date, appt.start_time, moment,
                           day_text=locale_format.date_text(appt.date, tag),
                           start_text=locale_format.time_text(appt.start_time, tag))


def _check_on_the_clock(vault: Vault, days: list[date], start: time) -> None:
    """A start the practice's clock skips on one of `days` is refused (services/appointment_times.py)."""
    profile = practice.load(vault)
    appointment_times.check_exists(days, start, practice.printing_locale(vault),
                                   practice_zone.zone_of(profile.time_zone), practice=bool(profile.time_zone))


def _discharged() -> RefusedByPolicy:
    return RefusedByPolicy("This client is discharged: no new appointments.",
                           hint="Set the client active again first if treatment resumes.",
                           code="appointment.client_discharged")


def _check_treating(vault: Vault, appt: Appointment) -> None:
    """A discharged client's appointment is not moved or put back past the discharge: that is
    a new appointment after treatment ended, which `schedule` refuses too."""
    client = clients.get_client(vault, appt.client_id)
    if rules.past_discharge(appt.date, client.status, client.discharged_on):
        raise _discharged()


def schedule(
    vault: Vault,
    client_id: str,
    *,
    date: date | str,
    start: time | str,
    duration_minutes: int = DEFAULT_MINUTES,
    setting: str = "in_person",
    recurrence: str = "none",
    count: int | None = None,
    until: date | str | None = None,
) -> list[Appointment]:
    """One appointment, or a weekly/biweekly series (`count` of them, or up to `until`)."""
    if clients.get_client(vault, client_id).status == "discharged":
        raise _discharged()
    first = require_date(date, "appointment date", field="appointment_date")
    last = require_date(until, "last date of the series", field="series_until") if until is not None else None
    begin = _start(start)
    minutes = rules.check_minutes(duration_minutes)
    rules.end_of(begin, minutes)
    choice(setting, SETTINGS, "setting (in_person or telehealth)", field="setting")
    days = rules.expand(first, recurrence, count=count, until=last)
    # A series begun late in 2200 ran into 2201, where no agenda range reaches: booked, never seen.
    require_date(days[-1], "last date of the series", field="count")
    # 2:30 AM on the day the clocks go forward never comes: refused, not booked in a missing hour.
    _check_on_the_clock(vault, days, begin)
    series = new_id() if len(days) > 1 or recurrence != "none" else None
    stamp = now_iso()
    made = [
        Appointment(
            appointment_id=new_id(), client_id=client_id, date=day, start_time=begin, duration_minutes=minutes,
            setting=setting, series_id=series, recurrence=recurrence,  # type: ignore[arg-type]
            created_at=stamp, updated_at=stamp,
        )
        for day in days
    ]
    for appt in made:
        _check_free(vault, appt)
    with vault.records.transaction():
        store.insert_many(vault.records, made)
    audit(vault, "appointment.scheduled", client_id=client_id, appointment_id=made[0].appointment_id,
          series_id=series, count=len(made))
    return made


def list_range(vault: Vault, first: date | str, last: date | str) -> list[AgendaRow]:
    """The agenda from `first` to `last` (at most a year at a time): appointments, and the
    sessions recorded without one. Names come along; the GUI masks them in privacy mode."""
    a = require_date(first, "first day", field="first_day")
    b = require_date(last, "last day", field="last_day")
    if b < a or (b - a).days > 366:
        raise InvalidInput("Choose a range of days of at most a year, the last after the first.", code="agenda.range",
                           field="last_day")
    return store.agenda(vault.records, a, b)


def week(vault: Vault, day: date | str) -> list[AgendaRow]:
    monday, sunday = rules.week_of(require_date(day, "day"))
    return store.agenda(vault.records, monday, sunday)


def list_for_client(vault: Vault, client_id: str) -> list[Appointment]:
    require_client(vault, client_id)
    return store.list_for_client(vault.records, client_id)


def move(
    vault: Vault,
    appointment_id: str,
    *,
    date: date | str | None = None,
    start: time | str | None = None,
    duration_minutes: int | None = None,
    setting: str | None = None,
) -> Appointment:
    """Another day, time, length or setting for a scheduled appointment (only that one)."""
    current = get(vault, appointment_id)
    if current.status != "scheduled":
        raise RefusedByPolicy(
            f"Only a scheduled appointment can be moved; this one is {rules.STATUS_LABELS[current.status]}.",
            hint="Set it back to scheduled first, or schedule a new one.", code="appointment.move_not_scheduled",
            params={"status": current.status},
        )
    values: dict[str, Any] = {}
    if date is not None:
        values["date"] = require_date(date, "appointment date", field="appointment_date")
    if start is not None:
        values["start_time"] = _start(start)
    if duration_minutes is not None:
        values["duration_minutes"] = rules.check_minutes(duration_minutes)
    if setting is not None:
        values["setting"] = choice(setting, SETTINGS, "setting (in_person or telehealth)", field="setting")
    if not values:
        raise InvalidInput("Nothing to change.", hint="Give a new date, start time, length or setting.",
                           code="appointment.nothing_to_change")
    moved = replace(current, **values, updated_at=now_iso())
    rules.end_of(moved.start_time, moved.duration_minutes)
    if "date" in values or "start_time" in values:
        _check_on_the_clock(vault, [moved.date], moved.start_time)
    _check_treating(vault, moved)
    _check_free(vault, moved)
    with vault.records.transaction():
        store.update(vault.records, moved)
    audit(vault, "appointment.moved", client_id=moved.client_id, appointment_id=appointment_id,
          fields=sorted(values))
    return moved


def set_status(vault: Vault, appointment_id: str, status: str, *, now: datetime | None = None) -> Appointment:
    """No-show, late cancel, a cancellation, or back to scheduled. Attending is `attend`,
    which also makes the session; a no-show or late cancel is charged the policy's fee.
    Attended and no-show wait for the start time (`now`: the caller's clock, else the computer's)."""
    current = get(vault, appointment_id)
    rules.check_transition(current.status, status)
    _check_begun(vault, status, current, now)
    if status == "attended":
        return attend(vault, appointment_id, now=now).appointment
    fee = billing.missed_fee(vault, status) if status in rules.CHARGEABLE else None
    updated = replace(current, status=status, fee_cents=fee,  # type: ignore[arg-type]
                      status_on=practice_zone.today(vault, now),
                      updated_at=now_iso())
    if status == "scheduled":
        # Back in the agenda, it takes its slot again: the slot may have been given to another
        # client since it was cancelled, and the client may have been discharged.
        _check_treating(vault, updated)
        _check_free(vault, updated)
    with vault.records.transaction():
        store.update(vault.records, updated)
    audit(vault, "appointment.status_changed", client_id=updated.client_id, appointment_id=appointment_id,
          status=status, fee_cents=fee)
    return updated


def fee_to_charge(vault: Vault, appointment_id: str, status: str, *, now: datetime | None = None) -> int | None:
    """The fee `set_status(status)` would charge (None: none), checked as set_status checks: the agenda
    asks before a fee is charged (S and Enter charged one without a word), and refuses before asking."""
    current = get(vault, appointment_id)
    rules.check_transition(current.status, status)
    _check_begun(vault, status, current, now)
    return billing.missed_fee(vault, status) if status in rules.CHARGEABLE else None


@dataclass(frozen=True)
class Attended:
    """What the GUI needs to open the note editor on the new draft, prefilled."""

    appointment: Appointment
    session_id: str
    note_id: str
    client_id: str
    cpt_code: str
    icd10_codes: tuple[str, ...]
    goal_ids: tuple[str, ...]
    reused_session: bool = False  # the day's session recorded before (from a note): not a second one

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def attend(vault: Vault, appointment_id: str, *, language: str = "en", now: datetime | None = None,
           service_type: str = "psychotherapy") -> Attended:
    """The client came: mark the appointment attended, record the session (client, date,
    start and end, CPT from the minutes, diagnoses from the treatment plan) and start a
    draft progress note on it that refers to the plan's active goals, in `language` (the
    screen's: a Spanish app's draft said "Progress toward treatment plan goals:"). A session
    of that day no appointment claims (recorded with a note first) is that visit: linked,
    not doubled. Not before the appointment's start (`now` as in set_status). An "intake"
    `service_type` is coded as `session add --service-type intake` codes it (domain/codes.py's
    default_cpt: 90791, whatever the minutes); a walker typed 90791 by hand over 90837."""
    choice(service_type, SERVICE_TYPES, "service type", field="service_type")
    current = get(vault, appointment_id)
    rules.check_transition(current.status, "attended")
    _check_begun(vault, "attended", current, now)
    kind = require_client(vault, current.client_id)
    plan = plans.get_plan(vault, current.client_id)
    diagnoses = plan.diagnosis_codes if plan else ()
    active = tuple(g for g in plan.goals if g.status == "active") if plan else ()
    goal_ids = tuple(g.goal_id for g in active)
    # The time rule decides an individual session's code; couple and family sessions have
    # their own codes, which the sessions service picks from the modality.
    cpt = (rules.cpt_for_minutes(current.duration_minutes) if kind == "individual" and service_type == "psychotherapy"
           else None)  # an intake: the sessions service's suggestion (the CLI's rule)
    # The visit may be on record already: a note written (and its session recorded) before
    # the agenda was marked. A second session would bill the visit twice.
    day = sessions.same_day(vault, current.client_id, current.date)
    known = recorded_visit(day, {s.session_id for s in day if store.for_session(vault.records, s.session_id)})
    if known is not None:
        session = sessions.get_session(vault, known.session_id)
    else:
        session = sessions.add_session(
            vault, current.client_id, date=current.date, start_time=current.start_time,
            # The clock's real end, an hour later or earlier across a change of the clocks
            # (services/appointment_times.py): 1:30 AM + 53 minutes ends at 3:23 AM when they go forward.
            end_time=appointment_times.end_shown(current.date, current.start_time, current.duration_minutes,
                                                 practice_zone.zone(vault)),
            duration_minutes=current.duration_minutes, setting=current.setting, cpt_code=cpt, icd10_codes=diagnoses,
            service_type=service_type,
        )
    note_id = known.note_id if known is not None else None
    if note_id is None:
        note_id = notes.create_progress_note(
            vault, current.client_id, template=rules.PREFILL_TEMPLATE, session_id=session.session_id,
            goal_ids=goal_ids, sections=rules.prefill_sections(tuple(g.description for g in active),
                                                               session.icd10_codes, language),
            empty_draft=True,  # no plan: nothing prefilled, the Assessment box's placeholder says where it is set
        ).note_id
    billing.fix_session_fee(vault, session.session_id)
    updated = replace(current, status="attended", session_id=session.session_id,
                      status_on=practice_zone.today(vault, now),
                      updated_at=now_iso())
    with vault.records.transaction():
        store.update(vault.records, updated)
        # Marked attended: the session a draft note recorded for that day is the visit now.
        confirmed = clinical_sessions.confirm_visit(vault.records, session.session_id)
        clinical_clients.refresh_last_contact(vault.records, current.client_id)
    if confirmed:
        audit(vault, "session.confirmed", client_id=current.client_id, session_id=session.session_id,
              appointment_id=appointment_id)
    audit(vault, "appointment.attended", client_id=current.client_id, appointment_id=appointment_id,
          session_id=session.session_id, note_id=note_id, **({"reused_session": True} if known else {}))
    return Attended(updated, session.session_id, note_id, current.client_id, session.cpt_code,
                    session.icd10_codes, goal_ids, reused_session=known is not None)


__all__ = ["Attended", "attend", "fee_to_charge", "get", "list_for_client", "list_range", "move", "schedule",
           "set_status", "week"]

"""The words of the core's refusals about appointments and the agenda: a time taken, a series
too long or ended before it starts, an outcome recorded before the appointment's start.

A book of gui/refusal_words.py (which reads it), split from it by subject; its words keep the
"RefusalWords" context they were translated in (es.ts), so moving them here changed no
translation. The core's English stays what the CLI prints and an English screen shows.
{status}, {from_status} and {to_status} are said in words (refusal_words.PARAM_WORDS).
"""

from __future__ import annotations

from collections.abc import Mapping

from vault_app.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "RefusalWords"

SAYS: Mapping[str, str] = {
    "appointment.overlap": QT_TRANSLATE_NOOP(
        "RefusalWords", "Another appointment, on {day} from {start} to {end}, overlaps this time."),
    "appointment.time_skipped": QT_TRANSLATE_NOOP(
        "RefusalWords", "{start} does not exist on {day} in this computer's time zone: "
        "clocks go forward from {before} to {after}."),
    "appointment.time_skipped.practice_zone": QT_TRANSLATE_NOOP(
        "RefusalWords", "{start} does not exist on {day} in the practice's time zone: "
        "clocks go forward from {before} to {after}."),
    "appointment.start_missing": QT_TRANSLATE_NOOP(
        "RefusalWords", "Give the appointment's start time, e.g. 14:00."),
    "appointment.length_range": QT_TRANSLATE_NOOP(
        "RefusalWords", "An appointment lasts between {min} and {max} minutes."),
    "appointment.past_midnight": QT_TRANSLATE_NOOP("RefusalWords", "An appointment must end on the day it starts."),
    "appointment.client_discharged": QT_TRANSLATE_NOOP(
        "RefusalWords", "This client is discharged: no new appointments."),
    "appointment.attended_is_record": QT_TRANSLATE_NOOP(
        "RefusalWords", "This appointment was attended: its session is part of the record."),
    "appointment.already": QT_TRANSLATE_NOOP("RefusalWords", "The appointment is already {status}."),
    "appointment.not_directly": QT_TRANSLATE_NOOP(
        "RefusalWords", "An appointment that is {from_status} cannot become {to_status} directly."),
    "appointment.not_yet.attended": QT_TRANSLATE_NOOP(
        "RefusalWords", "This appointment starts on {day} at {start}: it can be marked attended from then on."),
    "appointment.not_yet.no_show": QT_TRANSLATE_NOOP(
        "RefusalWords", "This appointment starts on {day} at {start}: it can be recorded as a no-show from then on."),
    "appointment.series_count_and_until": QT_TRANSLATE_NOOP(
        "RefusalWords", "Give either the number of appointments or the last date, not both."),
    "appointment.series_ends_before_start": QT_TRANSLATE_NOOP("RefusalWords", "The series ends before it starts."),
    "appointment.series_size": QT_TRANSLATE_NOOP("RefusalWords", "A series has between 1 and {max} appointments."),
    "appointment.single_has_count": QT_TRANSLATE_NOOP(
        "RefusalWords", "A single appointment takes no count or end date."),
    "appointment.nothing_to_change": QT_TRANSLATE_NOOP("RefusalWords", "Nothing to change."),
    "appointment.not_found": QT_TRANSLATE_NOOP("RefusalWords", "No appointment with that id."),
    "agenda.range": QT_TRANSLATE_NOOP(
        "RefusalWords", "Choose a range of days of at most a year, the last after the first."),
}

HINTS: Mapping[str, str] = {
    "appointment.time_skipped": QT_TRANSLATE_NOOP("RefusalWords", "Choose a time before or after the change."),
    "appointment.time_skipped.practice_zone": QT_TRANSLATE_NOOP(
        "RefusalWords", "Choose a time before or after the change."),
    "appointment.overlap": QT_TRANSLATE_NOOP(
        "RefusalWords", "Choose another time, or move or cancel the other appointment first."),
    "appointment.client_discharged": QT_TRANSLATE_NOOP(
        "RefusalWords", "Set the client active again first if treatment resumes."),
    "appointment.attended_is_record": QT_TRANSLATE_NOOP("RefusalWords", "Correct the session in the chart instead."),
    "appointment.not_yet.attended": QT_TRANSLATE_NOOP(
        "RefusalWords", "If it took place earlier, move it to the time it took place first."),
    "appointment.not_yet.no_show": QT_TRANSLATE_NOOP(
        "RefusalWords", "If it took place earlier, move it to the time it took place first."),
    "appointment.single_has_count": QT_TRANSLATE_NOOP("RefusalWords", "Choose weekly or biweekly."),
    "appointment.not_directly": QT_TRANSLATE_NOOP("RefusalWords", "Set it back to scheduled first."),
    "appointment.nothing_to_change": QT_TRANSLATE_NOOP(
        "RefusalWords", "Give a new date, start time, length or setting."),
}

FIELD_NAMES: Mapping[str, str] = {
    "appointment_date": QT_TRANSLATE_NOOP("RefusalWords", "appointment date"),
    "series_until": QT_TRANSLATE_NOOP("RefusalWords", "last date of the series"),
    # A series whose count runs it past the last year an agenda shows: the date it would end on.
    "count": QT_TRANSLATE_NOOP("RefusalWords", "last date of the series"),
    "first_day": QT_TRANSLATE_NOOP("RefusalWords", "first day"),
    "last_day": QT_TRANSLATE_NOOP("RefusalWords", "last day"),
}

# An appointment's stored status as a refusal's {status}, {from_status} or {to_status} says it
# (refusal_words.PARAM_WORDS).
APPOINTMENT_STATUS: Mapping[str, str] = {
    "scheduled": QT_TRANSLATE_NOOP("RefusalWords", "scheduled"),
    "attended": QT_TRANSLATE_NOOP("RefusalWords", "attended"),
    "no_show": QT_TRANSLATE_NOOP("RefusalWords", "no-show"),
    "late_cancel": QT_TRANSLATE_NOOP("RefusalWords", "late cancel"),
    "cancelled_by_client": QT_TRANSLATE_NOOP("RefusalWords", "cancelled by the client"),
    "cancelled_by_therapist": QT_TRANSLATE_NOOP("RefusalWords", "cancelled by the therapist"),
}

__all__ = ["APPOINTMENT_STATUS", "CONTEXT", "FIELD_NAMES", "HINTS", "SAYS"]

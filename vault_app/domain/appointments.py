"""Appointments: statuses and their allowed changes, weekly/biweekly series, CPT from minutes.

Pure data and functions; the services store and log. An appointment is a plan for a
session: only `attended` makes a session (and its note) exist. No-shows and late
cancellations are recorded on the appointment, never as a clinical note.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any, Literal, get_args

from vault_app.domain.errors import InvalidInput, RefusedByPolicy

Status = Literal[
    "scheduled", "attended", "no_show", "late_cancel", "cancelled_by_client", "cancelled_by_therapist"
]
Recurrence = Literal["none", "weekly", "biweekly"]
STATUSES: tuple[str, ...] = get_args(Status)
RECURRENCES: tuple[str, ...] = get_args(Recurrence)

STATUS_LABELS: Mapping[str, str] = {
    "scheduled": "scheduled",
    "attended": "attended",
    "no_show": "no-show",
    "late_cancel": "late cancel",
    "cancelled_by_client": "cancelled by the client",
    "cancelled_by_therapist": "cancelled by the therapist",
}

# Allowed status changes. `attended` is final: it made a session (and a draft note),
# which are corrected in the chart, not by un-attending. The others may go back to
# `scheduled` (recorded by mistake, or the client came after all) and then on again.
TRANSITIONS: Mapping[str, frozenset[str]] = {
    "scheduled": frozenset(
        {"attended", "no_show", "late_cancel", "cancelled_by_client", "cancelled_by_therapist"}
    ),
    "attended": frozenset(),
    "no_show": frozenset({"scheduled"}),
    "late_cancel": frozenset({"scheduled"}),
    "cancelled_by_client": frozenset({"scheduled"}),
    "cancelled_by_therapist": frozenset({"scheduled"}),
}

# Statuses the practice's missed-appointment fee policy may charge for. A cancellation
# in time, or by the therapist, is never charged. Medicare allows a missed-appointment
# charge only if the practice charges all patients alike (CMS Pub. 100-04, ch. 1, 30.3.13);
# the app applies one policy to every client for the same reason.
CHARGEABLE: frozenset[str] = frozenset({"no_show", "late_cancel"})


def check_transition(current: str, new: str) -> str:
    """`new` if an appointment in `current` may move to it; a plain refusal otherwise."""
    if new not in STATUSES:
        raise InvalidInput("Unknown appointment status.", hint="Statuses: " + ", ".join(STATUSES) + ".")
    if new == current:
        raise InvalidInput(f"The appointment is already {STATUS_LABELS[current]}.", code="appointment.already",
                           params={"status": current})
    if new not in TRANSITIONS[current]:
        if current == "attended":
            raise RefusedByPolicy(
                "This appointment was attended: its session is part of the record.",
                hint="Correct the session in the chart instead.", code="appointment.attended_is_record",
            )
        raise RefusedByPolicy(
            f"An appointment that is {STATUS_LABELS[current]} cannot become {STATUS_LABELS[new]} directly.",
            hint="Set it back to scheduled first.", code="appointment.not_directly",
            params={"from_status": current, "to_status": new},
        )
    return new


# Outcomes that can only be known once the appointment has begun: a no-show is a client who did
# not come, an attended visit one who did. Compared to the day alone, both could be recorded hours
# before the start: a walker's S+Enter at 7:07 charged a no-show fee for a 10:00 visit, and A made a
# session (and a note signed at 7:09) for 9:00. A late cancellation is recorded before the start
# (that is what makes it one) or after, when the call is written down later; a cancellation any time.
ONLY_AFTER_THE_START: frozenset[str] = frozenset({"attended", "no_show"})


# Each outcome said as a sentence can say it ("cannot be no-show yet" is not English), with the
# moment it becomes possible: the service says the day and time in the practice's format.
NOT_YET: Mapping[str, str] = {
    "attended": "This appointment starts on {day} at {start}: it can be marked attended from then on.",
    "no_show": "This appointment starts on {day} at {start}: it can be recorded as a no-show from then on.",
}
_NOT_YET_CODE: Mapping[str, str] = {"attended": "appointment.not_yet.attended",
                                    "no_show": "appointment.not_yet.no_show"}


def starts_later(status: str, appointment_day: date, start: time, now: datetime) -> bool:
    """`status` is an outcome that needs the appointment begun, and it has not begun at `now` (the
    local wall-clock time, naive, as appointments are kept)."""
    return status in ONLY_AFTER_THE_START and datetime.combine(appointment_day, start) > now


def check_timing(status: str, appointment_day: date, start: time, now: datetime, *, day_text: str = "",
                 start_text: str = "") -> None:
    """Refuse an attended or no-show before the appointment's start; `day_text`/`start_text` are the
    day and time as the practice writes them (ISO when not given)."""
    if starts_later(status, appointment_day, start, now):
        params = {"day": day_text or appointment_day.isoformat(), "start": start_text or start.strftime("%H:%M")}
        raise RefusedByPolicy(
            NOT_YET[status].format(**params),
            hint="If it took place earlier, move it to the time it took place first.",
            code=_NOT_YET_CODE[status], params=params,
        )


# --- recurrence ------------------------------------------------------------------------
INTERVAL_DAYS: Mapping[str, int] = {"weekly": 7, "biweekly": 14}
MAX_OCCURRENCES = 104  # two years of weekly sessions: a series, not a forever-calendar
DEFAULT_OCCURRENCES = 12


def expand(start: date, recurrence: str, *, count: int | None = None, until: date | None = None) -> list[date]:
    """The dates of a series starting on `start`: `count` occurrences, or up to `until`."""
    if recurrence not in RECURRENCES:
        raise InvalidInput("Unknown repetition.", hint="Choose none, weekly or biweekly.")
    if recurrence == "none":
        if (count or 1) != 1 or until is not None:
            raise InvalidInput("A single appointment takes no count or end date.", hint="Choose weekly or biweekly.",
                               code="appointment.single_has_count", field="repeat")
        return [start]
    if count is not None and until is not None:
        raise InvalidInput("Give either the number of appointments or the last date, not both.",
                           code="appointment.series_count_and_until", field="count")
    if until is not None and until < start:
        raise InvalidInput("The series ends before it starts.", code="appointment.series_ends_before_start",
                           field="series_until")
    step = timedelta(days=INTERVAL_DAYS[recurrence])
    n = (until - start) // step + 1 if until is not None else DEFAULT_OCCURRENCES if count is None else count
    if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= MAX_OCCURRENCES:
        raise InvalidInput(f"A series has between 1 and {MAX_OCCURRENCES} appointments.",
                           code="appointment.series_size", field="count", params={"max": MAX_OCCURRENCES})
    return [start + step * i for i in range(n)]


# --- CPT from the minutes actually spent ------------------------------------------------
# The CPT time rule for the psychotherapy codes (AMA, CPT Professional 2013 onward,
# Psychiatry > Psychotherapy guidelines; restated by CMS, MLN Booklet "Medicare & Mental
# Health", and the NCCI Policy Manual for Medicare Services, ch. XI): choose the code
# closest to the face-to-face time, 90832 for 16-37 minutes, 90834 for 38-52 and
# 90837 for 53 or more; under 16 minutes no psychotherapy code is reported.
CPT_TIME_RULE: tuple[tuple[int, int | None, str], ...] = (
    (16, 37, "90832"),
    (38, 52, "90834"),
    (53, None, "90837"),
)
CPT_TIME_RULE_CITATION = (
    "CPT time rule for psychotherapy (AMA CPT Professional, Psychotherapy guidelines; "
    "CMS MLN 'Medicare & Mental Health'; NCCI Policy Manual ch. XI)"
)


def cpt_for_minutes(minutes: int) -> str | None:
    """The individual psychotherapy code for this many minutes, or None under 16."""
    for low, high, code in CPT_TIME_RULE:
        if minutes >= low and (high is None or minutes <= high):
            return code
    return None


# --- the appointment ------------------------------------------------------------------------
MIN_MINUTES, MAX_MINUTES = 5, 600
_Day = date  # the dataclass below has a field named `date`


def check_minutes(minutes: int) -> int:
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise InvalidInput(f"An appointment lasts between {MIN_MINUTES} and {MAX_MINUTES} minutes.",
                           code="appointment.length_range", field="duration_minutes",
                           params={"min": MIN_MINUTES, "max": MAX_MINUTES})
    return minutes


def end_of(start: time, minutes: int) -> time:
    """The end time; an appointment may not run past midnight (the day view is one day)."""
    end = datetime.combine(date(2000, 1, 1), start) + timedelta(minutes=minutes)
    if end.date() != date(2000, 1, 1):
        raise InvalidInput("An appointment must end on the day it starts.", code="appointment.past_midnight",
                           field="duration_minutes")
    return end.time()


@dataclass(frozen=True)
class Appointment:
    appointment_id: str
    client_id: str
    date: date
    start_time: time
    duration_minutes: int
    status: Status = "scheduled"
    setting: str = "in_person"  # in_person / telehealth (the place of service)
    series_id: str | None = None
    recurrence: Recurrence = "none"
    session_id: str | None = None  # set when attended
    fee_cents: int | None = None  # a missed-appointment fee charged under the policy
    status_on: _Day | None = None  # when the status was last set
    created_at: str = ""
    updated_at: str = ""

    @property
    def end_time(self) -> time:
        return end_of(self.start_time, self.duration_minutes)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["end_time"] = self.end_time
        return data


# --- a discharge ----------------------------------------------------------------------------
# A discharge ends treatment: what is still scheduled after its day will not take place. Left
# scheduled, a weekly series kept the client's name on the agenda for months, held the slots
# against other clients and waited on the worklist as "never recorded" once past. The discharge
# day itself keeps its appointment (the last session is often on it).
DISCHARGE_CANCELS: Status = "cancelled_by_therapist"


def cancelled_at_discharge(appointments: Iterable[Appointment], discharged_on: _Day, today: _Day,
                           stamp: str) -> list[Appointment]:
    """The scheduled ones of `appointments` after `discharged_on`, cancelled (by the therapist: the
    client missed nothing, so no fee), the status set `today`."""
    return [replace(a, status=DISCHARGE_CANCELS, fee_cents=None, status_on=today, updated_at=stamp)
            for a in appointments if a.status == "scheduled" and a.date > discharged_on]


def past_discharge(day: _Day, status: str, discharged_on: _Day | None) -> bool:
    """An appointment on `day` would be booked after the client's treatment ended: a discharged
    client's appointment may be put right up to the discharge day, not moved or put back past it."""
    return status == "discharged" and (discharged_on is None or day > discharged_on)


PREFILL_TEMPLATE = "soap"

# The draft's words in the language of the screen the visit was marked attended on: written into
# the note once, as the therapist's own text would be (a note's text never changes with the
# language later). A language without words here gets English. A tab is named by its title on that
# language's screen (es.ts, ChartView): the Spanish draft once said "pestaña Overview"
# (tests/gui/test_prefill_spanish_tab_names.py).
PREFILL_WORDS: Mapping[str, Mapping[str, str]] = {
    "en": {
        "goals": "Progress toward treatment plan goals:",
        "diagnoses": "Diagnoses: ",
    },
    "es": {
        "goals": "Avance hacia los objetivos del plan de tratamiento:",
        "diagnoses": "Diagnósticos: ",
    },
}


def prefill_sections(goals: tuple[str, ...], diagnoses: tuple[str, ...], language: str = "en") -> dict[str, str]:
    """The draft note an attended appointment starts with (SOAP): the plan's active goals
    and diagnoses under Assessment, for the therapist to write against. With no plan, nothing:
    the empty Assessment box shows where goals and diagnoses are set as greyed placeholder text
    (domain/note_templates.py), never stored. It once wrote that instruction as the note's own
    text, and a walker typing fast signed "Adjustment improving.Treatment plan: none yet (...)"."""
    words = PREFILL_WORDS.get(language, PREFILL_WORDS["en"])
    lines = []
    if goals:
        lines.append(words["goals"])
        lines.extend(f"- {g}: " for g in goals)
    if diagnoses:
        lines.append(words["diagnoses"] + ", ".join(diagnoses))
    return {"assessment": "\n".join(lines)} if lines else {}


@dataclass(frozen=True)
class AgendaRow:
    """One line of the agenda: an appointment, or a session recorded without one."""

    kind: str  # "appointment" or "session"
    item_id: str
    client_id: str
    chart_number: str
    legal_name: str
    preferred_name: str
    date: date
    start_time: str | None
    duration_minutes: int
    status: str
    setting: str
    session_id: str | None
    note_id: str | None
    note_signed: bool


def week_of(day: date) -> tuple[date, date]:
    """Monday and Sunday of the week holding `day` (ISO 8601 weeks)."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


__all__ = [
    "CHARGEABLE",
    "CPT_TIME_RULE",
    "CPT_TIME_RULE_CITATION",
    "DISCHARGE_CANCELS",
    "INTERVAL_DAYS",
    "MAX_OCCURRENCES",
    "PREFILL_WORDS",
    "RECURRENCES",
    "STATUSES",
    "STATUS_LABELS",
    "TRANSITIONS",
    "AgendaRow",
    "Appointment",
    "Recurrence",
    "Status",
    "cancelled_at_discharge",
    "check_minutes",
    "check_timing",
    "check_transition",
    "cpt_for_minutes",
    "end_of",
    "expand",
    "past_discharge",
    "prefill_sections",
    "starts_later",
    "week_of",
]

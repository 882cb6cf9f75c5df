"""The appointment rules as data: status changes, series, the CPT time rule (table-driven)."""

from __future__ import annotations

import itertools
from datetime import date, datetime, time

import pytest

from vault_app.domain import appointments as rules
from vault_app.domain import codes
from vault_app.domain.errors import InvalidInput, RefusedByPolicy

ALLOWED = [
    ("scheduled", "attended"), ("scheduled", "no_show"), ("scheduled", "late_cancel"),
    ("scheduled", "cancelled_by_client"), ("scheduled", "cancelled_by_therapist"),
    ("no_show", "scheduled"), ("late_cancel", "scheduled"), ("cancelled_by_client", "scheduled"),
    ("cancelled_by_therapist", "scheduled"),
]


@pytest.mark.parametrize(("current", "new"), ALLOWED)
def test_allowed_transitions(current: str, new: str) -> None:
    assert rules.check_transition(current, new) == new


@pytest.mark.parametrize("current", rules.STATUSES)
@pytest.mark.parametrize("new", rules.STATUSES)
def test_every_other_transition_is_refused(current: str, new: str) -> None:
    if (current, new) in ALLOWED:
        return
    error = InvalidInput if current == new else RefusedByPolicy
    with pytest.raises(error):
        rules.check_transition(current, new)


def test_attended_is_final_and_says_where_to_correct() -> None:
    with pytest.raises(RefusedByPolicy) as err:
        rules.check_transition("attended", "no_show")
    assert "session" in err.value.hint


def test_unknown_status_refused() -> None:
    with pytest.raises(InvalidInput):
        rules.check_transition("scheduled", "rescheduled")


@pytest.mark.parametrize(("recurrence", "count", "until", "expected"), [
    ("none", None, None, [date(2026, 1, 5)]),
    ("weekly", 3, None, [date(2026, 1, 5), date(2026, 1, 12), date(2026, 1, 19)]),
    ("biweekly", 3, None, [date(2026, 1, 5), date(2026, 1, 19), date(2026, 2, 2)]),
    ("weekly", None, date(2026, 1, 18), [date(2026, 1, 5), date(2026, 1, 12)]),
    ("biweekly", None, date(2026, 1, 19), [date(2026, 1, 5), date(2026, 1, 19)]),
    ("weekly", None, None, None),
])
def test_expand(recurrence: str, count: int | None, until: date | None, expected: list[date] | None) -> None:
    dates = rules.expand(date(2026, 1, 5), recurrence, count=count, until=until)
    if expected is None:  # the default length of a series
        assert len(dates) == rules.DEFAULT_OCCURRENCES
        assert all((b - a).days == 7 for a, b in itertools.pairwise(dates))
    else:
        assert dates == expected


@pytest.mark.parametrize(("recurrence", "count", "until"), [
    ("monthly", None, None), ("weekly", 0, None), ("weekly", rules.MAX_OCCURRENCES + 1, None),
    ("weekly", 2, date(2026, 2, 1)), ("weekly", None, date(2025, 1, 1)), ("none", 3, None),
    ("weekly", None, date(2030, 1, 1)),
])
def test_expand_refuses(recurrence: str, count: int | None, until: date | None) -> None:
    with pytest.raises(InvalidInput):
        rules.expand(date(2026, 1, 5), recurrence, count=count, until=until)


@pytest.mark.parametrize(("minutes", "code"), [
    (10, None), (15, None), (16, "90832"), (30, "90832"), (37, "90832"), (38, "90834"), (45, "90834"),
    (52, "90834"), (53, "90837"), (60, "90837"), (90, "90837"),
])
def test_cpt_time_rule(minutes: int, code: str | None) -> None:
    assert rules.cpt_for_minutes(minutes) == code


def test_time_rule_agrees_with_the_session_default_for_every_length() -> None:
    for minutes in range(1, 181):
        suggestion = codes.default_cpt(minutes, "individual")
        assert rules.cpt_for_minutes(minutes) == (suggestion.code if suggestion else None), minutes


def test_end_time_and_midnight() -> None:
    assert rules.end_of(time(14, 0), 53) == time(14, 53)
    with pytest.raises(InvalidInput):
        rules.end_of(time(23, 30), 45)


def test_week_of_is_monday_to_sunday() -> None:
    assert rules.week_of(date(2026, 12, 3)) == (date(2026, 11, 30), date(2026, 12, 6))


# The clock at 7:07 on 2 March 2026 (the walker's Sunday morning): attended and no-show wait for
# the start itself, not the day; a late cancel or a cancellation is recorded whenever.
_NOW = datetime(2026, 3, 2, 7, 7)


@pytest.mark.parametrize(("status", "day", "start", "allowed"), [
    ("attended", date(2026, 3, 2), time(7, 0), True), ("attended", date(2026, 3, 2), time(7, 7), True),
    ("attended", date(2026, 3, 2), time(9, 0), False), ("attended", date(2026, 3, 3), time(0, 0), False),
    ("attended", date(2026, 3, 1), time(23, 0), True),
    ("no_show", date(2026, 3, 1), time(10, 0), True), ("no_show", date(2026, 3, 2), time(7, 8), False),
    ("no_show", date(2026, 3, 2), time(10, 0), False), ("no_show", date(2026, 3, 3), time(10, 0), False),
    ("late_cancel", date(2026, 3, 2), time(10, 0), True), ("late_cancel", date(2026, 3, 1), time(10, 0), True),
    ("cancelled_by_client", date(2027, 1, 1), time(10, 0), True),
    ("cancelled_by_therapist", date(2026, 3, 2), time(9, 0), True),
])
def test_outcomes_wait_for_the_start(status: str, day: date, start: time, allowed: bool) -> None:
    assert rules.starts_later(status, day, start, _NOW) is not allowed
    if allowed:
        rules.check_timing(status, day, start, _NOW)
    else:
        with pytest.raises(RefusedByPolicy) as refused:
            rules.check_timing(status, day, start, _NOW, day_text="03/02/2026", start_text="10:00 AM")
        assert refused.value.code == f"appointment.not_yet.{status}"
        assert "starts on 03/02/2026 at 10:00 AM" in str(refused.value)


@pytest.mark.parametrize(("goals", "diagnoses", "language", "assessment"), [
    (("Sleep",), ("F41.1",), "en", "Progress toward treatment plan goals:\n- Sleep: \nDiagnoses: F41.1"),
    (("Dormir",), ("F41.1",), "es",
     "Avance hacia los objetivos del plan de tratamiento:\n- Dormir: \nDiagnósticos: F41.1"),
    ((), ("F32.1", "F41.1"), "es", "Diagnósticos: F32.1, F41.1"),
    (("Sleep",), (), "de", "Progress toward treatment plan goals:\n- Sleep: "),  # no German words: English
])
def test_an_attended_visit_s_draft_is_written_in_the_screen_s_language(
        goals: tuple[str, ...], diagnoses: tuple[str, ...], language: str, assessment: str) -> None:
    assert rules.prefill_sections(goals, diagnoses, language) == {"assessment": assessment}


@pytest.mark.parametrize("language", ["en", "es", "de"])
def test_with_no_plan_the_draft_holds_no_instruction_text(language: str) -> None:
    """A walker typed before the filler and signed "Adjustment improving.Treatment plan: none yet
    (...)": with no plan nothing is written; the empty box's placeholder says where plans are set."""
    assert rules.prefill_sections((), (), language) == {}


def test_every_language_of_the_draft_has_every_word() -> None:
    assert all(words.keys() == rules.PREFILL_WORDS["en"].keys() for words in rules.PREFILL_WORDS.values())


def test_a_discharge_cancels_only_the_scheduled_ones_after_its_day() -> None:
    from vault_app.domain.appointments import Appointment, cancelled_at_discharge, past_discharge

    def appt(n: int, day: date, status: str) -> Appointment:
        return Appointment(str(n), "c", day, time(9), 50, status=status, fee_cents=None)  # type: ignore[arg-type]

    given = [appt(1, date(2026, 3, 1), "scheduled"), appt(2, date(2026, 3, 2), "scheduled"),
             appt(3, date(2026, 3, 3), "scheduled"), appt(4, date(2026, 3, 4), "no_show")]
    out = cancelled_at_discharge(given, date(2026, 3, 2), date(2026, 3, 5), "stamp")
    assert [(a.appointment_id, a.status, a.status_on, a.updated_at) for a in out] == [
        ("3", "cancelled_by_therapist", date(2026, 3, 5), "stamp")]
    assert past_discharge(date(2026, 3, 3), "discharged", date(2026, 3, 2))
    assert not past_discharge(date(2026, 3, 2), "discharged", date(2026, 3, 2))
    assert not past_discharge(date(2030, 1, 1), "active", None)

"""A session's length: given, or from its start and stop times, and the stop its start and length
give. Pure rules (no I/O); the services' session saves call them."""

from __future__ import annotations

from datetime import date, time, tzinfo

from vault_app.domain import wall_clock
from vault_app.domain.errors import InvalidInput


def session_duration(start: time | None, end: time | None, duration: int | None,
                     elapsed: tuple[int, ...] = ()) -> int:
    """The duration in minutes: given, or computed from start and stop times. `elapsed`: the
    lengths the session may really have had between them (domain/wall_clock.elapsed_readings),
    which differ from the clock's numbers on the nights the clocks change: 1:30 to 3:23 AM is 53
    minutes when they go forward; 22:00 to 00:30 is 90 the night Nuuk's clocks jump over
    midnight. A duration given that is one of them is kept with its real stop time."""
    computed: int | None = None
    if start is not None and end is not None:
        computed = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
        if duration is not None and duration in elapsed:
            computed = duration
        if computed <= 0:
            raise InvalidInput("The session's stop time must be after its start time.",
                               code="session.stop_before_start", field="end_time")
    if duration is None:
        if computed is None:
            raise InvalidInput("Give the session's duration, or its start and stop times.",
                               code="session.length_missing", field="duration_minutes")
        duration = computed
    if isinstance(duration, bool) or not isinstance(duration, int) or not 1 <= duration <= 600:
        raise InvalidInput("The session duration must be between 1 and 600 minutes.", code="session.length_range",
                           field="duration_minutes")
    if computed is not None and computed != duration:
        raise InvalidInput("The duration does not match the start and stop times.", code="session.length_mismatch",
                           field="duration_minutes")
    return duration


def stop_following(start: time | None, duration: int, day: date | None = None,
                   zone: tzinfo | None = None) -> time | None:
    """The stop time a session's start and length give, for a stop recorded before (the
    agenda's) when the start or the length is corrected without it: the old stop would no
    longer match and every save was refused ("The duration does not match the start and stop
    times", found when the progress note gained its Start field). With the practice's `zone` and
    the session's `day`, the real end on its clock, as the attended path records it
    (wall_clock.end_by_minutes): 1:30 AM for 60 minutes ends at 3:30 AM the night the clocks go
    forward, not at a 2:30 AM that never comes. None without a start, or past the session's day
    (a stop is a time of its own day, but for the next day's clock before the hour a night skips:
    elapsed_readings)."""
    if start is None:
        return None
    if day is not None and zone is not None:
        end = wall_clock.end_by_minutes(day, start, duration, zone).time()
        return end if duration in wall_clock.elapsed_readings(day, start, end, zone) else None
    minutes = start.hour * 60 + start.minute + duration
    return time(minutes // 60, minutes % 60) if minutes < 24 * 60 else None

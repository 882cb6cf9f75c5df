"""The computer's time zone, and appointments' times on the days the clocks change.

Appointments are wall-clock numbers of the practice's time zone (services/practice_zone.py),
which is the computer's unless the practice set its own; the rules for the days the clocks change
are domain/wall_clock.py's, given the zone. The computer's is the TZ variable's if it names one,
else the system's (/etc/localtime). None where neither says (no check is made then: the times are
kept as typed, as before).
"""

from __future__ import annotations

import os
from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from vault_app.domain import locale_format, wall_clock
from vault_app.domain.errors import InvalidInput

_SYSTEM_ZONE = Path("/etc/localtime")
# The refusal of a time the clocks skip, whose zone it names: the practice's set apart, or the computer's.
_SKIPPED_CODE = {False: "appointment.time_skipped", True: "appointment.time_skipped.practice_zone"}


def computer_zone() -> tzinfo | None:
    """The zone the computer's clock shows (read each time: a laptop's zone changes on a trip)."""
    name = os.environ.get("TZ", "").lstrip(":")
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            return None  # a TZ the tz database does not name ("PST8PDT"-style rules): no check
    try:
        with _SYSTEM_ZONE.open("rb") as handle:
            return ZoneInfo.from_file(handle)
    except (OSError, ValueError):
        return None


def check_exists(days: list[date], start: time, tag: str, zone: tzinfo | None = None, *,
                 practice: bool = False) -> None:
    """Refuse a start time the clocks skip on one of `days` (the day the clocks go forward);
    `practice`: `zone` is the practice's, set apart from the computer's (the refusal says whose)."""
    zone = zone if zone is not None else computer_zone()
    if zone is None:
        return
    for day in days:
        gap = wall_clock.gap_at(day, start, zone)
        if gap is None:
            continue
        params = {"start": locale_format.time_text(start, tag), "day": locale_format.date_text(day, tag),
                  "before": locale_format.time_text(gap.before, tag),
                  "after": locale_format.time_text(gap.after, tag)}
        raise InvalidInput(
            wall_clock.gap_message(params["start"], params["day"], params["before"], params["after"],
                                   practice=practice),
            hint="Choose a time before or after the change.",
            code=_SKIPPED_CODE[practice],
            field="start_time", params=params,
        )


def end_shown(day: date, start: time, minutes: int, zone: tzinfo | None = None) -> time:
    """The end on the clock after `minutes` really elapsed (later across the spring change,
    earlier across the autumn one); on every other day start plus the minutes."""
    zone = zone if zone is not None else computer_zone()
    if zone is None:
        return (datetime.combine(day, start) + timedelta(minutes=minutes)).time()
    return wall_clock.end_by_minutes(day, start, minutes, zone).time()


def doubled_note(day: date, start: time, zone: tzinfo | None = None) -> str:
    """' (the first, daylight time)' when `start` happens twice that day, else ''."""
    zone = zone if zone is not None else computer_zone()
    if zone is None or not wall_clock.doubled(day, start, zone):
        return ""
    return f" ({wall_clock.DOUBLED_NOTE})"


def end_note(day: date, start: time, minutes: int, zone: tzinfo | None = None) -> str:
    """' (the second, standard time)' when the end's clock reading is the second of a doubled hour."""
    zone = zone if zone is not None else computer_zone()
    if zone is None or not wall_clock.ends_in_second_pass(day, start, minutes, zone):
        return ""
    return f" ({wall_clock.SECOND_NOTE})"


__all__ = ["check_exists", "computer_zone", "doubled_note", "end_note", "end_shown"]

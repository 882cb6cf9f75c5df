"""Wall-clock times on the days the clocks change (daylight saving time).

Appointments are kept as the computer's wall-clock numbers (a day and a time of day, no zone):
a 2 PM weekly session stays at 2 PM across the changes, as a practice expects. Two days a year
that is not enough. On the day the clocks go forward an hour of times does not exist (in the
US, 2:00 to 2:59 on the second Sunday of March: 15 U.S.C. 260a; in the EU, 2:00 to 2:59 at
01:00 UTC on the last Sunday of March: Directive 2000/84/EC, art. 2), and a session across the
change ends an hour later on the clock than its minutes say. On the day they go back an hour
happens twice (1:00 to 1:59 in the US; 2:00 to 2:59 in the EU, art. 3), and "1:30" alone does not
say which. These are pure functions of a zone (zoneinfo, from the tz database), tested with
fixed zones whatever the computer's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from vault_app.domain.errors import InvalidInput


@dataclass(frozen=True)
class Gap:
    """Times that do not exist on `day`: the clocks go forward from `before` to `after`."""

    day: date
    before: time
    after: time


def _offset(moment: datetime) -> timedelta:
    offset = moment.utcoffset()
    return offset if offset is not None else timedelta(0)


def exists(day: date, start: time, zone: tzinfo) -> bool:
    """The wall-clock time is on the clocks that day (a round trip through UTC gives it back)."""
    local = datetime.combine(day, start, tzinfo=zone)
    back = local.astimezone(UTC).astimezone(zone)
    return back.replace(tzinfo=None) == local.replace(tzinfo=None)


def gap_at(day: date, start: time, zone: tzinfo) -> Gap | None:
    """The clocks' jump that `start` falls into on `day`, or None if the time exists."""
    if exists(day, start, zone):
        return None
    local = datetime.combine(day, start, tzinfo=zone)
    jump = abs(_offset(local.replace(fold=0)) - _offset(local.replace(fold=1)))
    first = _first_missing(day, start, zone)
    return Gap(day=day, before=first, after=(datetime.combine(day, first) + jump).time())


def _first_missing(day: date, start: time, zone: tzinfo) -> time:
    """The earliest minute of the day's gap that contains `start` (walking back minute by minute:
    a gap is at most a few hours, and the walk is a few hundred steps at most)."""
    moment = datetime.combine(day, start)
    while moment.date() == day and not exists(day, (moment - timedelta(minutes=1)).time(), zone):
        moment -= timedelta(minutes=1)
        if moment.time() == time(0, 0):
            break
    return moment.time()


def doubled(day: date, start: time, zone: tzinfo) -> bool:
    """`start` happens twice on `day` (the hour the clocks go back over)."""
    local = datetime.combine(day, start, tzinfo=zone)
    return exists(day, start, zone) and _offset(local.replace(fold=0)) != _offset(local.replace(fold=1))


def end_by_minutes(day: date, start: time, minutes: int, zone: tzinfo) -> datetime:
    """The wall-clock end of `minutes` really elapsed from `start` (the first of a doubled time,
    as the clocks meet it first): 1:30 AM + 53 minutes is 3:23 AM on the day the clocks go forward."""
    begin = datetime.combine(day, start, tzinfo=zone).replace(fold=0)
    return (begin.astimezone(UTC) + timedelta(minutes=minutes)).astimezone(zone).replace(tzinfo=None)


def minutes_between(day: date, start: time, end: time, zone: tzinfo) -> int:
    """The minutes really elapsed from `start` (the first of a doubled time) to `end`'s first
    reading after it: 1:30 AM to 3:23 AM is 53 minutes on the day the clocks go forward, and
    1:30 AM to the second 1:23 AM is 53 on the day they go back. Not positive if `end` is before."""
    after = elapsed_readings(day, start, end, zone)
    return after[0] if after else _span(_moment(day, start, zone, 0), day, end, zone, 0)


def _moment(day: date, at: time, zone: tzinfo, fold: int) -> datetime:
    return datetime.combine(day, at, tzinfo=zone).replace(fold=fold).astimezone(UTC)


def _span(begin: datetime, day: date, end: time, zone: tzinfo, fold: int) -> int:
    return int((_moment(day, end, zone, fold) - begin).total_seconds() // 60)


def _hours_skipped(day: date, zone: tzinfo) -> timedelta:
    """How much shorter than 24 hours `day` is on the clocks (the hour they skip that night;
    nothing on every other day): a session whose clock numbers end before midnight may really end
    after it (America/Nuuk: 23:00 becomes 00:00; Pacific/Easter: 22:00 becomes 23:00)."""
    length = _moment(day + timedelta(days=1), time(0), zone, 0) - _moment(day, time(0), zone, 0)
    return max(timedelta(days=1) - length, timedelta(0))


def elapsed_readings(day: date, start: time, end: time, zone: tzinfo) -> tuple[int, ...]:
    """Every length in minutes a session from `start` (the first of a doubled time) to a clock
    reading `end` may really have had, shortest first: both readings of a doubled `end` (the
    second 1:00 AM is 120 minutes after midnight the night the clocks go back in New York, the
    first is 60), and, on a night the clocks skip an hour, `end` on the next day's clock before the
    time skipped (22:00 to 00:30 is 90 minutes in Nuuk that night). Empty when no reading is after
    `start`. On every other day the next day's clock never counts: a stop is a time of its day."""
    begin = _moment(day, start, zone, 0)
    skipped = _hours_skipped(day, zone)
    # The next day's clock only up to the time skipped: past it, the session ran past midnight.
    days = (day, day + timedelta(days=1)) if datetime.combine(day, end) - datetime.combine(day, time(0)) < skipped \
        else (day,)
    spans = {_span(begin, on, end, zone, fold) for on in days for fold in (0, 1)
             if on == day or exists(on, end, zone)}
    return tuple(sorted(span for span in spans if span > 0))


def gap_message(start_text: str, day_text: str, before_text: str, after_text: str, *, practice: bool = False) -> str:
    """The refusal's words, with the times and day written as the practice writes them; `practice`:
    the clocks are the practice's time zone's, set apart from the computer's."""
    whose = "the practice's" if practice else "this computer's"
    return (f"{start_text} does not exist on {day_text} in {whose} time zone: "
            f"clocks go forward from {before_text} to {after_text}.")


def check_zone_name(text: str) -> str:
    """A time zone as the tz database names it ("America/Los_Angeles"), trimmed; "" for none (the
    computer's). Refused: a name it does not know, and the fixed offsets and rules of another kind
    ("PST8PDT", "UTC-8"), which keep no daylight saving time of a place."""
    name = text.strip()
    if not name:
        return ""
    try:
        known = "/" in name and not name.startswith(("Etc/", "/")) and ZoneInfo(name).key == name
    except (ZoneInfoNotFoundError, ValueError, OSError):
        known = False
    if not known:
        raise InvalidInput("That is not a time zone this app knows: give a place's zone as the time zone "
                           "database names it, e.g. America/Los_Angeles or Europe/Madrid.",
                           hint="Or leave it empty for this computer's time zone.",
                           code="practice.time_zone.unknown", field="time_zone")
    return name


DOUBLED_NOTE = "the first, daylight time"
SECOND_NOTE = "the second, standard time"


def ends_in_second_pass(day: date, start: time, minutes: int, zone: tzinfo) -> bool:
    """The end is the second time its clock reading comes round (1:23 AM after 1:30 AM + 53 minutes
    on the night the clocks go back): said, or the session seems to end before it starts."""
    end = end_by_minutes(day, start, minutes, zone)
    return end.fold == 1 and doubled(end.date(), end.time(), zone)


__all__ = ["DOUBLED_NOTE", "SECOND_NOTE", "Gap", "check_zone_name", "doubled", "elapsed_readings", "end_by_minutes",
           "ends_in_second_pass", "exists", "gap_at", "gap_message", "minutes_between"]

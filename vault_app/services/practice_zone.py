"""The practice's clock: the time zone its appointments are kept in, and "now" and "today" on it.

Found (a walker): a California therapist in Madrid seeing a Los Angeles client by telehealth at
4:00 PM on December 8 (01:00 on the 9th in Madrid) saw the agenda say 4:00 PM on the 8th, but a new
progress note's session date said the 9th (the superbill's date of service a day late) and
Attended was allowed nine hours before the session. Appointments are wall-clock numbers with no
zone (services/appointments.py); the practice's time zone (Settings, `practice update
--time-zone`; kept in the vault with the practice profile, so every computer opening it agrees)
says whose clock they are. Empty: this computer's, as before.

The one answer for the agenda's "now" and "today", an outcome's wait for the start, a session's
day and its length across a change of the clocks. The legal clocks (a request's 30 days, a
retention's years) stay on the computer's day (services/clinical_common.today): see
docs/appointments.md.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from vault_app.services import appointment_times, practice
from vault_app.services.vault import Vault

_ZONEINFO_DIR = "zoneinfo/"


def zone_of(name: str) -> tzinfo | None:
    """The zone a practice's setting names; this computer's for "" (None where it cannot be read)."""
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            pass  # a computer without that zone's rules (checked when saved): its own clock, as before
    return appointment_times.computer_zone()


def zone(vault: Vault) -> tzinfo | None:
    return zone_of(practice.load(vault).time_zone)


def now_on(zone_: tzinfo | None, at: datetime | None = None) -> datetime:
    """`at` (aware; naive is the computer's clock; None: now) on the practice's clock, naive, as
    appointments are kept. Without a zone to read, the computer's clock as it shows."""
    moment = _aware(at)
    return (moment.astimezone(zone_) if zone_ is not None else moment.astimezone()).replace(tzinfo=None)


def _aware(at: datetime | None) -> datetime:
    """`at` as a moment: a naive one is a reading of the computer's clock (its zone as
    appointment_times reads it, the TZ variable first); None is now."""
    if at is None:
        return datetime.now(UTC)
    if at.tzinfo is not None:
        return at
    computer = appointment_times.computer_zone()
    return at.replace(tzinfo=computer) if computer is not None else at.astimezone()


def now(vault: Vault, at: datetime | None = None) -> datetime:
    return now_on(zone(vault), at)


def today(vault: Vault, at: datetime | None = None) -> date:
    """The practice's calendar day: a session's date of service, the agenda's today."""
    return now(vault, at).date()


def over(zone_: tzinfo | None, day: date, start: time, minutes: int, at: datetime | None = None) -> bool:
    """An appointment on the practice's clock has ended at `at` (now): `minutes` really elapsed
    from its start (the first of a doubled time, as the clocks meet it first), across a change of
    the clocks too. Without a zone to read, the computer's clock as it shows."""
    begin = datetime.combine(day, start)
    aware = begin.replace(tzinfo=zone_, fold=0) if zone_ is not None else begin.astimezone()
    return aware.astimezone(UTC) + timedelta(minutes=minutes) <= _aware(at).astimezone(UTC)


def computer_zone_name() -> str:
    """The name of this computer's zone ("Europe/Madrid"), "" where it cannot be told."""
    name = os.environ.get("TZ", "").lstrip(":")
    if name:
        return name
    try:
        target = str(Path("/etc/localtime").resolve())
    except OSError:
        return ""
    return target.split(_ZONEINFO_DIR, 1)[1] if _ZONEINFO_DIR in target else ""


def differs(name: str, at: datetime | None = None) -> tuple[str, str] | None:
    """(the practice's zone, the computer's) when their names differ and their clocks show different
    times at some moment of the year from `at` (now): said once on the agenda. Not only at `at`
    (found: America/Phoenix and America/Denver agree all winter, Europe/London and
    Africa/Casablanca during Ramadan; the therapist learned it in March). None for the computer's
    own zone, another name of it, or one keeping its time all year (Europe/Paris, Europe/Madrid)."""
    if not name:
        return None
    moment = _aware(at)
    computer, practice_ = appointment_times.computer_zone(), zone_of(name)
    computer_name = computer_zone_name()
    if practice_ is None or name == computer_name:
        return None
    if computer is None:  # a computer's zone not read: its clock now is all there is to compare
        mine = moment.astimezone()
        return None if moment.astimezone(practice_).utcoffset() == mine.utcoffset() else \
            (name, computer_name or mine.strftime("UTC%z"))
    return (name, computer_name or moment.astimezone(computer).strftime("UTC%z")) \
        if _clocks_part(practice_, computer, moment.astimezone(UTC)) else None


_YEAR = timedelta(days=366)
# Shorter than any time between two changes of a zone's clocks (months): a change of either zone is
# met inside one step, and found to the second there.
_STEP = timedelta(hours=6)


def _offset(zone_: tzinfo, moment: datetime) -> timedelta | None:
    return moment.astimezone(zone_).utcoffset()


def _change_in(zone_: tzinfo, begin: datetime, end: datetime) -> datetime | None:
    """The moment (to the second) `zone_`'s clocks change between `begin` and `end`, None if they keep."""
    before = _offset(zone_, begin)
    if _offset(zone_, end) == before:
        return None
    while end - begin > timedelta(seconds=1):
        middle = begin + (end - begin) / 2
        begin, end = (middle, end) if _offset(zone_, middle) == before else (begin, middle)
    return end


def _clocks_part(one: tzinfo, other: tzinfo, moment: datetime) -> bool:
    """The two zones' clocks show different times at some moment of the year from `moment` (UTC):
    at a step, or between two where one changes its clocks and the other not at the same second."""
    if _offset(one, moment) != _offset(other, moment):
        return True
    here, last = moment, moment + _YEAR
    while here < last:
        after = min(here + _STEP, last)
        if _offset(one, after) != _offset(other, after) or _change_in(one, here, after) != _change_in(
                other, here, after):
            return True
        here = after
    return False


def apart(vault: Vault) -> tuple[str, str] | None:
    """`differs` for the vault's practice zone, now (the agenda's line, worked out on the worker)."""
    return differs(practice.load(vault).time_zone)


__all__ = ["apart", "computer_zone_name", "differs", "now", "now_on", "over", "today", "zone", "zone_of"]

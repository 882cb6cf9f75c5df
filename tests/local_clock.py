"""This computer's clock for the tests of what a person reads: the expected text worked out
with strftime rather than with the code under test. The `local_zone` fixture (tests/conftest.py)
sets the process's zone west or east of UTC, the date line between them."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

LOCAL_ZONES = ("America/Los_Angeles", "Pacific/Auckland")


def us_clock(stamp: str, zone: ZoneInfo, *, named: bool = False) -> str:
    """A stored moment as the US practice format shows it on `zone`'s clock ("12/02/2026 6:14 PM"),
    with the zone's abbreviation after it when `named`."""
    m = datetime.fromisoformat(stamp).astimezone(zone)
    text = f"{m:%m/%d/%Y} {m.hour % 12 or 12}:{m:%M} {'AM' if m.hour < 12 else 'PM'}"
    return f"{text} {m:%Z}" if named else text


def sent_clock(stamp: str, zone: ZoneInfo, *, named: bool = False) -> str:
    """`us_clock` on an English page sent out: its day in ISO ("2026-12-02 6:14 PM",
    domain/document_dates.sent_moment)."""
    m = datetime.fromisoformat(stamp).astimezone(zone)
    text = f"{m:%Y-%m-%d} {m.hour % 12 or 12}:{m:%M} {'AM' if m.hour < 12 else 'PM'}"
    return f"{text} {m:%Z}" if named else text


def us_day(day: date | str) -> str:
    """A calendar day as a US practice (the default) writes it: "2024-03-12" -> "03/12/2024"."""
    return (date.fromisoformat(day) if isinstance(day, str) else day).strftime("%m/%d/%Y")


def local(stamp: str, zone: ZoneInfo, pattern: str) -> str:
    return datetime.fromisoformat(stamp).astimezone(zone).strftime(pattern)

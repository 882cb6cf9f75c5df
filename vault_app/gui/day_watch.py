"""The calendar day turning while a page is open: a timer to the next local midnight, re-armed each
time it fires, and a coarse check every minute for the wake after a sleep.

Found (H8b): the agenda left open past midnight (idle lock off) showed yesterday as its day until
Today was pressed. A QTimer counts on the monotonic clock, which stops while the machine sleeps:
a laptop shut at 22:00 and opened at 08:00 would fire the midnight timer hours late, hence the
minute's check (a date comparison, nothing else). The clock is injected so tests turn the day
without waiting for it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QTimer, Signal

WAKE_CHECK_MS = 60_000
# Fired a little after midnight, never before: a timer early by a few milliseconds would find
# the old day and wait a whole day more for the next one.
AFTER_MIDNIGHT_MS = 500


def local_now() -> datetime:
    return datetime.now().astimezone()


def ms_to_next_midnight(now: datetime) -> int:
    """Real milliseconds from `now` to the next local midnight (and a margin), across a change to
    or from daylight saving time: both ends are aware, in the zone's rules for their own day."""
    aware = now if now.tzinfo is not None else now.astimezone()
    # The clock's own zone when it names one (the practice's: gui/practice_clock.py), else the computer's.
    zone = aware.tzinfo if isinstance(aware.tzinfo, ZoneInfo) else None
    following = datetime.combine(aware.date() + timedelta(days=1), time())
    midnight = following.replace(tzinfo=zone) if zone is not None else following.astimezone()
    # In UTC: two times of one ZoneInfo subtract as wall clocks, an hour off the night the clocks change.
    real = midnight.astimezone(UTC) - aware.astimezone(UTC)
    return max(int(real.total_seconds() * 1000), 0) + AFTER_MIDNIGHT_MS


class DayWatch(QObject):
    """Emits `day_changed(the day it was, the day it is)` when the local calendar day changes."""

    day_changed = Signal(object, object)

    def __init__(self, parent: QObject | None = None, clock: Callable[[], datetime] = local_now) -> None:
        super().__init__(parent)
        self.clock = clock
        self.today: date = clock().date()
        self.midnight = QTimer(self)
        self.midnight.setSingleShot(True)
        self.midnight.timeout.connect(self.check)
        self.wake = QTimer(self)
        self.wake.setInterval(WAKE_CHECK_MS)
        self.wake.timeout.connect(self.check)
        self.wake.start()
        self.arm()

    def arm(self) -> None:
        self.midnight.start(ms_to_next_midnight(self.clock()))

    def check(self) -> None:
        """The day now; when it is another, said once. The midnight timer is re-armed either way
        (a wake, a clock set by hand: the next midnight moved)."""
        day = self.clock().date()
        if day != self.today:
            was, self.today = self.today, day
            self.day_changed.emit(was, day)
        self.arm()


__all__ = ["DayWatch", "local_now", "ms_to_next_midnight"]

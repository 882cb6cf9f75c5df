"""Whether this computer's clock is behind the vault's own record (found by a walker): a laptop
whose clock fell behind (a flat clock battery, a date set by hand), or that ran ahead for a while and
was set right, unlocked without a word; the notes signed, the requests received "today" and their
deadlines, the backups and the ledger were then dated on the wrong day, and the dashboard said the
last backup was "-9469 days ago". The ledger's entries are in the order they were written, each with
the clock's time then: one dated later than now (beyond a few minutes of drift between two
computers' clocks) says the clock is behind now, or was ahead then, and either way a date the app
writes now may be wrong.

The latest time of the whole ledger is read, not of its newest entries (a walker's: after some fifty
commands on a clock a year behind, each unlock writing entries dated by it, the later record had left
the newest fifty and nothing was said, while every date written was still wrong): the question is whether
the record's end lies in the future, not when the clock first went wrong. One scan in SQLite, about 0.1 s
for 100,000 entries, on the worker thread after the unlock."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta

from vault_app.domain import clock_gap, locale_format
from vault_app.services import practice
from vault_app.services.vault import Vault

# Two computers' clocks, or one before and after its time server corrects it, differ by seconds to
# minutes; a record that far ahead is not a wrong clock.
DRIFT = timedelta(minutes=10)
# A session's own records after the jump (an unlock, a few reads, a lock) number a few dozen.
_JUMP_WINDOW = 200

TEXT = ("This computer's clock says {today}, before this vault's last record (of {day}). If the clock is wrong, "
        "set it right: dates written now (notes, their signatures, requests and their deadlines, backups) would be "
        "wrong. If it is right, that record was written while the clock was ahead.")


def latest_ahead(vault: Vault, now: datetime | None = None) -> datetime | None:
    """The time of the vault's latest-dated record (over the whole ledger) when it is later than `now` (this
    computer's clock when None) by more than DRIFT; None when the clock is not behind the record."""
    stamp = vault.ledger.latest_time()
    if stamp is None:
        return None
    latest = locale_format.on_the_clock(stamp).astimezone(UTC)
    return latest if latest - (now or datetime.now(UTC)) > DRIFT else None


def recorded_day(vault: Vault) -> date | None:
    """The day (on this computer's calendar) the vault has certainly reached: that of the latest time any
    of its records was written with, less the drift two clocks may have. Read over the whole ledger, not its
    newest entries: a day's work on a clock set back pushes the later record out of those (the unlock's
    warning then says nothing), and a rule leaning on this day must not forget it."""
    latest = vault.ledger.latest_time()
    if latest is None:
        return None
    return (locale_format.on_the_clock(latest) - DRIFT).date()


def _recent_times(vault: Vault, count: int) -> list[datetime]:
    """The times of the ledger's last `count` entries, in their order (UTC: domain/locale_format.on_the_clock)."""
    head = vault.ledger.head().seq
    times = [datetime.fromisoformat(e.time) for e in vault.ledger.entries(since_seq=max(1, head - count))]
    return [t if t.tzinfo else t.replace(tzinfo=UTC) for t in times]


def record_before_jump(vault: Vault, now: datetime | None = None) -> datetime | None:
    """The time of the vault's last record before the clock jumped more than a week ahead to now (the
    records since, this session's unlock among them, all dated after the jump), or None when the recent
    records are no more than a week apart and the newest is within a week of now."""
    times = _recent_times(vault, _JUMP_WINDOW)
    now = now or datetime.now(UTC)
    gap = timedelta(days=clock_gap.GAP_DAYS)
    before = None
    for earlier, later in zip([*times], [*times[1:], now], strict=True):
        if later - earlier > gap:
            before = earlier
    return before


def gap_before(vault: Vault, eligible_on: date | None, now: datetime | None = None) -> date | None:
    """The day of the vault's record before the clock's jump when the chart became eligible
    (`eligible_on`) only in that jump (domain/clock_gap.py): the clock alone says it is due. Else None."""
    return gap_before_any(vault, [eligible_on] if eligible_on else [], now)


def gap_before_any(vault: Vault, due_days: Iterable[date], now: datetime | None = None) -> date | None:
    """gap_before for several records (compliance records past their date): the record's day when any of
    `due_days` falls in the clock's jump."""
    now = now or datetime.now(UTC)
    days = list(due_days)
    before = record_before_jump(vault, now) if days else None
    if before is None:
        return None
    day, today = locale_format.on_the_clock(before).date(), locale_format.on_the_clock(now).date()
    return day if any(clock_gap.eligible_in_gap(today, day, d) for d in days) else None


def day_text(vault: Vault, moment: datetime) -> str:
    """A moment's day in the practice's date format, on this computer's zone."""
    return locale_format.date_text(locale_format.on_the_clock(moment), practice.printing_locale(vault))


def behind(vault: Vault, now: datetime | None = None) -> tuple[str, str] | None:
    """(today, the record's day) as the practice writes days when the clock is behind the record;
    None (and nothing more read) when it is not."""
    now = now or datetime.now(UTC)
    latest = latest_ahead(vault, now)
    return None if latest is None else (day_text(vault, now), day_text(vault, latest))


def warning(vault: Vault, now: datetime | None = None) -> str | None:
    """The sentence to say after an unlock, or None."""
    days = behind(vault, now)
    return None if days is None else TEXT.format(today=days[0], day=days[1])


__all__ = ["DRIFT", "TEXT", "behind", "day_text", "gap_before", "gap_before_any", "latest_ahead", "record_before_jump",
           "recorded_day", "warning"]

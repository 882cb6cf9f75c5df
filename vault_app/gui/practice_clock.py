"""The practice's clock on screen: the agenda's now and today, a new note's session day, the
appointment form's nights the clocks change. Read once a vault is open and again when Settings
saves another zone (gui/practice_locale_follow.py, gui/settings_dialog.py); "" is this computer's
zone, as before. The rules are services/practice_zone.py's; this holds the open vault's choice so
the screens need no query to know the day.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from vault_app.services import appointment_times

if TYPE_CHECKING:
    from vault_app.services.vault import Vault

# The open vault's zone name; "" before one is read and for this computer's.
_name = ""


def read(vault: Vault) -> str:
    """On the worker thread, after each unlock: the practice's zone name ("" for the computer's)."""
    # Lazy (start-up): services.practice ~21 ms to import; read once a vault is open
    from vault_app.services import practice

    return practice.load(vault).time_zone


def set_zone(name: str) -> None:
    global _name
    _name = name


def name() -> str:
    return _name


def _practice_zone() -> ZoneInfo | None:
    if not _name:
        return None
    try:
        return ZoneInfo(_name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None  # a computer without that zone's rules: its own clock (services/practice_zone.zone_of)


def zone() -> tzinfo | None:
    """The practice's zone (the computer's when none is set, read as the appointment window always
    has: the TZ variable or /etc/localtime; None where it cannot be read)."""
    return _practice_zone() or appointment_times.computer_zone()


def now() -> datetime:
    """Now on the practice's clock, aware (the agenda's DayWatch clock: its midnight is the
    practice's); the computer's clock as before when none is set."""
    here = _practice_zone()
    return datetime.now(UTC).astimezone(here) if here is not None else datetime.now().astimezone()


def today() -> date:
    return now().date()


def elsewhere_now() -> datetime | None:
    """Now on the practice's clock when it shows another time than this computer's; else None."""
    here = _practice_zone()
    if here is None:
        return None
    moment = datetime.now(UTC)
    there = moment.astimezone(here)
    return there if there.utcoffset() != moment.astimezone().utcoffset() else None


def elsewhere_at(stamp: datetime | str) -> ZoneInfo | None:
    """The practice's zone when its clock showed another time than this computer's at `stamp`
    (a stored moment); None when none is set, when the two agreed then, or for no moment at all."""
    # Lazy (start-up): the screens' formats, read once a moment is shown
    from vault_app.domain import locale_format

    here = _practice_zone()
    if here is None:
        return None
    try:
        moment = locale_format.on_the_clock(stamp)
    except (ValueError, TypeError):
        return None
    return here if moment.astimezone(here).utcoffset() != moment.utcoffset() else None


def moment_shown(stamp: datetime | str) -> str:
    """A stored moment (a note's signature, an addendum's, a History entry) as the window around
    it reads its session: on the practice's clock with its zone named ("12/06/2026 11:59 PM PST")
    when that clock showed another time than this computer's at that moment, else as every moment
    is shown. Found (a walker in Madrid, practice in Los Angeles): "Signed 12/07/2026 8:59 AM"
    under a session of "12/06/2026 11:00 PM", signed six minutes after it, read as the next
    morning; and History said "09:15" of the moment the note said "12:15 AM PST"."""
    # Lazy (start-up): the screens' formats, read once a moment is shown
    from vault_app.gui.dates import show_datetime, show_moment

    there = elsewhere_at(stamp)
    return show_moment(stamp, zone=True, local=there) if there is not None else show_datetime(stamp)


def moment_here(stamp: datetime | str) -> str:
    """A stored moment kept on this computer's clock (a backup's, named by this computer's day; a
    destruction certificate's, printed on the clock of the computer that prints it) with this
    computer's zone named ("12/07/2026 9:15 AM CET") when the practice's clock showed another time
    then, so it is never read as the practice's; else as every moment is shown, nothing named."""
    # Lazy (start-up): the screens' formats, read once a moment is shown
    from vault_app.gui.dates import show_moment

    return show_moment(stamp, zone=elsewhere_at(stamp) is not None)


__all__ = ["elsewhere_at", "elsewhere_now", "moment_here", "moment_shown", "name", "now", "read", "set_zone", "today",
           "zone"]

"""A note and the session it bills: one visit is one session, however many notes it gets.

Every session is a charge on the account, the superbill and the statement. A second note
written the same day (a collateral contact, a note started twice, a crisis call) that
recorded a session of its own billed the visit twice, and a claim for a service not
rendered, or rendered once and claimed twice, is a false claim (31 U.S.C. § 3729(a)(1)(A);
health care fraud, 18 U.S.C. § 1347). So a new note for a day that already has a session
attaches to it, or records none; a second session that day is the therapist's explicit
choice (a second visit), never the default.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, time
from typing import Literal

ATTACH: Literal["attach"] = "attach"
SEPARATE: Literal["separate"] = "separate"
NO_SESSION: Literal["none"] = "none"
Choice = Literal["attach", "separate", "none"]
CITATION = "31 U.S.C. § 3729(a)(1)(A); 18 U.S.C. § 1347"


@dataclass(frozen=True)
class SameDaySession:
    """A session already recorded on the note's day, and whether a note documents it."""

    session_id: str
    start_time: time | None
    duration_minutes: int
    cpt_code: str
    note_id: str | None = None


@dataclass(frozen=True)
class SessionChoice:
    """What the first save of a new note does with its session: attach to `session_id`,
    record a separate session, or record none."""

    choice: Choice
    session_id: str | None = None


def default_choice(existing: Sequence[SameDaySession]) -> SessionChoice:
    """The safe default for a new note's session. No session that day: record one (the
    usual case, the note documents today's visit). One without a note (from the agenda, the
    command line, a discarded draft): attach to it. All already documented: no session (the
    visit is billed once; a second visit is the therapist's explicit choice)."""
    if not existing:
        return SessionChoice(SEPARATE)
    for session in existing:
        if session.note_id is None:
            return SessionChoice(ATTACH, session.session_id)
    return SessionChoice(NO_SESSION)


def recorded_visit(existing: Sequence[SameDaySession], linked: Collection[str]) -> SameDaySession | None:
    """The session an appointment marked attended is: the day's first session no other
    appointment claims (written from a note before the agenda was touched). None: the
    appointment records its own (a second appointment that day is a second visit)."""
    for session in existing:
        if session.session_id not in linked:
            return session
    return None


def duplicate_days(days: Iterable[date]) -> list[tuple[date, int]]:
    """The days with more than one session (each session's date given once), oldest first."""
    counted = Counter(days)
    return sorted((day, n) for day, n in counted.items() if n > 1)


__all__ = ["ATTACH", "CITATION", "NO_SESSION", "SEPARATE", "SameDaySession", "SessionChoice", "default_choice",
           "duplicate_days", "recorded_visit"]

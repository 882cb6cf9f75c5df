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
from itertools import pairwise
from typing import Literal

from vault_app.domain.errors import InvalidInput, RefusedByPolicy

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
    # Recorded for a note still a draft (records migration 0104): no visit until it is signed.
    provisional: bool = False


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


def link_choice(existing: Sequence[SameDaySession], wanted: SessionChoice | None = None) -> SessionChoice:
    """The session a note saved without one gains later, among `existing` (its day's): the
    session `wanted` names (it must be that day's and have no note), a separate one when
    `wanted` says so (a second visit, the therapist's choice), else the day's one session
    without a note. Anything else is refused with what to do: the visit is billed once."""
    if wanted is not None and wanted.choice == SEPARATE:
        return SessionChoice(SEPARATE)
    if wanted is not None and wanted.choice == ATTACH and wanted.session_id:
        found = next((s for s in existing if s.session_id == wanted.session_id), None)
        if found is None:
            raise InvalidInput("That session is not on the note's day.",
                               hint="A note documents a session of its own day: choose one of that day's sessions.",
                               code="note.session_other_day", field="session")
        if found.note_id is not None:
            raise InvalidInput("That session already has a progress note.",
                               hint="One visit, one note: choose a session without a note.",
                               code="note.session_has_note", field="session")
        return SessionChoice(ATTACH, found.session_id)
    open_ = [s for s in existing if s.note_id is None]
    if len(open_) == 1:
        return SessionChoice(ATTACH, open_[0].session_id)
    if open_:
        raise InvalidInput(f"The note's day has {len(open_)} sessions without a note.",
                           hint="Say which one the note documents.", code="note.day_has_open_sessions",
                           field="session", params={"count": len(open_)})
    if existing:
        raise InvalidInput("Every session on the note's day has a note already.",
                           hint="A draft started for this same visit (e.g. by marking the appointment attended) "
                                "can be discarded first; record a new session only for a second visit that day.",
                           code="note.day_sessions_all_noted", field="session")
    raise InvalidInput("There is no session on the note's day.", hint="Record the session now (its length).",
                       code="note.day_has_no_session", field="session")


def signed_link_refusal() -> RefusedByPolicy:
    """A signed note keeps the session it was signed with. The session is part of what the
    signature seals (ProgressNote.canonical_content), and a signed entry is never altered:
    what was learned later is a dated addendum beside it (CMS Program Integrity Manual,
    Pub. 100-08, ch. 3, § 3.3.2.5, amendments and delayed entries)."""
    return RefusedByPolicy(
        "This note is signed: the session it documents is part of what was signed, and a signed note "
        "is never changed.",
        hint="Add an addendum saying which session the note documents (its date and time); the session "
             "stays in the chart as it is.", code="note.signed_keeps_session")


@dataclass(frozen=True)
class DaySession:
    """One session of a chart's day, as the worklist weighs the day."""

    start_time: time | None
    duration_minutes: int
    billing_status: str
    documented: bool  # a progress note documents it


def day_to_review(day: Sequence[DaySession]) -> bool:
    """Whether a chart's day with more than one session is on the worklist: two or more
    charged sessions, one not billed yet, and something missing that would tell two visits
    from one visit recorded twice. A session without a note (it may be the visit recorded
    again), one without a start time, or two whose times overlap: yes. Every session with a
    note of its own at times that do not overlap: two visits, each documented; nothing is
    missing (found in the real app: such a day stayed on the worklist for good)."""
    charged = [s for s in day if s.billing_status != "no_charge"]
    if len(charged) < 2 or all(s.billing_status != "unbilled" for s in charged):
        return False
    if not all(s.documented for s in charged) or any(s.start_time is None for s in charged):
        return True
    spans = sorted((_minutes(s.start_time), _minutes(s.start_time) + s.duration_minutes) for s in charged
                   if s.start_time is not None)
    return any(later[0] < earlier[1] for earlier, later in pairwise(spans))


def _minutes(at: time) -> int:
    return at.hour * 60 + at.minute


def duplicate_days(days: Iterable[date]) -> list[tuple[date, int]]:
    """The days with more than one session (each session's date given once), oldest first."""
    counted = Counter(days)
    return sorted((day, n) for day, n in counted.items() if n > 1)


__all__ = ["ATTACH", "CITATION", "NO_SESSION", "SEPARATE", "DaySession", "SameDaySession", "SessionChoice",
           "day_to_review", "default_choice", "duplicate_days", "link_choice", "recorded_visit", "signed_link_refusal"]

"""Which date a chart's retention period counts from, in words: the rule itself is unchanged (the latest of
the sessions, the notes and the discharge: services/retention_due.facts_of); this says which of them it
was, so that two dates read for one chart say what each is. Found by a walker closing her practice (wclose
F6): the client list said "last contact" of the last session (01/22/2024) and the eligible list "last
contact" of the discharge (02/12/2024), the day retention counts from.

On a tie the discharge is named: the discharge dialog says retention counts from the discharge."""

from __future__ import annotations

from datetime import date

DISCHARGE, SESSION, NOTE = "discharge", "session", "note"
ORDER: tuple[str, ...] = (DISCHARGE, SESSION, NOTE)  # named first on a tie


def counted_from(discharged_on: date | None, last_session: date | None, last_note: date | None) -> str:
    """DISCHARGE, SESSION or NOTE: which is the latest date (retention's start); "" with none."""
    found = [(day, what) for what, day in zip(ORDER, (discharged_on, last_session, last_note), strict=True) if day]
    if not found:
        return ""
    latest = max(day for day, _what in found)
    return next(what for day, what in found if day == latest)


__all__ = ["DISCHARGE", "NOTE", "ORDER", "SESSION", "counted_from"]

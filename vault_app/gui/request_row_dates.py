"""The days in a row of the chart's Requests table, as every other table writes a day: the practice's
short date ("12/07/2026"). The row read "December 7, 2026" and "January 6, 2027" among tables of
12/07/2026 (round 45's walker). A due day on a weekend or a federal holiday keeps its weekday
("Sun 12/13/2026": domain/due_weekend); the request's window keeps its sentences in words.

One exception stays, for a deadline's sake: a US practice whose short date puts the day first (es_US's
"04/12/2026" is April 12 to a US reader, December 4 to the practice; tests/gui/test_deadlines_in_words.py)
keeps both days of the row in words, said alike (round 39)."""

from __future__ import annotations

from datetime import date

from vault_app.domain import locale_format
from vault_app.domain.due_weekend import closed_on
from vault_app.gui.dates import practice_locale, show_date, show_deadline, show_weekday


def _short_reads_one_way() -> bool:
    """The practice's short date reads one way to its readers: not a day-first date in the US."""
    tag = locale_format.normalize(practice_locale())
    return not tag.endswith("_US") or locale_format.date_pattern(tag).startswith("MM")


def received_cell(day: date) -> str:
    return show_date(day) if _short_reads_one_way() else show_deadline(day)


def due_cell(day: date) -> str:
    """The due day, with its weekday where the office is closed that day."""
    shown = show_date(day) if _short_reads_one_way() else show_deadline(day)
    return f"{show_weekday(day)} {shown}" if closed_on(day) else shown


__all__ = ["due_cell", "received_cell"]

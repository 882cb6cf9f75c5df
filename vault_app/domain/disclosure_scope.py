"""What a disclosure may carry beyond its basis: only items inside the period an authorization
describes, and no unsigned drafts. Pure rules the gate (domain/disclosure_gate.py) asks.

The period. 45 CFR 164.508(c)(1)(i) makes "a description of the information to be used or
disclosed that identifies the information in a specific and meaningful fashion" a core element
of an authorization. The description is the client's words on the signed form ("progress notes
from January to March 2026"): the app cannot read free text, so the therapist records the dates
it names beside it (Authorization.notes_from / notes_to, either end open). An item dated outside
them is information the client did not authorize: it is refused, naming the items and the period,
with what to do (leave them out, or record a new authorization). An authorization recorded
without dates keeps its free text only, and is relied on as before.

Drafts. A draft note is the clinician's work in progress, not yet part of the record as they
attest it by signing: its text may still change, so a recipient would hold words the chart
never kept, which no amendment (164.526) or accounting could then follow. A draft is therefore
never disclosed: not offered in the export wizard, and refused when asked for by id or within a
date range ("sign it first or leave it out"), whatever the basis. A disclosure already made
outside the app and only recorded (manual) is never blocked: the record must say what happened.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from vault_app.domain.authorization import Authorization
from vault_app.domain.disclosure import ItemFacts
from vault_app.domain.errors import Problem, said
from vault_app.domain.locale_format import DEFAULT_LOCALE, date_text

DESCRIPTION_CITATION = "45 CFR 164.508(c)(1)(i)"
# How each shape of period is said; the code's last part names it (a screen's words follow).
PERIOD_SHAPES = ("between", "from", "to")


def period_shape(start: date | None, end: date | None) -> str:
    """"between", "from" (no end), "to" (no start), or "" when no period is recorded."""
    if start is not None and end is not None:
        return "between"
    return "from" if start is not None else "to" if end is not None else ""


def period_text(start: date | None, end: date | None, locale: str = DEFAULT_LOCALE,
                write: Callable[[date], str] | None = None) -> str:
    """The period in English words: "from 2026-01-01 to 2026-03-31", "from 2026-01-01 on",
    "up to 2026-03-31"; "" for none. `write`: how a page sent out writes its days
    (document_dates.sent_day), else the locale's way."""
    day = write or (lambda d: date_text(d, locale))
    shape = period_shape(start, end)
    if shape == "between" and start is not None and end is not None:
        return f"from {day(start)} to {day(end)}"
    if shape == "from" and start is not None:
        return f"from {day(start)} on"
    if shape == "to" and end is not None:
        return f"up to {day(end)}"
    return ""


def in_period(day: date, start: date | None, end: date | None) -> bool:
    """Both ends belong to the period (an authorization "from January 1 to March 31" covers the
    notes of March 31); an open end covers everything on its side."""
    return (start is None or day >= start) and (end is None or day <= end)


def outside_period(auth: Authorization, items: tuple[ItemFacts, ...]) -> tuple[ItemFacts, ...]:
    """The items dated outside the period `auth` describes, oldest first."""
    return tuple(sorted((i for i in items if not in_period(i.day, auth.notes_from, auth.notes_to)),
                        key=lambda i: (i.day, i.id)))


def _one(code: str, n: int) -> str:
    """A code whose words depend on a count: ".one" for a single thing (Spanish agrees in number)."""
    return code + ".one" if n == 1 else code


def _named(items: tuple[ItemFacts, ...], locale: str) -> str:
    """The items by their days, as the wizard and `note list` show them (each day once): seen in
    the real app, their ids named them in hex a therapist cannot match to the list."""
    return ", ".join(dict.fromkeys(date_text(i.day, locale) for i in items))


def period_refusals(auth: Authorization, items: tuple[ItemFacts, ...], locale: str = DEFAULT_LOCALE) -> list[Problem]:
    """A refusal naming the items outside the authorization's period, or none."""
    start, end = auth.notes_from, auth.notes_to
    shape = period_shape(start, end)
    outside = outside_period(auth, items) if shape else ()
    if not outside:
        return []
    n = len(outside)
    days = _named(outside, locale)
    are = "1 selected item is" if n == 1 else f"{n} selected items are"
    text = (f"{auth.label} covers only information dated {period_text(start, end, locale)} (the description of "
            f"the information it authorizes, {DESCRIPTION_CITATION}); {are} outside that period: {days}.")
    # One call per shape, each with the params its words use (tests/gui/test_gate_words.py reads them).
    if start is not None and end is not None:
        return [said(_one("scope.period.between", n), text, id=auth.id, start=date_text(start, locale),
                     end=date_text(end, locale), count=n, days=days)]
    if start is not None:
        return [said(_one("scope.period.from", n), text, id=auth.id, start=date_text(start, locale), count=n,
                     days=days)]
    assert end is not None
    return [said(_one("scope.period.to", n), text, id=auth.id, end=date_text(end, locale), count=n, days=days)]


PERIOD_HINT = ("Leave out the items outside that period, or record a new authorization from the client that "
               "describes them.")


def period_hint() -> Problem:
    return said("scope.period.hint", PERIOD_HINT)


def draft_refusals(items: tuple[ItemFacts, ...], *, manual: bool, locale: str = DEFAULT_LOCALE) -> list[Problem]:
    """A refusal naming the unsigned drafts selected, or none (a manual record is never blocked)."""
    drafts = tuple(sorted((i for i in items if not i.signed), key=lambda i: (i.day, i.id)))
    if manual or not drafts:
        return []
    n = len(drafts)
    days = _named(drafts, locale)
    if n == 1:
        text = (f"1 selected note is an unsigned draft ({days}): sign it first or leave it out. A draft is "
                "not yet part of the record as you attest it, so it is not disclosed.")
    else:
        text = (f"{n} selected notes are unsigned drafts ({days}): sign them first or leave them out. A "
                "draft is not yet part of the record as you attest it, so it is not disclosed.")
    return [said(_one("drafts.refused", n), text, count=n, days=days)]


__all__ = [
    "DESCRIPTION_CITATION",
    "PERIOD_HINT",
    "PERIOD_SHAPES",
    "draft_refusals",
    "in_period",
    "outside_period",
    "period_hint",
    "period_refusals",
    "period_shape",
    "period_text",
]

"""The app's own descriptions of what was disclosed, as a person reads them.

The ledger's "brief description of what was disclosed" (45 CFR 164.528(b)(2)(iii)) is
signed history: the app writes its days in ISO ("8 sessions' billing data (2026-08-06 to
2026-09-24)", domain/disclosure.describe_items) and every entry, old and new, keeps them so.
A superbill's access request is recorded in the same way ("superbill of billing records,
2026-08-06 to 2026-09-24"). Where such a description is printed or shown, its days are
written as the practice writes them (found: the accounting of disclosures printed ISO days
in its "What was disclosed" column beside the practice's days in the others).

An export's "; fields: ..." names the fields asked for by the app's own keys ("measures",
"cpt_code"); printed, each is said in words ("outcome measures", "CPT code"), and "measures"
is left out where the results that went are counted after it ("; with 1 outcome measure
result"), as the export wizard's receipt says it (gui/export_words.py). Found: the cover page
and the accounting read "fields: measures; with 1 outcome measure result". Asked for where the
chart held none in the notes' dates, it is said so ("; outcome measures asked for: none recorded
in these dates"), not as a field: an access copy's cover read "12 progress notes (...); fields:
outcome measures", as if only the measures had been sent (found by a walker).

A court order's basis is summarised in the ledger the same way ("court order, ..., case 24-1,
2025-03-14"), shown in the accounting and the chart's Disclosures tab: `basis_text`.

Only the app's own wording is rewritten, recognised by its whole pattern: what the therapist
typed (a disclosure recorded by hand, a request's details) is shown as typed, ISO days and
all, because those are their words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from vault_app.domain.authorization import INFO_LABELS
from vault_app.domain.disclosure import BILLING_FIELDS, ITEM_NOUNS
from vault_app.domain.locale_format import DEFAULT_LOCALE, date_text

_DAY = r"\d{4}-\d{2}-\d{2}"
# Every noun the app has counted with: "1 progress note" since the twenty-fourth round, "1
# progress notes" and "4 billing information" in entries recorded before, which read as recorded.
_NOUNS = "|".join(re.escape(noun) for noun in dict.fromkeys(
    (*(noun for forms in ITEM_NOUNS.values() for noun in forms), *INFO_LABELS.values())))
# describe_items: "3 progress notes (2026-08-13 to 2026-09-24)", then what an export adds
# ("; fields: ...", "; with 2 outcome measure results", " (complete open export)"), none of
# it dated; a confidentiality decision's disclosure puts "Method: ...; drew on " before it.
_ITEMS = re.compile(rf"(?:Method: [^;]*; drew on )?\d+ (?:{_NOUNS}) \((?P<first>{_DAY})(?: to (?P<last>{_DAY}))?\)")
# describe_items' "; fields: measures, cpt_code" right after the items, and what may follow it.
_FIELDS = re.compile(r"; fields: (?P<keys>[^;]*)(?P<rest>.*)", re.DOTALL)
_MEASURES_COUNTED = re.compile(r"; with \d+ outcome measure results?\b")
# A field key in words; a key not here (one added later) is printed as stored.
FIELD_WORDS: dict[str, str] = {"measures": "outcome measures", **BILLING_FIELDS}
NO_MEASURES = "; outcome measures asked for: none recorded in these dates"
# services/superbill.py, the access request a superbill or statement answers (superbill.KINDS).
BILLING_REQUEST_KINDS = ("superbill", "statement")
_BILLING_REQUEST = re.compile(
    rf"(?:{'|'.join(BILLING_REQUEST_KINDS)}) of billing records, (?P<first>{_DAY}) to (?P<last>{_DAY})")
# domain/disclosure_basis.LegalBasis.summary of a court order: "court order, {court}, case {n}, {order date}".
_COURT_ORDER = re.compile(rf"court order, .*, case .*, (?P<first>{_DAY})")


def billing_request_description(kind: str, first: str, last: str) -> str:
    """What the access request a superbill answers is recorded as (ISO days, as stored)."""
    return f"{kind} of billing records, {first} to {last}"


def description_text(text: str, tag: str = DEFAULT_LOCALE, day: Callable[[str], str] | None = None) -> str:
    """A stored description with the days of the app's wording in the practice's format
    ("8 sessions' billing data (08/06/2026 to 09/24/2026)" in the US), or as `day` writes them
    (a page sent out: document_dates.sent_day); any other text as is."""
    items = _ITEMS.match(text)
    if items is not None:
        text = text[:items.end()] + _fields_said(text[items.end():])
    return _days_shown(items or _BILLING_REQUEST.fullmatch(text), text, tag, day)


def _fields_said(after: str) -> str:
    """What follows the items, its "; fields: ..." keys in words (see the module's note)."""
    found = _FIELDS.match(after)
    if found is None:
        return after
    rest = found["rest"]
    keys = [k.strip() for k in found["keys"].split(",") if k.strip()]
    # The results counted after it say the measures; naming the field too said them twice.
    # With none counted, none went: said as such, never as a field (see the module's note).
    none_held = "measures" in keys and not _MEASURES_COUNTED.match(rest)
    keys = [k for k in keys if k != "measures"]
    said = "; fields: " + ", ".join(FIELD_WORDS.get(k, k) for k in keys) if keys else ""
    return said + (NO_MEASURES if none_held else "") + rest


def basis_text(summary: str, tag: str = DEFAULT_LOCALE, day: Callable[[str], str] | None = None) -> str:
    """A disclosure's basis as the ledger summarises it, the court order's date as the practice
    writes it ("court order, Superior Court, case 24-1, 03/14/2025"); any other summary as is."""
    return _days_shown(_COURT_ORDER.fullmatch(summary), summary, tag, day)


def _days_shown(found: re.Match[str] | None, text: str, tag: str, day_of: Callable[[str], str] | None) -> str:
    if found is None:
        return text
    pieces, done = [], 0
    for name in ("first", "last"):
        day = found.groupdict().get(name)
        if day is None:
            continue
        try:
            shown = day_of(day) if day_of is not None else date_text(day, tag)
        except ValueError:
            return text  # not a day after all (2026-13-45): the description as it stands
        start, end = found.span(name)
        pieces += [text[done:start], shown]
        done = end
    return "".join(pieces) + text[done:]


__all__ = ["BILLING_REQUEST_KINDS", "FIELD_WORDS", "NO_MEASURES", "basis_text", "billing_request_description",
           "description_text"]

"""Whose conventions a printed document's dates follow: its reader's, not always the practice's.

A page the client reads (a statement, the accounting of disclosures, their own copy of the
chart) is written as the practice writes dates, set in Settings (Dates and money): a practice
set to "Español (Estados Unidos)" gives its clients 23/04/2026, which CLDR says es_US writes.

A page a US payer reads is written in US dates whatever the practice's locale: the superbill
(the client files it with their health plan) and a disclosure made for payment. The plan
keys a superbill's dates of service into its claim, where the NUCC 1500 Claim Form
Reference Instruction Manual (item 24A, dates of service; item 3, the birth date) asks for
MM/DD/YY or MM/DD/YYYY; a day-first 04/05/2026 from an es_US practice is read as April 5 when the
session was May 4 (found: a superbill of an es_US practice printed day first). Its paper is
Letter for the same reader.

Every other English page the app sends out (a disclosure or chart export to another provider,
an attorney or a court; the accounting of disclosures; a client's statement; a destruction
certificate; the measures pages) writes its days in ISO 8601, 2026-12-05: the pages are in
English whatever the screens' language, and their reader is not the practice. The practice's
short date was printed before and a US recipient of an es_US practice read "Date 05/12/2026"
as May 12 when it was December 5 (found by a walker on Spanish screens); 12/05/2026 from an
en_US practice is the same trap for a reader abroad. ISO cannot be read two ways, is as narrow
as the short date (the tables' columns keep their width) and is what the export's JSON holds,
so the page and its machine-readable twin agree. Screens keep the practice's format: that
reader is the practice. `sent_day` is the one helper every such page writes its days with.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from vault_app.domain.locale_format import date_text, moment_text, money_text, normalize

Audience = Literal["client", "us_payer", "recipient"]
# The locale whose short date is MM/DD/YYYY (domain/locale_format.date_text) and paper Letter.
US_PAYER_LOCALE = "en_US"
# The ledger's bases (domain/disclosure_basis.BasisKind) whose recipient is who the page is for.
_AUDIENCE_OF_BASIS: dict[str, Audience] = {"payment": "us_payer", "client_access": "client"}


def document_locale(audience: Audience, practice_locale: str | None) -> str:
    """The locale a document for `audience` writes its dates (and chooses its paper) in: the
    US's for a US payer (NUCC 1500 manual: MM/DD/YYYY), the practice's for anyone else."""
    if audience == "us_payer":
        return US_PAYER_LOCALE
    return normalize(practice_locale)


def disclosure_audience(basis_kind: str) -> Audience:
    """Who reads a disclosure's pages, from its legal basis: a payer (payment, 45 CFR
    164.506(c)(1)), the client (their own access, 164.524), or another recipient."""
    return _AUDIENCE_OF_BASIS.get(basis_kind, "recipient")


def sent_day(value: date | datetime | str, audience: Audience = "recipient") -> str:
    """A day on an English page sent out of the practice: MM/DD/YYYY for a US payer (NUCC 1500
    manual, item 24A), ISO 8601 (2026-12-05) for every other reader, whatever the practice's
    locale: it is read one way only (see the module's comment)."""
    day = date.fromisoformat(value[:10]) if isinstance(value, str) else value
    if isinstance(day, datetime):
        day = day.date()
    if audience == "us_payer":
        return date_text(day, US_PAYER_LOCALE)
    return day.isoformat()


def sent_moment(stamp: datetime | str, locale: str | None, *, zone: bool = False, utc: bool = False,
                seconds: bool = False) -> str:
    """A stored UTC moment on such a page, on this computer's clock: its day as `sent_day`
    writes it, its time the practice's way; `zone` names the zone and `utc` adds the moment in
    UTC (locale_format.moment_text's forms, "2026-12-02 6:14 PM PST (2026-12-03 02:14 UTC)")."""
    return moment_text(stamp, normalize(locale), zone=zone, utc=utc, seconds=seconds, day=sent_day)


# A day after the 12th and an amount over a thousand: the order of day and month, and the
# marks of thousands and cents, show in them.
_EXAMPLE_DAY, _EXAMPLE_CENTS = date(2026, 10, 23), 114_050


def forms_example(locale: str | None) -> tuple[str, str]:
    """How `locale` writes a day and an amount (("10/23/2026", "$1,140.50") in the US), for a
    screen that says a document is written otherwise than the practice writes."""
    return date_text(_EXAMPLE_DAY, normalize(locale)), money_text(_EXAMPLE_CENTS, normalize(locale))


def bill_audience(kind: str) -> Audience:
    """A superbill is for the client's health plan; a statement is for the client, who pays on it."""
    return "us_payer" if kind == "superbill" else "client"


__all__ = ["US_PAYER_LOCALE", "Audience", "bill_audience", "disclosure_audience", "document_locale",
           "forms_example", "sent_day", "sent_moment"]

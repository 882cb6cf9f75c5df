"""Whose conventions a printed document's dates follow: its reader's, not always the practice's.

`date_form` is the one rule: each kind of document the app prints has its form of day in the
table `DATE_FORMS`, and every writer of a page asks it (or `document_day`, `sent_day`).

- "practice": the practice's statement to its client, read by the client, who lives where the
  practice is and pays on it, and the client's own copy of their chart (their right of access,
  45 CFR 164.524), read by the same client: a New York psychologist's client was sent
  "2026-08-04" on every page while the practice writes 08/04/2026 (found by a walker). Both are
  written as the practice writes dates, set in Settings (Dates and money): a practice set to
  "Español (Estados Unidos)" gives its clients 23/04/2026, which CLDR says es_US writes, the
  form the practice and its clients share (and the one its screens show them).
- "long": the request letters (extension, denials, the accepted amendment, the rebuttal, the
  review's decision) are English prose: every day in them is written as their date line is,
  the month in English words in the practice's order ("February 3, 2027" in the US, "3 February
  2027" elsewhere). An es_US practice's letter opened "December 5, 2026" and then said "no later
  than 03/02/2027", which a US reader of English takes for March 2 (found by two walkers).
- "us": a page a US payer reads, whatever the practice's locale: the superbill (the client
  files it with their health plan) and a disclosure made for payment. The plan keys a
  superbill's dates of service into its claim, where the NUCC 1500 Claim Form Reference
  Instruction Manual (item 24A, dates of service; item 3, the birth date) asks for MM/DD/YY or
  MM/DD/YYYY; a day-first 04/05/2026 from an es_US practice is read as April 5 when the session
  was May 4 (found: a superbill of an es_US practice printed day first). Its paper is Letter
  for the same reader.
- "iso": every other English page the app sends out (a disclosure or chart export to another
  provider, an attorney or a court; the accounting of disclosures, which quotes those exports' descriptions; a
  destruction certificate; the measures pages) writes its days in ISO 8601, 2026-12-05: its
  reader is elsewhere, or compares it with pages that were. The practice's short date was
  printed before and a US recipient of an es_US practice read "Date 05/12/2026" as May 12 when
  it was December 5 (found by a walker on Spanish screens); 12/05/2026 from an en_US practice
  is the same trap for a reader abroad. ISO cannot be read two ways, is as narrow as the short
  date (the tables' columns keep their width) and is what the export's JSON holds, so the page
  and its machine-readable twin agree.

Screens keep the practice's format: that reader is the practice.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from vault_app.domain.locale_format import date_text, long_date_text, moment_text, money_text, normalize

Audience = Literal["client", "us_payer", "recipient"]
DateForm = Literal["practice", "long", "us", "iso"]
# Every kind of document the app prints, and how it writes its days (the module's comment says why).
DATE_FORMS: dict[str, DateForm] = {
    "statement": "practice", "request_letter": "long",
    "superbill": "us", "payment_disclosure": "us",
    "disclosure": "iso", "client_copy": "practice", "accounting": "iso", "certificate": "iso", "measures": "iso",
}
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


def date_form(document: str) -> DateForm:
    """How `document` writes its days: the practice's way on its statement to its client (the
    client lives where the practice is and reads its dates as it writes them), the month in
    words in its English letters (read one way only, as their date line),
    US dates for a US payer (NUCC 1500 manual, item 24A), ISO 8601 for every other reader,
    who is elsewhere and must not read 05/12 two ways. An unknown document is an error, not
    a guess: a new kind of page must be added to DATE_FORMS, with its reader."""
    try:
        return DATE_FORMS[document]
    except KeyError:
        raise ValueError(f"no date form for the document kind {document!r}") from None


def document_day(document: str, value: date | datetime | str, practice_locale: str | None = None) -> str:
    """A day on `document`, in its form (`date_form`): 23/04/2026 on an es_US practice's
    statement, April 23, 2026 in its letters, 04/23/2026 on its superbill, 2026-04-23 on its
    export to a provider."""
    day = date.fromisoformat(value[:10]) if isinstance(value, str) else value
    if isinstance(day, datetime):
        day = day.date()
    form = date_form(document)
    if form == "iso":
        return day.isoformat()
    if form == "long":
        return letter_date_line(day, practice_locale)
    return date_text(day, US_PAYER_LOCALE if form == "us" else normalize(practice_locale))


def letter_date_line(day: date, practice_locale: str | None) -> str:
    """The date line of an English letter in the practice's order, its month in words, so it
    reads one way only: "December 1, 2026" in the US, "1 December 2026" elsewhere (found: an
    es_US practice's English letter was dated "4 de diciembre de 2026")."""
    locale = normalize(practice_locale)
    return long_date_text(day, "en_US" if locale.endswith("_US") or locale == "en" else "en_GB")


def sent_day(value: date | datetime | str, audience: Audience = "recipient", practice_locale: str | None = None) -> str:
    """A day on an English page sent out of the practice: MM/DD/YYYY for a US payer (NUCC 1500
    manual, item 24A), the practice's own form on the client's copy of their chart (`practice_locale`),
    ISO 8601 (2026-12-05) for every other reader, whatever the practice's locale (`date_form`)."""
    if audience == "client":
        return document_day("client_copy", value, practice_locale)
    return document_day("payment_disclosure" if audience == "us_payer" else "disclosure", value)


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


__all__ = ["DATE_FORMS", "US_PAYER_LOCALE", "Audience", "DateForm", "bill_audience", "date_form",
           "disclosure_audience", "document_day", "document_locale", "forms_example", "letter_date_line",
           "sent_day", "sent_moment"]

"""The app's own stock phrases that are stored as data (in the ledger's disclosures, on a
request), shown in the screen's language; what the therapist typed is shown as typed.

A disclosure on the client's access request is recorded with the app's fixed English: its
recipient "the client (own access request)" (services/access_recipient), its purpose "at the
request of the individual (45 CFR 164.524)" (services/access_copy) or the superbill's
(services/superbill.PURPOSE), and the access request a superbill answers is described as
"superbill of billing records, 2026-12-01 to 2026-12-05" (domain/disclosure_wording). The
ledger is signed history and keeps them so; found by the Spanish walker (shots 94, 123): the
Disclosures tab and the request window showed them in English on Spanish screens.

A stored text is translated only when it is exactly the phrase written here, which
tests/gui/test_stock_words.py holds equal to the services' own constants: a phrase reworded
there shows its new English, never a stale translation."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from vault_app.gui.dates import show_date, show_description
from vault_app.gui.i18n import QT_TRANSLATE_NOOP, current_language

CONTEXT = "StockWords"

RECIPIENTS = {
    "the client (own access request)": QT_TRANSLATE_NOOP("StockWords", "the client (own access request)"),
}
PURPOSES = {
    "at the request of the individual (45 CFR 164.524)": QT_TRANSLATE_NOOP(
        "StockWords", "at the request of the individual (45 CFR 164.524)"),
    "superbill for the client's own insurance reimbursement": QT_TRANSLATE_NOOP(
        "StockWords", "superbill for the client's own insurance reimbursement"),
    "statement of account for the client": QT_TRANSLATE_NOOP("StockWords", "statement of account for the client"),
}
# domain/disclosure_wording.billing_request_description, by the kind of document it answers.
_DAY = r"\d{4}-\d{2}-\d{2}"
BILLING_REQUEST = re.compile(
    rf"(?P<kind>superbill|statement) of billing records, (?P<first>{_DAY}) to (?P<last>{_DAY})")
BILLING_REQUESTS = {
    "superbill": QT_TRANSLATE_NOOP("StockWords", "superbill of billing records, {first} to {last}"),
    "statement": QT_TRANSLATE_NOOP("StockWords", "statement of billing records, {first} to {last}"),
}


def _said(table: dict[str, str], text: str) -> str:
    source = table.get(text)
    return QCoreApplication.translate(CONTEXT, source) if source == text else text


def recipient_words(name: str) -> str:
    """A disclosure's recorded recipient: the app's own phrase translated, a typed name as typed."""
    return _said(RECIPIENTS, name)


def purpose_words(purpose: str) -> str:
    """A disclosure's recorded purpose: the app's own phrase translated, a typed one as typed."""
    return _said(PURPOSES, purpose)


def description_words(text: str) -> str:
    """A request's stored description as shown (gui/dates.show_description), the app's own
    description of a superbill's or statement's request said in the screen's language."""
    found = BILLING_REQUEST.fullmatch(text) if current_language() != "en" else None
    if found is None:
        return show_description(text)
    return QCoreApplication.translate(CONTEXT, BILLING_REQUESTS[found["kind"]]).format(
        first=show_date(found["first"]), last=show_date(found["last"]))


__all__ = ["BILLING_REQUESTS", "PURPOSES", "RECIPIENTS", "description_words", "purpose_words", "recipient_words"]

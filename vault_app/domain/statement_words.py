"""The shape of the words of a client's statement of account (services/superbill_pdf.py), one set
per language a client's letters are written in (domain/letter_language.py; the sets are
STATEMENT_EN in letter_words_en.py and STATEMENT_ES in letter_words_es.py, beside the letters').

Found: a Spanish-speaking client's statement named its addressee in Spanish and said everything
else ("Addressed to", "Balance due", the column heads, the terms) in English. The statement's
reader is the client (or their representative), as the request letters' and the closure notice's
are: it speaks their language, its days and money as their letters write them.

The superbill does not: its reader is the client's US health plan, which keys its dates into a
claim (domain/document_dates: "us"), as a disclosure for payment is written for the payer and
not in the client's language. It stays English, US dates, whatever the client's letters.
The codes (CPT, ICD-10, NPI) and the citation (45 CFR 164.524) are the same in every language.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class StatementWords:
    language: str
    # (the day, the practice's locale) -> the day in prose / in the table's narrow column
    day: Callable[[date, str], str]
    short_day: Callable[[date, str], str]
    money_locale: Callable[[str], str]  # the practice's locale -> the locale its amounts are written in
    title: str
    footer: str  # "{title}", "{id}", "{day}"
    page: str  # "{n}", "{nb}"
    issued: str  # "{day}", "{id}", "{first}", "{last}"
    provider: str
    provider_unset: str
    identity: Mapping[str, str]  # superbill_pdf.identity_lines' English labels -> this language's
    patient: str
    name: str
    date_of_birth: str
    account: str
    share_of_charges: str  # "{percent}"
    addressed_to: str
    address: str
    services: str
    columns: Mapping[str, str]  # superbill_pdf.COLUMN_WIDTHS' keys -> the column's head
    no_fee: str
    no_lines: str
    line_kinds: Mapping[str, str]  # a line's English description ("missed appointment") -> its words
    places: Mapping[str, str]  # a place of service's code -> its words (domain/billing.POS_DESCRIPTIONS)
    payments_in: str
    payment: str  # "{amount}", "{method}"
    payment_share: str  # "{share}", "{method}", "{amount}"
    methods: Mapping[str, str]  # domain/billing.PAYMENT_METHODS -> its words
    balance: str
    your_share: str  # "{percent}"
    balances: Mapping[str, tuple[str, str]]  # domain/statement.BALANCE_WORDS' keys -> (owed, credit)
    charges_in: str
    paid_since: str  # "{start}", "{end}"
    terms: str

    def said(self, table: Mapping[str, str], english: str) -> str:
        """`english` in this language where the table has it; as it is otherwise (a code)."""
        return table.get(english, english)


__all__ = ["StatementWords"]

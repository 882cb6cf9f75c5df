"""Superbill and statement PDFs (US Letter) for a client's own reimbursement.

Minimum necessary: who provided the service (practice and clinician identity), who
received it (name, date of birth), and for each date of service the place of service,
CPT and ICD-10 codes, fee and amount paid. Never note content. Built in memory and
encrypted (services/pdf_document.finish); only the encrypted bytes leave this module.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from vault_app.domain.billing import POS_DESCRIPTIONS
from vault_app.domain.document_dates import document_day
from vault_app.domain.letter_language import checked_letters_in
from vault_app.domain.letter_words_en import STATEMENT_EN
from vault_app.domain.letter_words_es import STATEMENT_ES
from vault_app.domain.locale_format import DEFAULT_LOCALE, money_text
from vault_app.domain.practice import PracticeProfile, tax_id_label
from vault_app.domain.statement import StatementTotals
from vault_app.domain.statement_words import StatementWords
from vault_app.services.pdf_document import FONT, finish
from vault_app.services.pdf_font_cache import add_bundled_fonts

# The clinician's identifiers a plan needs (the license, the NPI, the Tax ID: CMS-1500 items
# 25 and 33a), read by name from the practice profile and left out when not filled in.
IDENTITY_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("License", ("license", "license_number", "license_no")),
    ("NPI", ("npi", "npi_number")),
    ("Tax ID", ("tax_id", "ein", "tin")),
)


def bill_words(kind: str, letters_in: str | None) -> StatementWords:
    """The words of a client's statement in their letter language; a superbill's in English, for the
    health plan that reads it (domain/statement_words.py says why)."""
    if kind == "statement" and checked_letters_in(letters_in) == "es":
        return STATEMENT_ES
    return STATEMENT_EN


def identity_lines(profile: PracticeProfile) -> list[tuple[str, str]]:
    rows = [("Clinician", profile.signed_name if profile.clinician_name else "")]
    if profile.practice_name:
        rows.insert(0, ("Practice", profile.practice_name))
    for label, names in IDENTITY_FIELDS:
        value = next((str(getattr(profile, n)) for n in names if str(getattr(profile, n, "") or "").strip()), "")
        if label == "License":
            state = str(getattr(profile, "license_state", "") or "").strip()
            value = f"{value} ({state})" if value and state else value
        if label == "Tax ID" and value:
            label = tax_id_label(value)  # which number it is: a plan's form asks (CMS-1500 item 25)
        if value:
            rows.append((label, value))
    if profile.address:
        rows.append(("Address", profile.address))
    if profile.phone:
        rows.append(("Phone", profile.phone))
    return [(k, v) for k, v in rows if v]


@dataclass(frozen=True)
class Line:
    """One date of service (or a missed-appointment fee)."""

    on: date
    pos: str
    cpt: str
    icd10: tuple[str, ...]
    minutes: int | None
    fee_cents: int
    share_cents: int  # what this addressee owes of the fee (the fee, unless split)
    description: str
    paid_cents: int = 0  # of the share, what the payments received by the issue date paid
    priced: bool = True  # False: a code with no fee set, a session's own or an add-on (printed so, counted 0)


@dataclass(frozen=True)
class BillDocument:
    kind: str  # "superbill" / "statement"
    disclosure_id: str
    issued_on: date
    profile: PracticeProfile
    client_name: str
    client_dob: date | None
    chart_number: str
    addressee: str
    addressee_address: str
    share_percent: int | None  # this addressee's share under a recorded split
    first: date
    last: date
    lines: tuple[Line, ...]
    paid_cents: int  # what the payments received by the issue date paid of the lines
    # statement only: the payments of its dates (date, method, cents, this addressee's share)
    payments: tuple[tuple[date, str, int, int], ...]
    totals: StatementTotals | None = None  # statement only: its balances (this addressee's share)
    # Its reader's dates (domain/document_dates): a superbill's are US ones for the health plan,
    # a statement's the practice's (found: ISO days, then an es_US superbill's day first); the
    # paper stays Letter, a US claim's.
    locale: str = DEFAULT_LOCALE
    # superbill only: the earlier superbills this one replaces, asked for again (id, issued on,
    # the dates of service both list: domain/superbill_repeats)
    replaces: tuple[tuple[str, date, tuple[date, ...]], ...] = ()
    # Its words: the client's letter language on a statement, English on a superbill (bill_words).
    words: StatementWords = STATEMENT_EN
    received_cents: int = 0  # superbill only: the payments received by the issue date (this share)
    # superbill only: the charges not listed here that those payments went to (date, what, cents)
    paid_elsewhere: tuple[tuple[date, str, int], ...] = ()

    @property
    def charged_cents(self) -> int:
        return sum(line.share_cents for line in self.lines)

    @property
    def balance_cents(self) -> int:
        return self.charged_cents - self.paid_cents

    def money(self, cents: int) -> str:
        """An amount as its reader's locale writes it, as its days are: a statement's as the
        practice does (found: "$140.00" on a Spanish practice's statement beside 31/03/2026), a
        superbill's as the US does."""
        return money_text(cents, self.words.money_locale(self.locale))

    def day(self, value: date) -> str:
        """A day in its prose, as its reader's letters write it (see `locale`)."""
        return self.words.day(value, self.locale)

    def short_day(self, value: date) -> str:
        return self.words.short_day(value, self.locale)


class LetterPDF(FPDF):
    def __init__(self, title: str, footer: str, page_words: str = STATEMENT_EN.page) -> None:
        super().__init__(format="Letter", unit="mm")
        self.footer_note = footer
        self.page_words = page_words
        self.set_title(title)
        self.set_creator("vault-app")
        self.set_margins(18, 16, 18)
        self.set_auto_page_break(True, margin=20)
        add_bundled_fonts(self, FONT)
        self.alias_nb_pages()

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font(FONT, "", 7)
        self.set_text_color(90, 90, 90)
        self.multi_cell(0, 3.2, self.footer_note, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.cell(0, 4, self.page_words.format(n=self.page_no(), nb="{nb}"), align="R")
        self.set_text_color(0, 0, 0)

    def fields(self, rows: Sequence[tuple[str, str]], label_width: float = 34) -> None:
        for label, value in rows:
            self.set_font(FONT, "B", 9.5)
            y, page = self.get_y(), self.page_no()
            # The next row below the taller of the two: a label on two lines (Spanish's "Identificación
            # fiscal (EIN)") was overwritten by the row under it.
            self.multi_cell(label_width - 1, 5, label, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            below, page = (self.get_y(), self.page_no()) if self.page_no() == page else (0.0, -1)
            self.set_xy(self.l_margin + label_width, y)
            self.set_font(FONT, "", 9.5)
            self.multi_cell(0, 5, value or "-", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            if self.get_y() < below and self.page_no() == page:
                self.set_y(below)
        self.ln(2)

    def heading(self, text: str, size: float = 10.5) -> None:
        self.set_font(FONT, "B", size)
        self.multi_cell(0, size * 0.55, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(1)


# In proportion (the table spans the page): place of service reads on one line where it can.
COLUMN_WIDTHS: dict[str, int] = {"Date of service": 24, "Place of service": 40, "CPT": 20, "ICD-10": 22,
                                 "Minutes": 17, "Fee": 18, "Your share": 18, "Paid": 17}


def _pos(code: str, words: StatementWords = STATEMENT_EN) -> str:
    return f"{code} {words.places.get(code) or POS_DESCRIPTIONS.get(code, '')}".strip()


def terms(kind: str, issued_on: date, locale: str = DEFAULT_LOCALE, words: StatementWords = STATEMENT_EN) -> str:
    """What the document's figures cover, said on it: a plan reimburses on a superbill, and a
    client pays on a statement."""
    if kind == "superbill":
        return ("Services rendered only: missed-appointment and late-cancellation fees are not services and are not "
                f"listed (they are on the statement). Amount paid: what the payments received up to "
                f"{document_day(kind, issued_on, locale)} paid of the services listed, whenever they were made "
                "(payments are applied to the account's charges, oldest first). Balance due: what is still owed for "
                "these services.")
    return words.terms


def statement_rows(totals: StatementTotals, first: date, last: date, issued_on: date,
                   locale: str = DEFAULT_LOCALE, words: StatementWords = STATEMENT_EN) -> list[tuple[str, str]]:
    """The statement's balances, each following from the rows above it."""
    def day(value: date) -> str:
        return words.day(value, locale)

    def money(cents: int) -> str:
        return money_text(cents, words.money_locale(locale))

    def balance(cents: int, which: str, on: date) -> tuple[str, str]:
        # A credit is never printed as a negative amount due (domain/statement.BALANCE_WORDS).
        owed, credit = words.balances[which]
        return (f"{credit}, {day(on)}", money(-cents)) if cents < 0 else (f"{owed}, {day(on)}", money(cents))

    rows = [balance(totals.brought_forward, "brought_forward", first),
            (words.charges_in, money(totals.charges)),
            (words.payments_in, money(totals.payments)),
            balance(totals.at_end, "at_end", last)]
    if totals.paid_after:
        # Paid since, up to the day it is issued: without it, a statement of last month read a
        # balance the client had paid since as still due.
        rows.append((words.paid_since.format(start=day(last + timedelta(days=1)), end=day(issued_on)),
                     money(totals.paid_after)))
        rows.append(balance(totals.still_owed, "at_end", issued_on))
    return rows


def _services(pdf: LetterPDF, doc: BillDocument, header: list[str], paid_column: bool) -> None:
    widths = tuple(COLUMN_WIDTHS[name] for name in header)
    words = doc.words
    with pdf.table(line_height=4.6, text_align="LEFT", first_row_as_headings=True, col_widths=widths) as table:
        row = table.row()
        for value in header:
            row.cell(words.said(words.columns, value))
        for line in doc.lines:
            row = table.row()
            values = [doc.short_day(line.on),
                      _pos(line.pos, words) if line.pos else words.said(words.line_kinds, line.description),
                      line.cpt or "-", ", ".join(line.icd10) or "-", str(line.minutes) if line.minutes else "-",
                      doc.money(line.fee_cents) if line.priced else words.no_fee]
            if doc.share_percent is not None:
                values.append(doc.money(line.share_cents) if line.priced else "-")
            if paid_column:
                values.append(doc.money(line.paid_cents))
            for value in values:
                row.cell(value)


def applied_rows(doc: BillDocument, day: Callable[[date], str]) -> list[tuple[str, str]]:
    """Where the payments received went, when not all to the services listed: "Amount paid
    $0.00" the day $90.50 was paid read as a payment lost."""
    elsewhere = sum(cents for _on, _what, cents in doc.paid_elsewhere)
    credit = max(doc.received_cents - doc.paid_cents - elsewhere, 0)
    if not elsewhere and not credit:
        return []
    rows = [("To the services listed above", doc.money(doc.paid_cents))]
    rows += [(f"To the {what} of {day(on)} (not listed here)", doc.money(cents))
             for on, what, cents in doc.paid_elsewhere]
    if credit:
        rows.append(("Left as a credit towards later charges", doc.money(credit)))
    return rows


def _payments_applied(pdf: LetterPDF, doc: BillDocument, day: Callable[[date], str]) -> None:
    rows = applied_rows(doc, day)
    if rows:
        pdf.heading(f"Payments received up to {day(doc.issued_on)}: {doc.money(doc.received_cents)}, "
                    "applied to the oldest charges first", size=9.5)
        pdf.fields(rows, label_width=120)


def render(doc: BillDocument, password: str) -> bytes:
    words = doc.words
    title = "Superbill" if doc.kind == "superbill" else words.title
    day = doc.day

    pdf = LetterPDF(f"{title} {doc.disclosure_id}",
                    words.footer.format(title=title, id=doc.disclosure_id, day=day(doc.issued_on)), words.page)
    pdf.add_page()
    pdf.set_font(FONT, "B", 16)
    pdf.cell(0, 9, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FONT, "", 9)
    pdf.cell(0, 5, words.issued.format(day=day(doc.issued_on), id=doc.disclosure_id, first=day(doc.first),
                                       last=day(doc.last)), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    for earlier, issued_on, days in doc.replaces:
        # Issued again on purpose (a lost copy, a corrected fee): a plan told so can tell it from a
        # second claim for the same services.
        pdf.heading(f"Replaces superbill {earlier}, issued {day(issued_on)}, for the services of "
                    f"{', '.join(day(d) for d in days)}: claim each service once.", size=9.5)
    if doc.replaces:
        pdf.ln(2)
    pdf.heading(words.provider)
    pdf.fields([(words.said(words.identity, label), value) for label, value in identity_lines(doc.profile)]
               or [(words.provider, words.provider_unset)])
    pdf.heading(words.patient)
    pdf.fields([(words.name, doc.client_name),
                (words.date_of_birth, day(doc.client_dob) if doc.client_dob else ""),
                (words.account, doc.chart_number)])
    if doc.addressee != doc.client_name:
        share = words.share_of_charges.format(percent=doc.share_percent) if doc.share_percent is not None else ""
        pdf.heading(words.addressed_to)
        pdf.fields([(words.name, doc.addressee + share), (words.address, doc.addressee_address)])
    elif doc.addressee_address:
        pdf.fields([(words.address, doc.addressee_address)])
    pdf.heading(words.services)
    header = ["Date of service", "Place of service", "CPT", "ICD-10", "Minutes", "Fee"]
    if doc.share_percent is not None:
        header.append("Your share")
    # A superbill says what was paid of each date of service (of the share, where split): a
    # plan reimburses per service. A statement's payments are its balance rows instead.
    paid_column = doc.kind == "superbill"
    if paid_column:
        header.append("Paid")
    pdf.set_font(FONT, "", 8.5)
    if doc.lines:
        _services(pdf, doc, header, paid_column)
    else:
        # A statement of dates without a session or fee (found: refused, though a client who paid
        # in such a month needs one): its balance forward and payments are what it states.
        pdf.multi_cell(0, 4.6, words.no_lines, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    if doc.kind == "statement" and doc.payments:
        pdf.heading(words.payments_in)
        pdf.fields([(doc.short_day(p_on), words.payment.format(amount=doc.money(cents), method=paid_by)
                     if doc.share_percent is None else
                     words.payment_share.format(share=doc.money(share), method=paid_by, amount=doc.money(cents)))
                    for p_on, method, cents, share in doc.payments
                    for paid_by in [words.said(words.methods, method)]])
    if doc.totals is not None:
        share = "" if doc.share_percent is None else words.your_share.format(percent=doc.share_percent)
        pdf.heading(words.balance + share)
        pdf.fields(statement_rows(doc.totals, doc.first, doc.last, doc.issued_on, doc.locale, words), label_width=90)
    else:
        pdf.fields([("Total charges", doc.money(doc.charged_cents)), ("Amount paid", doc.money(doc.paid_cents)),
                    ("Balance due", doc.money(doc.balance_cents))])
        _payments_applied(pdf, doc, day)
    pdf.set_font(FONT, "", 8.5)
    pdf.multi_cell(0, 4.2, terms(doc.kind, doc.issued_on, doc.locale, words), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if doc.kind == "superbill":
        pdf.ln(2)
        pdf.multi_cell(0, 4.2, "For out-of-network reimbursement: submit this superbill to your health plan with its "
                       "claim form. Diagnosis codes are ICD-10-CM; procedure codes are CPT.",
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(6)
        pdf.cell(0, 5, "Clinician signature: ______________________________   Date: ______________",
                 new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    return finish(pdf, password=password)


__all__ = ["IDENTITY_FIELDS", "BillDocument", "Line", "applied_rows", "bill_words", "identity_lines", "render",
           "statement_rows", "terms"]

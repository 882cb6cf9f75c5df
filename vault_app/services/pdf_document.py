"""PDF building blocks for documents that leave the vault: stamped pages, AES-256 encryption.

Everything happens in memory: fpdf2 lays the document out into a bytes buffer,
pikepdf adds attachments and encrypts it (AES-256, PDF 2.0 security handler R6),
and only the encrypted bytes are ever handed to the caller. The unencrypted PDF
never touches the disk.

Fonts: DejaVu Sans is bundled (Bitstream Vera licence) so names and notes in any
Latin, Greek or Cyrillic script print correctly on every platform; parsed once per process
(services/pdf_font_cache.py).
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

import pikepdf
from fpdf import FPDF
from fpdf.enums import XPos, YPos

from vault_app.domain.document_dates import Audience, sent_day
from vault_app.domain.errors import InvalidInput
from vault_app.domain.locale_format import DEFAULT_LOCALE, on_the_clock, paper_format
from vault_app.domain.names import neutralise
from vault_app.services.pdf_font_cache import add_bundled_fonts

FONT = "DejaVu"
MIN_PASSWORD_LEN = 8
STAMP_MAX = 90


@dataclass(frozen=True)
class Stamp:
    """The line printed on every page of a disclosed document."""

    recipient: str
    purpose: str
    disclosure_id: str
    notice: str = ""  # e.g. the short 42 CFR Part 2 reminder

    def lines(self) -> tuple[str, str]:
        return (
            f"Disclosed to: {_clip(self.recipient)}  |  Disclosure {self.disclosure_id}",
            f"Purpose: {_clip(self.purpose)}",
        )


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= STAMP_MAX else text[: STAMP_MAX - 1] + "…"


class StampedPDF(FPDF):
    """Pages in the practice's paper size (Letter in the US, A4 elsewhere) with the disclosure
    stamp in the header and page numbers in the footer; `day` writes dates its way."""

    def __init__(self, stamp: Stamp | None, title: str, footer_note: str = "", *,
                 locale: str = DEFAULT_LOCALE, audience: Audience = "recipient", page_words: str = "Page {n} of {nb}"
                 ) -> None:
        super().__init__(format=paper_format(locale))
        self.locale = locale
        self.audience = audience
        self.stamp = stamp
        self.footer_note = footer_note
        self.page_words = page_words  # the footer's, in the page's language ("{n}", "{nb}")
        self.set_title(title)
        self.set_creator("vault-app")
        self.set_margins(18, 26, 18)
        self.set_auto_page_break(True, margin=22)
        add_bundled_fonts(self, FONT)
        self.alias_nb_pages()

    def day(self, value: date | str) -> str:
        """A date as its reader reads it one way only: 2026-12-01, 12/01/2026 for a US payer
        (domain/document_dates.sent_day: a US reader took an es_US practice's 05/12 for May 12),
        or the practice's own form on the client's copy of their chart, which they read."""
        return sent_day(value, self.audience, self.locale)

    def moment_day(self, stamp: str) -> str:
        """The day a stored UTC moment (a signature, an addendum) was on this computer's
        calendar: its first ten characters were UTC's day, the next day's from a US evening."""
        return self.day(on_the_clock(stamp).date())

    def header(self) -> None:
        if self.stamp is None:
            return
        self.set_font(FONT, "B", 8)
        self.set_text_color(120, 0, 0)
        self.set_xy(self.l_margin, 8)
        for line in self.stamp.lines():
            self.cell(0, 4, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.set_y(self.t_margin)

    def footer(self) -> None:
        self.set_y(-16)
        self.set_font(FONT, "", 7)
        self.set_text_color(90, 90, 90)
        note = self.footer_note or (self.stamp.notice if self.stamp else "")
        if note:
            self.multi_cell(0, 3.2, note, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.cell(0, 4, self.page_words.format(n=self.page_no(), nb="{nb}"), align="R")
        self.set_text_color(0, 0, 0)

    def normalize_text(self, text: str) -> str:
        # Every string fpdf2 lays out passes here: control characters and bidi overrides
        # a stored name or text could carry print as visible \uXXXX (domain/names.py).
        return super().normalize_text(neutralise(text))

    # --- writing helpers ------------------------------------------------------------
    def heading(self, text: str, size: int = 14) -> None:
        self.set_font(FONT, "B", size)
        self.multi_cell(0, size * 0.55, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(1.5)

    def subheading(self, text: str) -> None:
        self.set_font(FONT, "B", 10.5)
        self.multi_cell(0, 5.5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def para(self, text: str, size: float = 10, gap: float = 2) -> None:
        self.set_font(FONT, "", size)
        self.multi_cell(0, size * 0.5, text or " ", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(gap)

    def fields(self, rows: Sequence[tuple[str, str]], label_width: float = 48) -> None:
        for label, value in rows:
            self.set_font(FONT, "B", 9.5)
            y = self.get_y()
            self.multi_cell(label_width, 5, label, new_x=XPos.RIGHT, new_y=YPos.TOP)
            self.set_xy(self.l_margin + label_width, y)
            self.set_font(FONT, "", 9.5)
            self.multi_cell(0, 5, value or "-", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(2)

    def grid(self, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        self.set_font(FONT, "", 8.5)
        with self.table(line_height=4.5, text_align="LEFT", first_row_as_headings=True) as table:
            for values in (header, *rows):
                row = table.row()
                for value in values:
                    row.cell(value or "-")
        self.ln(2)

    def rule(self) -> None:
        self.ln(1)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(3)


def check_password(password: str | None) -> str:
    if password is None or len(password) < MIN_PASSWORD_LEN:
        raise InvalidInput(
            f"Give a PDF password of at least {MIN_PASSWORD_LEN} characters.",
            hint="Send the password to the recipient separately (by phone), never with the file.",
            code="pdf.password_too_short", field="password", params={"min": MIN_PASSWORD_LEN},
        )
    if password != password.strip():
        raise InvalidInput("The PDF password must not start or end with spaces.", code="pdf.password_spaces",
                           field="password")
    return password


def finish(pdf: FPDF, *, password: str, attachments: Sequence[tuple[str, bytes, str]] = ()) -> bytes:
    """Lay out, attach files, encrypt with AES-256 (R6): the only bytes that may leave."""
    check_password(password)
    plain = bytes(pdf.output())
    with _opened(plain) as doc:
        for name, data, description in attachments:
            spec = pikepdf.AttachedFileSpec(
                doc, data, description=description, filename=name, mime_type=_mime(name), creation_date="",
                mod_date="",
            )
            doc.attachments[name] = spec
        out = io.BytesIO()
        doc.save(
            out,
            encryption=pikepdf.Encryption(owner=password, user=password, R=6, aes=True, metadata=True),
            compress_streams=True,
        )
    return out.getvalue()


def _mime(name: str) -> str:
    lower = name.lower()
    for suffix, mime in ((".json", "application/json"), (".pdf", "application/pdf"), (".png", "image/png"),
                         (".jpg", "image/jpeg"), (".sig", "application/octet-stream")):
        if lower.endswith(suffix):
            return mime
    return "application/octet-stream"


@contextmanager
def _opened(data: bytes) -> Iterator[pikepdf.Pdf]:
    doc = pikepdf.open(io.BytesIO(data))
    try:
        yield doc
    finally:
        doc.close()


__all__ = ["FONT", "MIN_PASSWORD_LEN", "Stamp", "StampedPDF", "check_password", "finish"]

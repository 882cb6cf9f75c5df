"""A client request's letter (a denial, an extension notice, a rebuttal) as the encrypted PDF the
therapist prints and mails: the window's and the command line's the same."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from vault_app.domain.letters import Letter
from vault_app.services import output_file
from vault_app.storage.files import atomic_write


def letter_pdf_bytes(letter: Letter, *, password: str, address: Sequence[str] = ()) -> bytes:
    """A letter as an encrypted PDF to print and mail (it names the client and their records),
    headed by Letter.letterhead: the window's and the command line's the same; in the letter's
    language, its page numbers too ("Página 1 de 2"). With an inside `address` (a letter sent by the
    hundred, each to its own addressee: the closure notice), the date and that address come first,
    where an envelope's window shows them."""
    # Here, not at the top: services.retention (and so every unlock) imports this module,
    # and the PDF stack costs about a second of CPU on a busy laptop.
    from vault_app.services.pdf_document import StampedPDF, finish

    pdf = StampedPDF(None, letter.title, locale=letter.locale, page_words=letter.words.page)
    pdf.set_lang(letter.language)  # the reader's screen reader speaks it in its language
    pdf.add_page()
    for line in letter.letterhead:
        pdf.para(line, 9, 0)
    pdf.ln(6)
    if address:
        pdf.para(letter.date_line, gap=4)
        for line in address:
            pdf.para(line, 10, 0)
        pdf.ln(6)
    pdf.heading(letter.title, 13)
    if not address:
        pdf.para(letter.date_line)
    pdf.para(letter.salutation)
    for paragraph in letter.paragraphs:
        pdf.para(paragraph)
    pdf.para(letter.closing, gap=6)
    pdf.para("\n".join(letter.signature))
    return finish(pdf, password=password)


def save_letter_pdf(letter: Letter, out: Path, *, password: str, address: Sequence[str] = ()) -> Path:
    """letter_pdf_bytes written to `out` (checked first: never a vault's or a backup's place)."""
    out = output_file.checked(Path(out), "letter", overwrite=None)
    atomic_write(out, letter_pdf_bytes(letter, password=password, address=address), what="saving the letter")
    return out


__all__ = ["letter_pdf_bytes", "save_letter_pdf"]

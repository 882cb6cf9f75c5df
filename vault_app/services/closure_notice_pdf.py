"""A notice of closure (domain/closure_notice.py) as the encrypted PDF the therapist prints and mails:
the request letters' page (services/letter_pdf.py), with the inside address an envelope's window
shows, since these letters go out by the hundred and each to its own addressee."""

from __future__ import annotations

from pathlib import Path

from vault_app.domain.closure_notice import ClosureNotice
from vault_app.services import output_file
from vault_app.storage.files import atomic_write


def save_notice_pdf(notice: ClosureNotice, out: Path, *, password: str) -> Path:
    from vault_app.services.pdf_document import StampedPDF, finish  # the PDF stack: only when a letter is written

    letter = notice.letter
    out = output_file.checked(Path(out), "letter", overwrite=None)
    pdf = StampedPDF(None, letter.title, locale=letter.locale, page_words=letter.words.page)
    pdf.set_lang(letter.language)
    pdf.add_page()
    for line in letter.letterhead:
        pdf.para(line, 9, 0)
    pdf.ln(6)
    pdf.para(letter.date_line, gap=4)
    for line in notice.address:
        pdf.para(line, 10, 0)
    pdf.ln(6)
    pdf.heading(letter.title, 13)
    pdf.para(letter.salutation)
    for paragraph in letter.paragraphs:
        pdf.para(paragraph)
    pdf.para(letter.closing, gap=6)
    pdf.para("\n".join(letter.signature))
    atomic_write(out, finish(pdf, password=password), what="saving the letter")
    return out


__all__ = ["save_notice_pdf"]

"""A notice of closure (domain/closure_notice.py) as the encrypted PDF the therapist prints and mails:
the request letters' page (services/letter_pdf.py), with the inside address an envelope's window
shows, since these letters go out by the hundred and each to its own addressee."""

from __future__ import annotations

from pathlib import Path

from vault_app.domain.closure_notice import ClosureNotice
from vault_app.services.letter_pdf import save_letter_pdf


def save_notice_pdf(notice: ClosureNotice, out: Path, *, password: str) -> Path:
    return save_letter_pdf(notice.letter, out, password=password, address=notice.address)


__all__ = ["save_notice_pdf"]

"""A notice of closure (domain/closure_notice.py) as the encrypted PDF the therapist prints and mails:
the request letters' page (services/letter_pdf.py), with the inside address an envelope's window
shows, since these letters go out by the hundred and each to its own addressee (none on a letter
that goes not by mail).

Written only where no file is (storage/new_file.write_new): a file another program made in the
folder after it was checked is left as it is, and named."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from vault_app.domain.closure_notice import ClosureNotice
from vault_app.domain.errors import InvalidInput
from vault_app.domain.letters import Letter
from vault_app.services.letter_pdf import letter_pdf_bytes
from vault_app.storage.new_file import write_new


def notice_pdf_bytes(letter: Letter, address: Sequence[str], *, password: str) -> bytes:
    return letter_pdf_bytes(letter, password=password, address=address)


def write_pdf(data: bytes, out: Path) -> Path:
    """`data` as the new file `out`, or the sentence naming the file that took its place meanwhile."""
    try:
        write_new(out, data, what="saving the letter")
    except FileExistsError:
        raise InvalidInput(f"The file {out.name} appeared in the letter's folder while the letters were written "
                           "(another program made it): it was left as it is.",
                           hint="Move it away or choose another folder, then write again.",
                           code="closure.file_appeared", params={"name": out.name, "folder": str(out.parent)},
                           field="folder") from None
    return out


def save_notice_pdf(notice: ClosureNotice, out: Path, *, password: str) -> bytes:
    """The notice written to `out` (never over a file there); its bytes, whose digest the ledger keeps."""
    data = notice_pdf_bytes(notice.letter, notice.address, password=password)
    write_pdf(data, out)
    return data


__all__ = ["notice_pdf_bytes", "save_notice_pdf", "write_pdf"]

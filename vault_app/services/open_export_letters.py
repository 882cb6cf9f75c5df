"""The notices of closure a chart was sent (services/closure_letters_kept.py), in its complete open
export (services/open_export.py): in chart.json's `closure_letters`, each letter's words as
`letters/closure/<letter id>.txt`, and on a page of the readable copy.

Why they go (docs/open-export.md): the client's right of access reaches the designated record set
(45 CFR 164.524(a)(1)), which holds the provider's medical records about the individual and any
record used to make decisions about them (164.501, "designated record set"). The notice is kept in
the chart, is about the client (their last session, who keeps their records and until when, where a
copy is asked for, how they asked to be reached) and is what a successor acts on. Found by the round's
brief: the export of "the whole chart" left them out."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from vault_app.storage import closure_letters as store
from vault_app.storage.closure_letters import KeptClosureLetter

if TYPE_CHECKING:
    from vault_app.services.pdf_document import StampedPDF
    from vault_app.services.vault import Vault

HOW = {"mail": "by mail", "safe_address": "by mail to the address the client asked for",
       "not_by_mail": "not by mail, the way the client asked"}


def closure_letters(vault: Vault, client_id: str) -> list[KeptClosureLetter]:
    """The notices the chart was sent, the oldest first."""
    return store.for_client(vault.records, client_id)


def text_file(letter: KeptClosureLetter) -> str:
    return f"letters/closure/{letter.letter_id}.txt"


def letters_json(letters: list[KeptClosureLetter]) -> list[dict[str, Any]]:
    return [{"letter_id": k.letter_id, "letter_date": k.letter_date.isoformat(), "closes_on": k.closes_on.isoformat(),
             "language": k.language, "delivery": k.delivery, "address": list(k.address), "text": k.body,
             "sha256": k.sha256, "text_file": text_file(k)} for k in letters]


def letter_files(letters: list[KeptClosureLetter]) -> list[tuple[str, bytes, str]]:
    return [(text_file(k), k.body.encode("utf-8"), f"Notice of closure {k.letter_date.isoformat()}") for k in letters]


def render(pdf: StampedPDF, letters: list[KeptClosureLetter], day: Callable[[date], str]) -> None:
    """Each notice as sent, on the readable copy's pages."""
    if not letters:
        return
    pdf.add_page()
    pdf.heading("Notices of closure sent", 12)
    for k in letters:
        pdf.subheading(f"{day(k.letter_date)}: the practice closing on {day(k.closes_on)}, sent {HOW[k.delivery]}")
        if k.address:
            pdf.para("To: " + ", ".join(k.address), 9)
        pdf.para(k.body, 9.5)


__all__ = ["closure_letters", "letter_files", "letters_json", "render", "text_file"]

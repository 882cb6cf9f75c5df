"""Corrections of an attached document's title and date: what a change row holds, and the
checks a new title passes. The document's bytes never change; only what the chart says of it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from vault_app.domain.clinical import clean_text
from vault_app.domain.clinical_documents import Attachment
from vault_app.domain.errors import InvalidInput
from vault_app.domain.names import character_kind, check_name, printable_name

EditedField = Literal["title", "document_date"]
# The title goes on one line of the chart's list and into file names of copies: as a file name.
MAX_TITLE = 255


@dataclass(frozen=True)
class AttachmentChange:
    """One field of a document changed: the values before and after ("" for none; a date as
    YYYY-MM-DD), who changed it and when (UTC)."""

    attachment_id: str
    field: EditedField
    before: str
    after: str
    author: str
    changed_at: str


def title_of(meta: Attachment) -> str:
    """The title the chart shows: the one given (or brought by an import), else the file name."""
    return meta.description or meta.filename


def title_from_file_name(stem: str) -> str:
    """A title made from a file's name (an import): line breaks and tabs, legal in file names
    on macOS and Linux, become single spaces, so it is one line as `clean_title` asks of a
    typed one; a control character or text-direction override (an ANSI escape, U+202E, which
    makes "invoice<U+202E>fdp.exe" read "invoiceexe.pdf") shows as a visible \\uXXXX (a name
    is not refused: the document still comes in, and the therapist sees what was there)."""
    return printable_name(" ".join(stem.split()))[:MAX_TITLE]


def file_name_from_import(name: str) -> str:
    """The name a document brought by an import is kept under, and offered again when a copy
    is saved: each control character or text-direction override becomes "_" (a backslash
    escape would be a folder separator on Windows), so the name saved reads as it is."""
    return "".join("_" if character_kind(ch) is not None else ch for ch in name)


def clean_title(value: str | None) -> str:
    title = clean_text(value, "title", required=True, max_len=MAX_TITLE, field="title")
    if any(ch in title for ch in "\r\n\t"):
        raise InvalidInput("The title must be one line.", hint="Type it without line breaks or tabs.",
                           code="attachment.title_one_line", field="title")
    # A typed title passes the rule of a typed name: no control character, no direction override.
    return check_name(title, "title", required=True, max_len=MAX_TITLE, field="title")


__all__ = ["MAX_TITLE", "AttachmentChange", "EditedField", "clean_title", "file_name_from_import", "title_of"]

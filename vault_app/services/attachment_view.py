"""Reading an attached document to show it in the app, in memory only.

The body is decrypted from the blob store a segment at a time into memory, up to a limit,
and handed to the viewer (gui/attachment_viewer.py); nothing of it is written anywhere: no
temporary file, no cache (docs/gui.md). A body over the limit is refused before its first
byte is read, and the message offers a copy instead. PDFs are read a page at a time on the
worker (`PdfPages`), from the bytes the viewer holds: each page's text and the images on it
(a scan is an image per page), since this Qt has no PDF module to draw pages with.
"""

from __future__ import annotations

import contextlib
import io
import logging
from dataclasses import dataclass

import pypdf

from vault_app.domain.clinical_documents import MAX_ATTACHMENT_BYTES, Attachment
from vault_app.domain.errors import InvalidInput, NotFound
from vault_app.services import attachment_blobs
from vault_app.services.attachments import get_attachment
from vault_app.services.clinical_common import audit
from vault_app.services.vault import Vault

# Every attachment the app takes fits (25 MiB); a body stored before that limit may not.
VIEW_LIMIT = MAX_ATTACHMENT_BYTES
# A page's text beyond this is left out (a page of text is a few thousand characters).
MAX_PAGE_TEXT = 200_000
# Images past this many on one page are left out (a scan has one; a brochure a few).
MAX_PAGE_IMAGES = 8
SAVE_INSTEAD = "Save a copy and open it in another program (the copy is recorded in the chart's history)."

# pypdf reports harmless oddities of real-world PDFs as warnings (services/importers does the same).
logging.getLogger("pypdf").setLevel(logging.ERROR)


class TooLargeToView(InvalidInput):
    """The document is too large to show in the app; a copy can still be saved."""


@dataclass(frozen=True)
class Viewed:
    meta: Attachment
    data: bytes


def read_for_view(vault: Vault, attachment_id: str, *, limit: int = VIEW_LIMIT) -> Viewed:
    """The document's bytes in memory, read within `limit` (logged as attachment.viewed)."""
    meta = get_attachment(vault, attachment_id)
    if meta.size > limit:
        raise too_large(meta.size, limit)
    parts = attachment_blobs.stream(vault, attachment_id)
    if parts is None:
        raise NotFound("No attachment with that id.", code="attachment.id_not_found")
    kept: list[bytes] = []
    total = 0
    for part in parts:
        total += len(part)
        if total > limit:  # the row's size said less: the body is refused all the same
            raise too_large(total, limit)
        kept.append(part)
    audit(vault, "attachment.viewed", client_id=meta.client_id, attachment_id=attachment_id)
    return Viewed(meta, b"".join(kept))


def too_large(size: int, limit: int) -> TooLargeToView:
    """The refusal of a body over `limit` (a document's, or a psychotherapy note's original)."""
    return TooLargeToView(f"This document is too large to show here ({_mib(size)} MB; at most {_mib(limit)} MB).",
                          hint=SAVE_INSTEAD, code="attachment.too_large_to_show",
                          params={"size": _mib(size), "max": _mib(limit)})


def _mib(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".rstrip("0").rstrip(".")


def text_of(data: bytes) -> str:
    """A text document (an imported secure message) as text; bytes that are not UTF-8 show as �."""
    return data.decode("utf-8", errors="replace")


@dataclass(frozen=True)
class PdfPage:
    number: int  # from 1
    text: str
    images: tuple[bytes, ...]  # image files as the PDF holds them (JPEG, PNG...), for the viewer to decode
    images_left_out: int


class PdfPages:
    """A PDF held in memory, read a page at a time. Only the worker uses it (pypdf is not
    thread-safe, and parsing a page takes time the GUI thread must not spend)."""

    def __init__(self, data: bytes) -> None:
        try:
            self._reader = pypdf.PdfReader(io.BytesIO(data))
            encrypted = self._reader.is_encrypted
            self.count = 0 if encrypted else len(self._reader.pages)
        except Exception:  # pypdf raises many types for a damaged file
            raise InvalidInput("This PDF could not be read: it may be damaged.", hint=SAVE_INSTEAD,
                               code="pdf.unreadable") from None
        if encrypted:
            raise InvalidInput("This PDF is locked with a password of its own, so it cannot be shown here.",
                               hint=SAVE_INSTEAD, code="pdf.password")
        if self.count == 0:
            raise InvalidInput("This PDF has no pages.", hint=SAVE_INSTEAD, code="pdf.no_pages")

    def page(self, index: int) -> PdfPage:
        if not 0 <= index < self.count:
            raise InvalidInput(f"This PDF has pages 1 to {self.count}.", code="pdf.page_range",
                               params={"count": self.count})
        try:
            page = self._reader.pages[index]
            text = (page.extract_text() or "")[:MAX_PAGE_TEXT]
        except Exception:
            raise InvalidInput(f"Page {index + 1} of this PDF could not be read.", hint=SAVE_INSTEAD,
                               code="pdf.page_unreadable", params={"page": index + 1}) from None
        try:
            listed = page.images
            found = len(listed)
        except Exception:
            return PdfPage(index + 1, text.strip(), (), 0)
        images: list[bytes] = []
        for i in range(min(found, MAX_PAGE_IMAGES)):
            # An image pypdf cannot decode is counted as left out: the text and the others still show.
            with contextlib.suppress(Exception):
                images.append(listed[i].data)
        return PdfPage(index + 1, text.strip(), tuple(images), found - len(images))

__all__ = ["VIEW_LIMIT", "PdfPage", "PdfPages", "TooLargeToView", "Viewed", "read_for_view", "text_of", "too_large"]

"""A chart's documents: the scans attached to it (what kinds, which file types, how large) and
where an imported note came from (its provenance, kept beside the original file).

Apart from `domain/clinical.py` (clients, cases, sessions, plans) because these describe files
rather than the chart's own records: the checks read the bytes themselves (their magic, their
size), and the importers, the attachment services and the export gate use them without the rest
of the chart. Pure data and rules, no I/O; messages never quote what the file held.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any, Literal, get_args

from vault_app.domain.errors import InvalidInput

AttachmentKind = Literal[
    "consent", "authorization", "court_order", "custody_order", "other",
    # What an import from another records system brings (migration 0080 widens the CHECK).
    "imported_note", "treatment_plan", "questionnaire", "billing", "message", "stored_document",
]
ATTACHMENT_KINDS: tuple[str, ...] = get_args(AttachmentKind)


# --- attachments ----------------------------------------------------------------------
MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
# What to do about a scan over the limit (the message alone left the therapist stuck).
TOO_LARGE_HINT = ("Scan it again at a lower resolution (200 dpi is enough to read a signature) or in black "
                  "and white, or scan it in parts and attach each.")
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
)


def sniff_media_type(data: bytes) -> str:
    """PDF, PNG or JPEG by their magic bytes; anything else is refused."""
    if not data:
        raise InvalidInput("The attachment is empty.", code="attachment.empty")
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise InvalidInput(f"The attachment is too large (at most {MAX_ATTACHMENT_BYTES // (1024 * 1024)} MB).",
                           hint=TOO_LARGE_HINT, code="attachment.too_large",
                           params={"max_mib": MAX_ATTACHMENT_BYTES // (1024 * 1024)})
    for magic, media_type in _MAGIC:
        if data.startswith(magic):
            return media_type
    raise InvalidInput(
        "The attachment is not a PDF, PNG or JPEG file.", hint="Scan the document as PDF or image and attach that.",
        code="attachment.not_pdf_or_image",
    )


@dataclass(frozen=True)
class Attachment:
    """A scanned document kept inside the compartment; the bytes are fetched separately."""

    attachment_id: str
    client_id: str
    kind: AttachmentKind
    filename: str
    media_type: str
    size: int
    sha256: str
    description: str = ""
    document_date: date | None = None
    created_at: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def sniff_imported_media_type(data: bytes) -> str:
    """As sniff_media_type, plus UTF-8 text: secure messages arrive from other systems as .txt."""
    try:
        return sniff_media_type(data)
    except InvalidInput:
        if not data or len(data) > MAX_ATTACHMENT_BYTES or b"\x00" in data:
            raise
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            raise InvalidInput("The file is not a PDF, PNG, JPEG or UTF-8 text file.",
                               code="attachment.not_pdf_image_or_text") from None
        return "text/plain"


# --- provenance of imported notes ------------------------------------------------------
@dataclass(frozen=True)
class NoteProvenance:
    """Where an imported note came from. The vault never signs it in the therapist's name:
    a note signed in the previous system keeps that signer and time, as text, here."""

    note_id: str
    client_id: str
    note_kind: str  # "progress" or "psychotherapy"
    source_system: str  # e.g. "SimplePractice"
    source_id: str  # the previous system's id of the note
    source_title: str = ""  # e.g. "Progress Note", "Intake Note"
    signed_by: str = ""  # as printed by the previous system; "" when it was not signed there
    signed_on: str = ""  # as printed, e.g. "03/05/2024 at 04:12 PM ET"
    original_sha256: str = ""  # SHA-256 of the original file (kept as an attachment)
    original_attachment_id: str | None = None
    imported_at: str = ""

    @property
    def signed_elsewhere(self) -> bool:
        return bool(self.signed_by)

    def describe(self) -> str:
        if self.signed_by:
            return (f"imported from {self.source_system}, signed in the previous system by "
                    f"{self.signed_by} on {self.signed_on}")
        return f"imported from {self.source_system}, not signed in the previous system"

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

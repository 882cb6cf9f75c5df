"""Scanned documents (consent forms, authorizations, court and custody orders): metadata in
records.db, bodies sealed in the vault's blob store under the chart's key
(services/attachment_blobs.py); never written out as plaintext files by the vault."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path, PurePath

from vault_app.domain.clinical import choice, clean_text, new_id, parse_date
from vault_app.domain.clinical_documents import (
    ATTACHMENT_KINDS,
    MAX_ATTACHMENT_BYTES,
    TOO_LARGE_HINT,
    Attachment,
    sniff_imported_media_type,
    sniff_media_type,
)
from vault_app.domain.errors import InvalidInput, NotFound
from vault_app.services import attachment_blobs, older_copy_destroyed, output_file
from vault_app.services.clinical_common import audit, now_iso, require_client
from vault_app.services.vault import Vault
from vault_app.storage import clinical_attachments
from vault_app.storage.files import atomic_write, read_limited


def add_attachment(
    vault: Vault,
    client_id: str,
    data: bytes,
    *,
    kind: str,
    filename: str = "",
    description: str = "",
    document_date: date | str | None = None,
) -> Attachment:
    """Store a PDF, PNG or JPEG (checked by its magic bytes, size-limited) in the chart."""
    require_client(vault, client_id)
    older_copy_destroyed.refuse_destroyed_there(vault, client_id)  # nothing added to a chart destroyed there
    choice(kind, ATTACHMENT_KINDS, "attachment kind")
    if not isinstance(data, bytes | bytearray):
        raise InvalidInput("The attachment must be file contents (bytes).")
    media_type = sniff_media_type(bytes(data))
    # Keep only the base name: a path could reveal folder names on the therapist's machine.
    name = clean_text(PurePath(filename or "").name, "file name", max_len=255, field="file_name")
    attachment = Attachment(
        attachment_id=new_id(),
        client_id=client_id,
        kind=kind,  # type: ignore[arg-type]
        filename=name,
        media_type=media_type,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        description=clean_text(description, "description"),
        document_date=parse_date(document_date, "document date", allow_future=False),
        created_at=now_iso(),
    )
    # The blob is whole and flushed before the row names it (a kill in between leaves an
    # orphan blob and its intent, scrubbed at the next unlock, never a row without its body).
    sealed = attachment_blobs.store(vault, client_id, bytes(data))
    with vault.records.transaction():
        clinical_attachments.insert(vault.records, attachment, sealed.blob_id, sealed.generation)
        attachment_blobs.row_committed(vault, sealed.blob_id)
    audit(vault, "attachment.added", client_id=client_id, attachment_id=attachment.attachment_id, kind=kind,
          content_mac=vault.content_mac(attachment.sha256))
    return attachment


def read_document(path: str | Path, what: str = "attachment") -> bytes:
    """A scan from disk, its size limit enforced while reading (never /dev/zero into memory)."""
    return read_limited(path, MAX_ATTACHMENT_BYTES, what, TOO_LARGE_HINT, "attachment.too_large")


def get_attachment(vault: Vault, attachment_id: str) -> Attachment:
    found = clinical_attachments.get(vault.records, attachment_id) if isinstance(attachment_id, str) else None
    if found is None:
        raise NotFound("No attachment with that id.", code="attachment.id_not_found")
    # Every way to a document goes through here (show, view, save a copy, rename): an older copy put
    # back after its chart's destruction showed and changed them (found by a walker).
    older_copy_destroyed.refuse_destroyed_there(vault, found.client_id)
    return found


def read_attachment(vault: Vault, attachment_id: str) -> tuple[Attachment, bytes]:
    """The document's bytes (logged as attachment.viewed)."""
    meta = get_attachment(vault, attachment_id)
    data = attachment_blobs.body(vault, attachment_id)
    if data is None:
        raise NotFound("No attachment with that id.", code="attachment.id_not_found")
    audit(vault, "attachment.viewed", client_id=meta.client_id, attachment_id=attachment_id)
    return meta, data


def save_copy(vault: Vault, attachment_id: str, destination: Path) -> Path:
    """Write an unencrypted copy of a scan where the user chose (owner-only permissions).

    Logged as attachment.copied. A copy that then leaves the practice is a disclosure
    and belongs in the disclosure record (disclose-manual), which the GUI says.
    """
    output_file.refuse_kept_places(destination.absolute(), "copy")
    meta = get_attachment(vault, attachment_id)
    data = attachment_blobs.body(vault, attachment_id)
    if data is None:
        raise NotFound("No attachment with that id.", code="attachment.id_not_found")
    if destination.exists() and destination.is_dir():
        raise InvalidInput("Choose a file name, not a folder.", code="file.is_folder")
    atomic_write(destination, data, what="saving a copy of the attachment")
    audit(vault, "attachment.copied", client_id=meta.client_id, attachment_id=attachment_id)
    return destination


def list_attachments(vault: Vault, client_id: str, *, kind: str | None = None) -> list[Attachment]:
    require_client(vault, client_id)
    older_copy_destroyed.refuse_destroyed_there(vault, client_id)
    if kind is not None:
        choice(kind, ATTACHMENT_KINDS, "attachment kind")
    return clinical_attachments.list_for_client(vault.records, client_id, kind)


def import_attachment(
    vault: Vault,
    client_id: str,
    data: bytes,
    *,
    kind: str,
    filename: str = "",
    description: str = "",
    document_date: date | str | None = None,
    sealed: attachment_blobs.SealedBlob | None = None,
) -> Attachment:
    """A document brought in by an import (services/importers/): PDF, PNG, JPEG or UTF-8 text
    (secure messages). It joins the caller's records transaction and logs nothing itself:
    the importer writes one import.chart ledger entry per chart, with the counts. The caller
    holds attachment_blobs.writes_in_transaction (a rolled back chart leaves blobs).
    `sealed`: the body is already whole in the blob store under the chart's key of that
    generation (the import seals its blobs on a thread of its own, before the chart's short
    transaction: a Replace every key meanwhile leaves them under the generation they were
    sealed with, which the row records)."""
    require_client(vault, client_id)
    choice(kind, ATTACHMENT_KINDS, "attachment kind")
    media_type = sniff_imported_media_type(bytes(data))
    attachment = Attachment(
        attachment_id=new_id(),
        client_id=client_id,
        kind=kind,  # type: ignore[arg-type]
        filename=clean_text(PurePath(filename or "").name, "file name", max_len=255, field="file_name"),
        media_type=media_type,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        description=clean_text(description, "description"),
        document_date=parse_date(document_date, "document date", allow_future=False),
        created_at=now_iso(),
    )
    # The blob is whole and flushed before the row names it (a kill in between leaves an
    # orphan blob and its intent, scrubbed at the next unlock, never a row without its body).
    if sealed is None:
        sealed = attachment_blobs.store(vault, client_id, bytes(data))
    with vault.records.transaction():
        clinical_attachments.insert(vault.records, attachment, sealed.blob_id, sealed.generation)
        attachment_blobs.row_committed(vault, sealed.blob_id)
    return attachment


__all__ = ["add_attachment", "get_attachment", "import_attachment", "list_attachments", "read_attachment"]

"""Attachments: the metadata of scanned documents in records.db. Their bodies are in the
blob store (storage/blob_store.py, the row's blob_id); rows of vaults made before it may
still hold the body inline (data), until services/attachment_blobs.py moves it."""

from __future__ import annotations

from datetime import date
from typing import Any

from vault_app.domain.attachment_edits import AttachmentChange
from vault_app.domain.clinical_documents import Attachment
from vault_app.storage.clinical_rows import d2s, s2d
from vault_app.storage.compartment import Compartment

_COLS = "attachment_id, client_id, kind, filename, media_type, size, sha256, description, document_date, created_at"


def _attachment(r: Any) -> Attachment:
    return Attachment(
        attachment_id=r["attachment_id"], client_id=r["client_id"], kind=r["kind"], filename=r["filename"],
        media_type=r["media_type"], size=int(r["size"]), sha256=r["sha256"], description=r["description"],
        document_date=s2d(r["document_date"]), created_at=r["created_at"],
    )


def insert(db: Compartment, a: Attachment, blob_id: str, key_generation: int) -> None:
    """A row whose body is the blob `blob_id` (already whole on disk), sealed under the
    chart's key of `key_generation` (the generation it was sealed under, not the current one)."""
    db.execute(
        f"INSERT INTO attachments ({_COLS}, data, blob_id, key_generation) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, x'', ?, ?)",
        (a.attachment_id, a.client_id, a.kind, a.filename, a.media_type, a.size, a.sha256, a.description,
         d2s(a.document_date), a.created_at, blob_id, key_generation),
    )


def insert_inline(db: Compartment, a: Attachment, data: bytes) -> None:
    """A row holding its body inline, as vaults before the blob store did (tests of the move)."""
    db.execute(
        f"INSERT INTO attachments ({_COLS}, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (a.attachment_id, a.client_id, a.kind, a.filename, a.media_type, a.size, a.sha256, a.description,
         d2s(a.document_date), a.created_at, data),
    )


def body_ref(db: Compartment, attachment_id: str) -> tuple[str, str | None] | None:
    """(client id, blob id or None when the body is inline) of an attachment."""
    row = db.query_one("SELECT client_id, blob_id FROM attachments WHERE attachment_id = ?", (attachment_id,))
    return (str(row["client_id"]), row["blob_id"]) if row else None


def sealed_ref(db: Compartment, attachment_id: str) -> tuple[str, str | None, int] | None:
    """`body_ref` with the generation of the chart key its blob was sealed under."""
    row = db.query_one("SELECT client_id, blob_id, key_generation FROM attachments WHERE attachment_id = ?",
                       (attachment_id,))
    return (str(row["client_id"]), row["blob_id"], int(row["key_generation"])) if row else None


def inline_data(db: Compartment, attachment_id: str) -> bytes | None:
    row = db.query_one("SELECT data FROM attachments WHERE attachment_id = ? AND blob_id IS NULL", (attachment_id,))
    return bytes(row["data"]) if row else None


def charts_with_inline(db: Compartment) -> list[str]:
    return [str(r["client_id"]) for r in db.query(
        "SELECT DISTINCT client_id FROM attachments WHERE blob_id IS NULL ORDER BY client_id")]


def inline_of_chart(db: Compartment, client_id: str) -> list[str]:
    return [str(r["attachment_id"]) for r in db.query(
        "SELECT attachment_id FROM attachments WHERE client_id = ? AND blob_id IS NULL ORDER BY attachment_id",
        (client_id,))]


def move_to_blob(db: Compartment, attachment_id: str, blob_id: str, key_generation: int) -> None:
    """Point the row at its blob (sealed under the chart key of `key_generation`) and empty
    its inline copy (the caller has secure_delete on, so the old bytes are zeroed in the page)."""
    db.execute("UPDATE attachments SET blob_id = ?, key_generation = ?, data = x'' "
               "WHERE attachment_id = ? AND blob_id IS NULL", (blob_id, key_generation, attachment_id))


def blob_ids(db: Compartment) -> set[str]:
    """Every blob id rows name (read from the attachments_blob index alone)."""
    return {str(r["blob_id"]) for r in db.query("SELECT blob_id FROM attachments WHERE blob_id IS NOT NULL")}


def referenced_blobs(db: Compartment) -> dict[str, str]:
    """blob id -> client id of every attachment kept in the blob store."""
    return {str(r["blob_id"]): str(r["client_id"])
            for r in db.query("SELECT blob_id, client_id FROM attachments WHERE blob_id IS NOT NULL")}


def referenced_sealed(db: Compartment) -> dict[str, tuple[str, int]]:
    """blob id -> (client id, key generation) of every attachment kept in the blob store."""
    return {str(r["blob_id"]): (str(r["client_id"]), int(r["key_generation"]))
            for r in db.query("SELECT blob_id, client_id, key_generation FROM attachments WHERE blob_id IS NOT NULL")}


def get(db: Compartment, attachment_id: str) -> Attachment | None:
    row = db.query_one(f"SELECT {_COLS} FROM attachments WHERE attachment_id = ?", (attachment_id,))
    return _attachment(row) if row else None


def list_for_client(db: Compartment, client_id: str, kind: str | None = None) -> list[Attachment]:
    sql = f"SELECT {_COLS} FROM attachments WHERE client_id = ?"
    params: list[Any] = [client_id]
    if kind:
        sql += " AND kind = ?"
        params.append(kind)
    return [_attachment(r) for r in db.query(sql + " ORDER BY created_at, attachment_id", params)]


# --- corrections of the title and date (services/attachment_edits.py) ----------------------
def set_title_and_date(db: Compartment, attachment_id: str, title: str, document_date: date | None) -> None:
    """The title is the description column: what an import stored as a document's title."""
    db.execute("UPDATE attachments SET description = ?, document_date = ? WHERE attachment_id = ?",
               (title, d2s(document_date), attachment_id))


def add_change(db: Compartment, client_id: str, change: AttachmentChange) -> None:
    db.execute(
        "INSERT INTO attachment_changes (attachment_id, client_id, field, before, after, author, changed_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (change.attachment_id, client_id, change.field, change.before, change.after, change.author,
         change.changed_at))


def changes_of(db: Compartment, attachment_id: str) -> list[AttachmentChange]:
    return [AttachmentChange(str(r["attachment_id"]), r["field"], str(r["before"]), str(r["after"]),
                             str(r["author"]), str(r["changed_at"]))
            for r in db.query("SELECT attachment_id, field, before, after, author, changed_at FROM attachment_changes "
                              "WHERE attachment_id = ? ORDER BY seq", (attachment_id,))]

"""Attachments: scanned documents stored as BLOBs inside records.db."""

from __future__ import annotations

from typing import Any

from vault_app.domain.clinical import Attachment
from vault_app.storage.clinical_rows import d2s, s2d
from vault_app.storage.compartment import Compartment

_COLS = "attachment_id, client_id, kind, filename, media_type, size, sha256, description, document_date, created_at"


def _attachment(r: Any) -> Attachment:
    return Attachment(
        attachment_id=r["attachment_id"], client_id=r["client_id"], kind=r["kind"], filename=r["filename"],
        media_type=r["media_type"], size=int(r["size"]), sha256=r["sha256"], description=r["description"],
        document_date=s2d(r["document_date"]), created_at=r["created_at"],
    )


def insert(db: Compartment, a: Attachment, data: bytes) -> None:
    db.execute(
        f"INSERT INTO attachments ({_COLS}, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (a.attachment_id, a.client_id, a.kind, a.filename, a.media_type, a.size, a.sha256, a.description,
         d2s(a.document_date), a.created_at, data),
    )


def get(db: Compartment, attachment_id: str) -> Attachment | None:
    row = db.query_one(f"SELECT {_COLS} FROM attachments WHERE attachment_id = ?", (attachment_id,))
    return _attachment(row) if row else None


def data(db: Compartment, attachment_id: str) -> bytes | None:
    row = db.query_one("SELECT data FROM attachments WHERE attachment_id = ?", (attachment_id,))
    return bytes(row["data"]) if row else None


def list_for_client(db: Compartment, client_id: str, kind: str | None = None) -> list[Attachment]:
    sql = f"SELECT {_COLS} FROM attachments WHERE client_id = ?"
    params: list[Any] = [client_id]
    if kind:
        sql += " AND kind = ?"
        params.append(kind)
    return [_attachment(r) for r in db.query(sql + " ORDER BY created_at, attachment_id", params)]

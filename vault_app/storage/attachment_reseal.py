"""The rows the re-sealing of earlier-generation blobs reads and switches
(services/blob_reseal.py): the only SQL for it.

A blob sealed under an earlier generation of its chart's key is opened by the key an older
copy of records.db holds; the re-sealing writes it again under the chart's current key into
a new blob, then switches the row here, in one short transaction, only if the row still
names the old blob.
"""

from __future__ import annotations

from typing import NamedTuple

from vault_app.storage.compartment import Compartment


class Earlier(NamedTuple):
    """An attachment whose blob is sealed under an earlier generation than its chart's current one."""

    attachment_id: str
    client_id: str
    blob_id: str
    generation: int


def earlier_sealed(db: Compartment) -> list[Earlier]:
    """Every attachment whose blob is under an earlier generation of its chart's key, chart by chart."""
    return [Earlier(str(r["attachment_id"]), str(r["client_id"]), str(r["blob_id"]), int(r["key_generation"]))
            for r in db.query(
                "SELECT a.attachment_id, a.client_id, a.blob_id, a.key_generation FROM attachments a "
                "JOIN chart_keys k ON k.client_id = a.client_id "
                "WHERE a.blob_id IS NOT NULL AND a.key_generation < k.generation "
                "ORDER BY a.client_id, a.attachment_id")]


def still_names(db: Compartment, attachment_id: str, blob_id: str, generation: int) -> bool:
    """The row still names that blob under that generation (no edit, delete or destruction since)."""
    return db.query_one("SELECT 1 FROM attachments WHERE attachment_id = ? AND blob_id = ? AND key_generation = ?",
                        (attachment_id, blob_id, generation)) is not None


def switch(db: Compartment, attachment_id: str, old_blob: str, new_blob: str, generation: int) -> bool:
    """Inside the caller's transaction: the row names the new blob and its generation, only if
    it still named the old one. Returns whether it did."""
    changed = db.execute("UPDATE attachments SET blob_id = ?, key_generation = ? "
                         "WHERE attachment_id = ? AND blob_id = ?",
                         (new_blob, generation, attachment_id, old_blob)).rowcount
    return int(changed) == 1


def earlier_generations_kept(db: Compartment) -> bool:
    """Any earlier generation's key still kept: the re-sealing's work, or its tidying (one read)."""
    return bool(db.scalar("SELECT EXISTS (SELECT 1 FROM chart_key_generations)"))

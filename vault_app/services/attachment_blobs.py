"""Attachment bodies in the blob store, under per-chart keys (issue 21, items 2 and 4).

Every reader of an attachment's bytes goes through `body` (or `stream`): it reads
the blob of a row that names one, or the inline BLOB of a row a vault made before the
blob store held it. New bodies go to the store with `store` (blob first, flushed; the
row that names it afterwards). After unlock, `move_inline` moves the old inline bodies
out of records.db chart by chart, and `sweep_orphans` scrubs blobs no row names (a
write killed before its row, or a destroyed chart's blobs).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from vault_app.domain.errors import VaultCorrupt, VaultError
from vault_app.services.fault_injection import crash_point
from vault_app.services.ledger import now_iso
from vault_app.services.vault import Vault
from vault_app.storage import blob_store, chart_keys, clinical_attachments, destruction_facts
from vault_app.storage import destruction_delete as deletion
from vault_app.storage.compartment import Compartment
from vault_app.storage.destruction_scan import Needle, needles_for

MOVED = "attachment.bodies_moved"


def chart_key(vault: Vault, client_id: str) -> bytes:
    return chart_keys.get_or_create(vault.records, client_id, now_iso())


def store(vault: Vault, client_id: str, data: bytes) -> str:
    """Seal `data` into a new blob of the chart; returns its id. The caller then inserts
    the row naming it (in its own transaction): if that never happens, the blob is an
    orphan that the next unlock scrubs."""
    blob_id = blob_store.new_blob_id()
    key = chart_key(vault, client_id)
    view = memoryview(data)
    step = blob_store.WRITE_STEP  # a segment at a time: no second whole copy in memory
    blob_store.write(vault.folder, blob_id, client_id, key,
                     (bytes(view[i:i + step]) for i in range(0, len(view), step)))
    return blob_id


def _key_for(db: Compartment, client_id: str) -> bytes:
    key = chart_keys.get(db, client_id)
    if key is None:
        # A row names a blob, but its chart has no key: only a damaged records.db does that.
        raise VaultCorrupt("An attachment's chart key is missing from the vault.",
                           hint="Restore the vault from a backup (vault-app backup restore).")
    return key


def stream(vault: Vault, attachment_id: str) -> Iterator[bytes] | None:
    """The body one segment at a time (bounded memory), None if no such attachment."""
    ref = clinical_attachments.body_ref(vault.records, attachment_id)
    if ref is None:
        return None
    client_id, blob_id = ref
    if blob_id is None:
        inline = clinical_attachments.inline_data(vault.records, attachment_id)
        return iter([inline]) if inline is not None else None
    return blob_store.read(vault.folder, blob_id, client_id, _key_for(vault.records, client_id))


def body(vault: Vault, attachment_id: str) -> bytes | None:
    """The whole body (attachments are at most 25 MiB), None if no such attachment."""
    parts = stream(vault, attachment_id)
    return b"".join(parts) if parts is not None else None


# --- after unlock: moving old inline bodies, sweeping orphans -----------------------------
def sweep_orphans(vault: Vault) -> list[str]:
    """Scrub every blob file no attachment row names, and temporary files a killed write
    left. Safe only where nothing else writes blobs meanwhile: the vault's one worker."""
    referenced = clinical_attachments.blob_ids(vault.records)
    removed = []
    stored, temps = blob_store.scan(vault.folder)
    for path in temps:
        blob_store.scrub(path)
        removed.append(path.name)
    for blob_id in stored:
        if blob_id not in referenced:
            blob_store.scrub_blob(vault.folder, blob_id)
            removed.append(blob_id)
    return removed


def move_inline(vault: Vault) -> int:
    """Move inline bodies into the blob store, one chart per transaction, resumable: each
    blob is written and flushed before the row points at it, so a kill leaves either the
    old inline row (and an orphan blob, swept) or the moved one."""
    db = vault.records
    charts = clinical_attachments.charts_with_inline(db)
    if not charts:
        return 0
    if not deletion.secure_delete_on(db):
        destruction_facts.enable_secure_delete(db)  # the emptied inline bytes are zeroed in their pages
    moved = 0
    for client_id in charts:
        key = chart_key(vault, client_id)
        with db.transaction():
            for attachment_id in clinical_attachments.inline_of_chart(db, client_id):
                data = clinical_attachments.inline_data(db, attachment_id)
                if data is None:
                    continue
                blob_id = blob_store.new_blob_id()
                blob_store.write(vault.folder, blob_id, client_id, key, [data])
                crash_point("inline_blob_written")
                clinical_attachments.move_to_blob(db, attachment_id, blob_id)
                moved += 1
        crash_point("inline_chart_moved")
    # The moved bodies' pages are free (and zeroed) now; VACUUM gives the space back once, so
    # records.db stops carrying them through every later rekey, page search and backup.
    deletion.compact(db)
    vault.ledger.append(MOVED, {"attachments": moved, "charts": len(charts)})
    return moved


def after_unlock(vault: Vault) -> None:
    """Hook (services/unlock_hooks.py): orphans first (a move killed mid-chart left some),
    then the move of what is still inline."""
    sweep_orphans(vault)
    move_inline(vault)


# --- checks used by destruction and backups -------------------------------------------------
def chart_needles(vault: Vault, client_id: str) -> list[Needle]:
    """Search strings from the bodies of the chart's attachments kept as blobs (kept in
    memory only). A body that cannot be read is left out: it must not stop a destruction."""
    out: list[Needle] = []
    for meta in clinical_attachments.list_for_client(vault.records, client_id):
        ref = clinical_attachments.body_ref(vault.records, meta.attachment_id)
        if ref is None or ref[1] is None:
            continue  # inline: the row capture has its bytes already
        try:
            data = body(vault, meta.attachment_id)
        except VaultError:
            continue
        if data:
            out.extend(needles_for(data, "data"))
    return out



def orphans(folder: Path, records: Compartment) -> list[str]:
    referenced = clinical_attachments.blob_ids(records)
    return [b for b in blob_store.stored_ids(folder) if b not in referenced]


def check_all(folder: Path, records: Compartment) -> list[str]:
    """Problems of the blob store of a vault folder (live or a backup copy): every blob a
    row names is there and every segment opens under its chart's key. Never the contents."""
    refs = [(b, c, chart_keys.get(records, c))
            for b, c in sorted(clinical_attachments.referenced_blobs(records).items())]
    return check_refs(folder, refs)


def check_refs(folder: Path, refs: list[tuple[str, str, bytes | None]]) -> list[str]:
    """`check_all` for (blob id, client id, chart key) read from a closed copy."""
    problems = []
    for blob_id, client_id, key in refs:
        if key is None:
            problems.append(f"attachment file {blob_id[:8]}…: its chart key is missing")
            continue
        try:
            blob_store.check(folder, blob_id, client_id, key)
        except VaultCorrupt as err:
            problems.append(f"attachment file {blob_id[:8]}…: {err.message}")
    return problems


# --- backups --------------------------------------------------------------------------------
def referenced(vault: Vault) -> list[str]:
    """Ids of the blobs records.db names now (call inside the backup's read snapshot)."""
    return sorted(clinical_attachments.referenced_blobs(vault.records))


def copy_blobs(source: Path, dest: Path, blob_ids: list[str]) -> None:
    """Copy blob files (ciphertext, unchanged) from one vault folder to another, owner-only."""
    for blob_id in blob_ids:
        blob_store.copy_file(source, dest, blob_id)


def move_blob_folder(staging: Path, to_dir: Path, safety_copy: Path | None) -> None:
    """Restore: the restored blobs take the place of the vault's. The replaced vault's
    blobs go with its safety copy (or, with none, are scrubbed: they belong to no
    restored row). Renames on one file system; the caller flushes `to_dir`."""
    blob_store.replace_folder(staging, to_dir, safety_copy)

"""Attachment bodies in the blob store, under per-chart keys (issue 21, items 2 and 4).

Every reader of an attachment's bytes goes through `body` (or `stream`): it reads
the blob of a row that names one, or the inline BLOB of a row a vault made before the
blob store held it. New bodies go to the store with `store` (blob first, flushed; the
row that names it afterwards). After unlock, `move_inline` moves the old inline bodies
out of records.db chart by chart, and `sweep_orphans` scrubs blobs no row names (a
write killed before its row, or a destroyed chart's blobs).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from vault_app.domain.errors import VaultCorrupt, VaultError
from vault_app.services.fault_injection import crash_point
from vault_app.services.ledger import now_iso
from vault_app.services.vault import Vault
from vault_app.storage import (
    blob_checks,
    blob_intents,
    blob_store,
    chart_keys,
    clinical_attachments,
    destruction_facts,
)
from vault_app.storage import destruction_delete as deletion
from vault_app.storage.compartment import Compartment
from vault_app.storage.destruction_scan import Needle, needles_for

MOVED = "attachment.bodies_moved"


class SealedBlob(NamedTuple):
    """A blob written whole, and the generation of the chart key it was sealed under: what
    the row that names it records (storage/clinical_attachments.insert)."""

    blob_id: str
    generation: int


def chart_key(vault: Vault, client_id: str) -> chart_keys.ChartKey:
    """The chart's current key and its generation (made on first need)."""
    return chart_keys.current_or_create(vault.records, client_id, now_iso())


def store(vault: Vault, client_id: str, data: bytes) -> SealedBlob:
    """Seal `data` into a new blob of the chart under its current key. The caller then
    inserts the row naming it (with its generation) and calls `row_committed` in that same
    transaction: if that never happens, the blob is an orphan that the next unlock scrubs
    (its intent is left)."""
    view = memoryview(data)
    step = blob_store.WRITE_STEP  # a segment at a time: no second whole copy in memory
    return store_chunks(vault, client_id, (bytes(view[i:i + step]) for i in range(0, len(view), step)))


def store_chunks(vault: Vault, client_id: str, chunks: Iterable[bytes]) -> SealedBlob:
    """`store` for a body given piece by piece."""
    blob_id = blob_store.new_blob_id()
    key = chart_key(vault, client_id)
    # Committed before the first byte of the blob when no transaction of the caller is open,
    # so a kill at any later point leaves an intent that names the blob. Inside a caller's
    # transaction it commits (or rolls back) with the row: such callers hold
    # `writes_in_transaction`, whose FULL_SWEEP intent covers a rollback or a kill.
    blob_intents.add(vault.records, blob_id, now_iso())
    crash_point("blob_intent_committed")
    blob_store.write(vault.folder, blob_id, client_id, key.key, chunks)
    crash_point("attachment_blob_written")
    return SealedBlob(blob_id, key.generation)


def row_committed(vault: Vault, blob_id: str) -> None:
    """Inside the transaction that inserts the row naming `blob_id`: its intent goes with it."""
    blob_intents.clear(vault.records, blob_id)


@contextlib.contextmanager
def writes_in_transaction(vault: Vault) -> Iterator[None]:
    """For a caller that writes blobs inside its own records.db transaction (an import, one
    chart per transaction): a FULL_SWEEP intent is committed first, so a kill or a rolled
    back chart anywhere inside leaves the next unlock a full sweep to do. Left normally,
    the full sweep runs here (the caller is the vault's one worker) and the intents go."""
    db = vault.records
    if db.in_transaction:
        raise RuntimeError("writes_in_transaction must begin outside a records transaction")
    blob_intents.add(db, blob_intents.FULL_SWEEP, now_iso())
    yield
    sweep_orphans(vault)
    blob_intents.clear_all(db)


def _key_for(db: Compartment, client_id: str, generation: int) -> bytes:
    """The chart's key of the generation the blob was sealed under."""
    key = chart_keys.at(db, client_id, generation)
    if key is None:
        # A row names a blob, but its chart has no key: only a damaged records.db does that.
        raise VaultCorrupt("An attachment's chart key is missing from the vault.",
                           hint="Restore the vault from a backup (vault-app backup restore).",
                           code="attachment.chart_key_missing")
    return key


def stream(vault: Vault, attachment_id: str) -> Iterator[bytes] | None:
    """The body one segment at a time (bounded memory), None if no such attachment."""
    ref = clinical_attachments.sealed_ref(vault.records, attachment_id)
    if ref is None:
        return None
    client_id, blob_id, generation = ref
    if blob_id is None:
        inline = clinical_attachments.inline_data(vault.records, attachment_id)
        return iter([inline]) if inline is not None else None
    return blob_store.read(vault.folder, blob_id, client_id, _key_for(vault.records, client_id, generation))


def body(vault: Vault, attachment_id: str) -> bytes | None:
    """The whole body (attachments are at most 25 MiB), None if no such attachment."""
    parts = stream(vault, attachment_id)
    return b"".join(parts) if parts is not None else None


# --- after unlock: moving old inline bodies, sweeping orphans -----------------------------
def sweep_intents(vault: Vault) -> list[str]:
    """The unlock's sweep: for each leftover intent, its blob (and a temporary file of it)
    is scrubbed unless a row names it; FULL_SWEEP runs `sweep_orphans`. Then the intents
    go. Costs what was interrupted (nothing after a clean session: one empty read).
    What it cannot see, a blob no intent names, is covered in docs/scaling.md."""
    db = vault.records
    pending = blob_intents.leftover(db)
    if not pending:
        return []
    if blob_intents.FULL_SWEEP in pending:
        removed = sweep_orphans(vault)
    else:
        removed = []
        for blob_id in pending:
            if not blob_store.is_blob_id(blob_id) or blob_intents.named_by_row(db, blob_id):
                continue  # committed: its row keeps it (or a name no blob can have)
            for path in blob_store.temp_files_of(vault.folder, blob_id):
                blob_store.scrub(path)
                removed.append(path.name)
            if blob_store.exists(vault.folder, blob_id):
                blob_store.scrub_blob(vault.folder, blob_id)
                removed.append(blob_id)
    crash_point("blob_intents_swept")
    blob_intents.clear_all(db)
    return removed


def sweep_orphans(vault: Vault) -> list[str]:
    """The full sweep: scrub every blob file no attachment row names, and temporary files
    a killed write left. O(attachments): a destruction, an import's end, and an unlock whose
    intents ask for it run it. Safe only where nothing else writes blobs meanwhile: the
    vault's one worker. A blob the re-sealing writes beside holds its intent
    (blob_intents.hold): its file is left to it (it scrubs or keeps it itself)."""
    referenced = clinical_attachments.blob_ids(vault.records) | blob_intents.held(vault.records)
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
    with writes_in_transaction(vault):
        moved = _move_charts(vault, charts)
    # The moved bodies' pages are free (and zeroed) now; VACUUM gives the space back once, so
    # records.db stops carrying them through every later rekey, page search and backup.
    deletion.compact(db)
    vault.ledger.append(MOVED, {"attachments": moved, "charts": len(charts)})
    return moved


def _move_charts(vault: Vault, charts: list[str]) -> int:
    db = vault.records
    moved = 0
    for client_id in charts:
        key = chart_key(vault, client_id)
        with db.transaction():
            for attachment_id in clinical_attachments.inline_of_chart(db, client_id):
                data = clinical_attachments.inline_data(db, attachment_id)
                if data is None:
                    continue
                blob_id = blob_store.new_blob_id()
                blob_store.write(vault.folder, blob_id, client_id, key.key, [data])
                crash_point("inline_blob_written")
                clinical_attachments.move_to_blob(db, attachment_id, blob_id, key.generation)
                moved += 1
        crash_point("inline_chart_moved")
    return moved


def after_unlock(vault: Vault) -> None:
    """Hook (services/unlock_hooks.py): the orphans of interrupted writes first (a move
    killed mid-chart left some), then the move of what is still inline."""
    sweep_intents(vault)
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


# The checks of every blob live in storage (services/vault.py's full check at unlock uses them).
check_all = blob_checks.check_all
check_refs = blob_checks.check_refs


# --- backups --------------------------------------------------------------------------------
def referenced(vault: Vault) -> list[str]:
    """Ids of the blobs records.db names now (call inside the backup's read snapshot)."""
    return sorted(clinical_attachments.referenced_blobs(vault.records))


def copy_blobs(source: Path, dest: Path, blob_ids: list[str]) -> None:
    """Copy blob files (ciphertext, unchanged) from one vault folder to another, owner-only."""
    for blob_id in blob_ids:
        blob_store.copy_file(source, dest, blob_id)



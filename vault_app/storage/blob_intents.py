"""Attachment blobs about to be written (records.db blob_intents): the only SQL for them.

An intent is committed before its blob file is written and removed in the transaction
that commits the attachment row naming the blob. Whatever intent is left after a session
names a blob that may be an orphan (services/attachment_blobs.py sweeps those at unlock).
FULL_SWEEP ('*') stands for blobs that no single intent could name (written inside a
caller's transaction that may never commit): the next unlock sweeps the whole folder.

A write beside the worker (the re-sealing, services/blob_reseal.py) also HOLDS its intent
on this connection, in a TEMP table (the connection's memory: temp_store = MEMORY), from
before its blob's first byte until its row names the blob or the file is scrubbed. A full
sweep ending in `clear_all` (an import's end) then leaves that intent and that file alone:
the file may be a temporary one still being written, or whole and not yet named, and
without its intent a kill before its row would leave it named by nothing. A kill or a lock
drops the hold with the connection; the intent stays on disk for the next unlock's sweep.
"""

from __future__ import annotations

from vault_app.storage.compartment import Compartment
from vault_app.storage.sql_lists import VALUES_OF, as_json

FULL_SWEEP = "*"
_HELD = "blob_intents_held"


def _held_table(db: Compartment) -> None:
    db.execute(f"CREATE TEMP TABLE IF NOT EXISTS {_HELD} (blob_id TEXT PRIMARY KEY)")


def add(db: Compartment, blob_id: str, created_at: str) -> None:
    """Inside the caller's transaction (or its own when there is none)."""
    with db.transaction():
        db.execute("INSERT OR IGNORE INTO blob_intents (blob_id, created_at) VALUES (?, ?)", (blob_id, created_at))


def clear(db: Compartment, blob_id: str) -> None:
    """Inside the transaction that commits the row naming `blob_id` (or the sweep's)."""
    with db.transaction():
        db.execute("DELETE FROM blob_intents WHERE blob_id = ?", (blob_id,))


def leftover(db: Compartment) -> list[str]:
    """Every intent still recorded (FULL_SWEEP included), oldest name order."""
    return [str(r["blob_id"]) for r in db.query("SELECT blob_id FROM blob_intents ORDER BY blob_id")]


def named_by_row(db: Compartment, blob_id: str) -> bool:
    """Whether an attachment row names the blob (one probe of the attachments_blob index)."""
    return db.query_one("SELECT 1 FROM attachments WHERE blob_id = ?", (blob_id,)) is not None


def clear_all(db: Compartment) -> None:
    """After a full sweep: every blob on disk is now named by a row, gone, or held (a write
    beside still under way keeps its intent)."""
    _held_table(db)
    # Not a change a backup must follow: a restore sweeps again whatever intents it holds.
    with db.transaction(), db.uncounted():
        db.execute(f"DELETE FROM blob_intents WHERE blob_id NOT IN (SELECT blob_id FROM temp.{_HELD})")


def hold(db: Compartment, blob_id: str, created_at: str) -> None:
    """The intent committed (`add`) and held on this connection until `release`."""
    _held_table(db)
    with db.transaction():
        add(db, blob_id, created_at)
        db.execute(f"INSERT OR IGNORE INTO temp.{_HELD} (blob_id) VALUES (?)", (blob_id,))


def release(db: Compartment, blob_id: str) -> None:
    """Held no more (its row names it now, or its file is gone); the intent itself is the caller's."""
    _held_table(db)
    db.execute(f"DELETE FROM temp.{_HELD} WHERE blob_id = ?", (blob_id,))


def held(db: Compartment) -> frozenset[str]:
    """The blobs written beside on this connection now: a full sweep leaves their files."""
    _held_table(db)
    return frozenset(str(r["blob_id"]) for r in db.query(f"SELECT blob_id FROM temp.{_HELD}"))


def any_but(db: Compartment, ours: tuple[str, ...]) -> bool:
    """An intent other than `ours`: a write (an import sealing beside, under a generation it
    read before) may still commit a row naming a generation no row names yet."""
    # One parameter however many are ours; an empty list is an empty set (every intent counts).
    return bool(db.scalar(f"SELECT EXISTS (SELECT 1 FROM blob_intents WHERE blob_id NOT IN {VALUES_OF})",
                          (as_json(ours),)))

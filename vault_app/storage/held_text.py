"""Text a dialog held when its compartment locked, kept in that compartment's meta table
(so it is encrypted with that compartment's key) until the dialog reopens after unlock."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import Any

from vault_app.storage.clinical_rows import dumps, loads
from vault_app.storage.compartment import Compartment

KEY = "held_text"


def load(db: Compartment) -> list[dict[str, Any]]:
    row = db.query_one("SELECT value FROM meta WHERE key = ?", (KEY,))
    return list(loads(row["value"]) or []) if row else []


# The digest of the held text as last written counted (services/held_text.hold).
COUNTED_KEY = "held_text_counted"


# The ledger's head (seq) when an unlock last took the held text back (services/held_text.take):
# a backup made after it was made without that text.
TAKEN_KEY = "held_text_taken_at"


def store(db: Compartment, entries: list[dict[str, Any]], *, counted: bool = True, digest: str = "",
          taken_at: int | None = None, held: bool = False) -> None:
    """`counted` False: a window's own bookkeeping (kept while open, let go, taken back at an
    unlock), or text already written counted once, no change a backup must follow
    (backup_registry.changed_since_last_backup). `digest`: the held text's, kept as COUNTED_KEY.
    `taken_at`: the unlock took the text back at that ledger seq (TAKEN_KEY); `held`: a lock's or
    a quit's hold, from which the text is held again (TAKEN_KEY goes)."""
    with db.transaction(), contextlib.nullcontext() if counted else db.uncounted():
        if taken_at is not None:
            db.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (TAKEN_KEY, str(taken_at)),
            )
        elif held:
            db.execute("DELETE FROM meta WHERE key = ?", (TAKEN_KEY,))
        if digest:
            db.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (COUNTED_KEY, digest),
            )
        if entries:
            db.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (KEY, dumps(entries)),
            )
        else:
            db.execute("DELETE FROM meta WHERE key = ?", (KEY,))


# The digest of the drafts the last backup made at Quit holds (services/held_text.held_while):
# the same drafts again (an unsigned note left open, quit after quit) make no second backup.
BACKED_UP_KEY = "held_text_backed_up"


def counted_digest(db: Compartment) -> str | None:
    row = db.query_one("SELECT value FROM meta WHERE key = ?", (COUNTED_KEY,))
    return str(row["value"]) if row else None


def taken_at(db: Compartment) -> int | None:
    row = db.query_one("SELECT value FROM meta WHERE key = ?", (TAKEN_KEY,))
    try:
        return int(row["value"]) if row else None
    except (TypeError, ValueError):
        return 0  # unreadable: as if taken before every backup (a backup too many, never one too few)


def backed_up(db: Compartment) -> str | None:
    row = db.query_one("SELECT value FROM meta WHERE key = ?", (BACKED_UP_KEY,))
    return str(row["value"]) if row else None


def mark_backed_up(db: Compartment, digest: str) -> None:
    # Written after the backup it records: counted as a change, every Quit with drafts held
    # would make the next lock back up again (backup_registry.changed_since_last_backup).
    with db.transaction(), db.uncounted():
        db.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                   (BACKED_UP_KEY, digest))


def names(entry: dict[str, Any], client_id: str, note_ids: Sequence[str] | None = None) -> bool:
    """Whether a held entry is text typed for that chart (or, with `note_ids`, for one of
    those notes of it): what a destruction of it must take too."""
    context = entry.get("context")
    if not isinstance(context, dict) or context.get("client_id") != client_id:
        return False
    return note_ids is None or context.get("note_id") in note_ids


def drop_chart(db: Compartment, client_id: str, note_ids: Sequence[str] | None = None) -> int:
    """Remove the text held for a chart being destroyed (the meta row has no client_id, so
    the schema-wide deletion does not see it): a form left open on the chart when the
    window locked or quit kept the client's name and what was typed, which the destruction
    then found in records.db and refused to certify. Returns the entries dropped."""
    if db.query_one("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'") is None:
        return 0
    entries = load(db)
    kept = [e for e in entries if not (isinstance(e, dict) and names(e, client_id, note_ids))]
    if len(kept) != len(entries):
        store(db, kept)
    return len(entries) - len(kept)

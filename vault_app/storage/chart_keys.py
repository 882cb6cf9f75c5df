"""The per-chart keys (records.db chart_keys): the only module that reads or writes them.

A key never leaves the process: no function here logs it, puts it in an exception, or
returns it anywhere but to the caller that seals or opens a blob with it.
"""

from __future__ import annotations

from vault_app.crypto import keys
from vault_app.storage.compartment import Compartment


def get(db: Compartment, client_id: str) -> bytes | None:
    row = db.query_one("SELECT chart_key FROM chart_keys WHERE client_id = ?", (client_id,))
    return bytes(row["chart_key"]) if row else None


def get_or_create(db: Compartment, client_id: str, created_at: str) -> bytes:
    """The chart's key, made (random, 256 bits) on first need, inside the caller's
    transaction or its own."""
    found = get(db, client_id)
    if found is not None:
        return found
    fresh = keys.random_key()
    with db.transaction():
        db.execute("INSERT OR IGNORE INTO chart_keys (client_id, chart_key, created_at) VALUES (?, ?, ?)",
                   (client_id, fresh, created_at))
    stored = get(db, client_id)
    assert stored is not None
    return stored


def insert(db: Compartment, client_id: str, key: bytes, created_at: str) -> None:
    """A new chart's key made before its chart row existed (an import seals the chart's blobs
    first, on its own thread): inside the transaction that inserts the chart."""
    db.execute("INSERT INTO chart_keys (client_id, chart_key, created_at) VALUES (?, ?, ?)",
               (client_id, key, created_at))


def delete(db: Compartment, client_id: str) -> int:
    """Remove the chart's key (the caller has secure_delete on)."""
    with db.transaction():
        return max(0, int(db.execute("DELETE FROM chart_keys WHERE client_id = ?", (client_id,)).rowcount))


def exists(db: Compartment, client_id: str) -> bool:
    return db.query_one("SELECT 1 FROM chart_keys WHERE client_id = ?", (client_id,)) is not None

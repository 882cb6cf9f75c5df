"""The per-chart keys (records.db chart_keys, chart_key_generations): the only module that
reads or writes them.

A chart has a current key (chart_keys: the key and its generation) and the keys of its
earlier generations (chart_key_generations). Replace every key gives every chart a new
current key (`rotate_all`); a blob is opened under the generation its attachment row
records, so nothing sealed before is unreadable meanwhile; services/blob_reseal.py then seals
it again under the current key and deletes a generation no row names (`delete_unused_earlier`).

A key never leaves the process: no function here logs it, puts it in an exception, or
returns it anywhere but to the caller that seals or opens a blob with it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from vault_app.crypto import keys
from vault_app.storage.compartment import Compartment


@dataclass(frozen=True)
class ChartKey:
    """A chart's key of one generation (repr without the key: it may end up in a traceback)."""

    generation: int
    key: bytes = field(repr=False)


def get(db: Compartment, client_id: str) -> bytes | None:
    """The chart's current key."""
    found = current(db, client_id)
    return found.key if found is not None else None


def current(db: Compartment, client_id: str) -> ChartKey | None:
    row = db.query_one("SELECT generation, chart_key FROM chart_keys WHERE client_id = ?", (client_id,))
    return ChartKey(int(row["generation"]), bytes(row["chart_key"])) if row else None


def at(db: Compartment, client_id: str, generation: int) -> bytes | None:
    """The chart's key of `generation` (the current one or an earlier one), None if it has none."""
    row = db.query_one(
        "SELECT chart_key FROM chart_keys WHERE client_id = ? AND generation = ? "
        "UNION ALL SELECT chart_key FROM chart_key_generations WHERE client_id = ? AND generation = ?",
        (client_id, generation, client_id, generation))
    return bytes(row["chart_key"]) if row else None


def every_generation(db: Compartment, client_id: str) -> list[bytes]:
    """Every key the chart has had that is still kept, oldest generation first."""
    return [bytes(r["chart_key"]) for r in db.query(
        "SELECT generation, chart_key FROM chart_key_generations WHERE client_id = ? "
        "UNION ALL SELECT generation, chart_key FROM chart_keys WHERE client_id = ? ORDER BY generation",
        (client_id, client_id))]


def get_or_create(db: Compartment, client_id: str, created_at: str) -> bytes:
    """The chart's current key, made (random, 256 bits) on first need."""
    return current_or_create(db, client_id, created_at).key


def current_or_create(db: Compartment, client_id: str, created_at: str) -> ChartKey:
    """The chart's current key and its generation, made (random, 256 bits, generation 0) on
    first need, inside the caller's transaction or its own."""
    found = current(db, client_id)
    if found is not None:
        return found
    fresh = keys.random_key()
    with db.transaction():
        db.execute("INSERT OR IGNORE INTO chart_keys (client_id, chart_key, created_at) VALUES (?, ?, ?)",
                   (client_id, fresh, created_at))
    stored = current(db, client_id)
    assert stored is not None
    return stored


def insert(db: Compartment, client_id: str, key: bytes, created_at: str) -> None:
    """A new chart's key (generation 0) made before its chart row existed (an import seals
    the chart's blobs first, on its own thread): inside the transaction that inserts the chart."""
    db.execute("INSERT INTO chart_keys (client_id, chart_key, created_at) VALUES (?, ?, ?)",
               (client_id, key, created_at))


def rotate_all(db: Compartment, created_at: str) -> int:
    """Every chart with a key gets a new random current key, one generation on; the one it
    replaces is kept as an earlier generation. One transaction: all charts or none. Returns
    how many charts were given a new key."""
    with db.transaction():
        charts = [str(r["client_id"]) for r in db.query("SELECT client_id FROM chart_keys ORDER BY client_id")]
        db.execute("INSERT INTO chart_key_generations (client_id, generation, chart_key, created_at) "
                   "SELECT client_id, generation, chart_key, created_at FROM chart_keys")
        for client_id in charts:
            db.execute("UPDATE chart_keys SET chart_key = ?, generation = generation + 1, created_at = ? "
                       "WHERE client_id = ?", (keys.random_key(), created_at, client_id))
    return len(charts)


def delete(db: Compartment, client_id: str) -> int:
    """Remove every generation of the chart's key (the caller has secure_delete on)."""
    with db.transaction():
        earlier = db.execute("DELETE FROM chart_key_generations WHERE client_id = ?", (client_id,)).rowcount
        now = db.execute("DELETE FROM chart_keys WHERE client_id = ?", (client_id,)).rowcount
        return max(0, int(earlier)) + max(0, int(now))


def exists(db: Compartment, client_id: str) -> bool:
    """Any generation of the chart's key still kept."""
    return db.query_one("SELECT 1 FROM chart_keys WHERE client_id = ? "
                        "UNION ALL SELECT 1 FROM chart_key_generations WHERE client_id = ?",
                        (client_id, client_id)) is not None


def delete_unused_earlier(db: Compartment) -> int:
    """Every earlier generation no attachment's blob is sealed under any more (the re-sealing
    emptied it, or it never had one), deleted inside the caller's transaction; the caller has
    secure_delete on, so the keys' bytes are zeroed in their pages. Returns how many went."""
    return max(0, int(db.execute(
        "DELETE FROM chart_key_generations WHERE NOT EXISTS (SELECT 1 FROM attachments a "
        "WHERE a.client_id = chart_key_generations.client_id "
        "AND a.key_generation = chart_key_generations.generation AND a.blob_id IS NOT NULL)").rowcount))

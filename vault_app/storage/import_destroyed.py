"""What survives a destroyed chart of the imports that brought it in: a keyed fingerprint of
each source key (HMAC-SHA-256 under a random key of this vault), with the certificate id and
the date, in records.db's `meta` table. Never the source key itself: a SimplePractice id or a
CSV row's "name|birth date" would identify the client the destruction promised to leave no
trace of (docs/retention.md, "What stays in the vault after a destruction").

No schema change: `meta` is the vault's encrypted key/value table; each fingerprint is one row
under `PREFIX`, so a lookup is one primary-key read and nothing else reads these rows.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass

from vault_app.crypto import keys
from vault_app.storage.compartment import Compartment

KEY_NAME = "import.destroyed_key"  # the HMAC key, hex; made at the first destruction of an imported chart
PREFIX = "import.destroyed/"


@dataclass(frozen=True)
class Destroyed:
    certificate_id: str
    destroyed_on: str  # YYYY-MM-DD


def _key(db: Compartment, *, create: bool) -> bytes | None:
    row = db.query_one("SELECT value FROM meta WHERE key = ?", (KEY_NAME,))
    if row is not None:
        return bytes.fromhex(str(row["value"]))
    if not create:
        return None
    key = secrets.token_bytes(32)
    db.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (KEY_NAME, key.hex()))
    return key


def fingerprint(key: bytes, source: str, source_key: str) -> str:
    return keys.mac(key, f"{source}\x00{source_key}".encode()).hex()


def remember_chart(db: Compartment, client_id: str, certificate_id: str, destroyed_on: str) -> int:
    """Before the chart's rows go: a fingerprint of each source key that created it (its import-map
    "client" rows). Idempotent (a resumed destruction repeats it); returns how many."""
    with db.transaction():
        rows = db.query("SELECT source, source_key FROM import_map WHERE client_id = ? AND item_kind = 'client'",
                        (client_id,))
        if not rows:
            return 0
        key = _key(db, create=True)
        assert key is not None
        value = json.dumps({"certificate_id": certificate_id, "destroyed_on": destroyed_on}, sort_keys=True)
        for r in rows:
            db.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = "
                       "excluded.value",
                       (PREFIX + fingerprint(key, str(r["source"]), str(r["source_key"])), value))
    return len(rows)


@dataclass(frozen=True)
class Lookup:
    """What a plan needs to recognise a destroyed chart's source key: read once on the vault,
    then asked off it (a plan beside the worker)."""

    key: bytes | None
    known: dict[str, Destroyed]  # fingerprint -> destruction

    def find(self, source: str, source_key: str) -> Destroyed | None:
        if self.key is None:
            return None
        return self.known.get(fingerprint(self.key, source, source_key))


def lookup(db: Compartment) -> Lookup:
    key = _key(db, create=False)
    if key is None:
        return Lookup(None, {})
    rows = db.query("SELECT key, value FROM meta WHERE key >= ? AND key < ?", (PREFIX, PREFIX[:-1] + "0"))
    known: dict[str, Destroyed] = {}
    for r in rows:
        data = json.loads(str(r["value"]))
        known[str(r["key"])[len(PREFIX):]] = Destroyed(str(data["certificate_id"]), str(data["destroyed_on"]))
    return Lookup(key, known)


__all__ = ["Destroyed", "Lookup", "fingerprint", "lookup", "remember_chart"]

"""Text a dialog held when its compartment locked, kept in that compartment's meta table
(so it is encrypted with that compartment's key) until the dialog reopens after unlock."""

from __future__ import annotations

from typing import Any

from vault_app.storage.clinical_rows import dumps, loads
from vault_app.storage.compartment import Compartment

KEY = "held_text"


def load(db: Compartment) -> list[dict[str, Any]]:
    row = db.query_one("SELECT value FROM meta WHERE key = ?", (KEY,))
    return list(loads(row["value"]) or []) if row else []


def store(db: Compartment, entries: list[dict[str, Any]]) -> None:
    with db.transaction():
        if entries:
            db.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (KEY, dumps(entries)),
            )
        else:
            db.execute("DELETE FROM meta WHERE key = ?", (KEY,))

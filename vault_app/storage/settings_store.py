"""The encrypted settings of a compartment: one JSON document per key in its `meta` table
(the practice profile, the clinical settings). The one place that reads or writes it."""

from __future__ import annotations

import json
from typing import Any

from vault_app.storage.compartment import Compartment

# The practice profile's document (services/practice.py); records migration 0083's triggers
# name it too, to notice a change of the retention policy.
PRACTICE_PROFILE = "practice_profile"


def read(db: Compartment, key: str) -> dict[str, Any] | None:
    """The document stored under `key`, or None when nothing was saved yet."""
    row = db.query_one("SELECT value FROM meta WHERE key = ?", (key,))
    return None if row is None else dict(json.loads(row["value"]))


def write(db: Compartment, key: str, value: dict[str, Any]) -> None:
    """Replace the document under `key` in one transaction (joins an outer one)."""
    with db.transaction():
        db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value, sort_keys=True)),
        )

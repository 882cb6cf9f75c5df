"""Each chart's stored "eligible for destruction on" date (records migration 0083): the
SQL behind services/retention_due.py. Dates are ISO text, so text order is date order."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from vault_app.storage.compartment import Compartment


@dataclass(frozen=True)
class DueState:
    policy: str  # the fingerprint of the policy the stored dates were computed under
    checked: bool  # False after a practice-profile save: compare the policy again
    any_stale: bool


def state(db: Compartment) -> DueState | None:
    """None for a compartment without the table (no charts' schema yet)."""
    if db.query_one("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'retention_due_policy'") is None:
        return None
    row = db.query_one(
        "SELECT policy, checked, EXISTS (SELECT 1 FROM clients WHERE retention_stale = 1) AS any_stale "
        "FROM retention_due_policy WHERE id = 1"
    )
    if row is None:
        return None
    return DueState(str(row["policy"]), bool(row["checked"]), bool(row["any_stale"]))


def set_policy(db: Compartment, fingerprint: str) -> None:
    db.execute("UPDATE retention_due_policy SET policy = ?, checked = 1 WHERE id = 1", (fingerprint,))


def mark_all_stale(db: Compartment) -> None:
    db.execute("UPDATE clients SET retention_stale = 1 WHERE retention_stale = 0")


def store(db: Compartment, due: list[tuple[str, date | None]]) -> None:
    """Write computed dates and clear the charts' stale marks, in one statement."""
    if not due:
        return
    payload = json.dumps([[client_id, day.isoformat() if day else None] for client_id, day in due])
    db.execute(
        "UPDATE clients SET retention_due_on = u.value ->> 1, retention_stale = 0 "
        "FROM json_each(?) AS u WHERE clients.client_id = u.value ->> 0",
        (payload,),
    )


def count_due(db: Compartment, on: date) -> int:
    """Charts not stale whose stored date is on or before `on`: a range count over the index."""
    return int(db.scalar(
        "SELECT count(*) FROM clients WHERE retention_stale = 0 AND retention_due_on <= ?", (on.isoformat(),)
    ))


def stored(db: Compartment) -> dict[str, tuple[str | None, bool]]:
    """Every chart's stored date and whether it is stale (for checks: `vault-app` never shows it)."""
    return {
        str(r["client_id"]): (None if r["retention_due_on"] is None else str(r["retention_due_on"]),
                              bool(r["retention_stale"]))
        for r in db.query("SELECT client_id, retention_due_on, retention_stale FROM clients")
    }

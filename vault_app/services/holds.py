"""Legal holds: while a hold is active the chart cannot be destroyed.

The ledger records each hold's id, chart id and reason category; the free-text
details (which may name a court case or a person) stay in records.db.
"""

from __future__ import annotations

import uuid
from typing import Any

from vault_app.domain.errors import InvalidInput, NotFound, RefusedByPolicy
from vault_app.domain.retention import LegalHold, check_hold_reason
from vault_app.services.ledger import now_iso
from vault_app.services.retention import resolve_chart
from vault_app.services.vault import Vault

MAX_DETAILS = 2000
_COLS = "hold_id, client_id, reason, details, placed_at, released_at, release_note"


def _hold(row: Any) -> LegalHold:
    return LegalHold(
        str(row[0]), str(row[1]), check_hold_reason(str(row[2])), str(row[3]), str(row[4]),
        None if row[5] is None else str(row[5]), str(row[6]),
    )


def place(vault: Vault, client: str, reason: str, details: str = "") -> LegalHold:
    client_id, _chart = resolve_chart(vault, client)
    kind = check_hold_reason(reason)
    if len(details) > MAX_DETAILS:
        raise InvalidInput(f"Hold details are limited to {MAX_DETAILS} characters.")
    hold = LegalHold(uuid.uuid4().hex, client_id, kind, details.strip(), now_iso())
    with vault.records.transaction():
        vault.records.execute(
            f"INSERT INTO legal_holds ({_COLS}) VALUES (?, ?, ?, ?, ?, NULL, '')",
            (hold.hold_id, hold.client_id, hold.reason, hold.details, hold.placed_at),
        )
        # Inside the records transaction: if the ledger write fails, the hold is not placed.
        vault.ledger.append("hold.placed", {"hold_id": hold.hold_id, "client_id": client_id, "reason": kind})
    return hold


def release(vault: Vault, hold_id: str, note: str = "") -> LegalHold:
    row = vault.records.query_one(f"SELECT {_COLS} FROM legal_holds WHERE hold_id = ?", (hold_id,))
    if row is None:
        raise NotFound(f"No legal hold with id {hold_id}.", hint="List holds with 'vault-app hold list'.")
    hold = _hold(row)
    if not hold.active:
        raise RefusedByPolicy(f"Hold {hold_id} was already released on {hold.released_at}.")
    if len(note) > MAX_DETAILS:
        raise InvalidInput(f"The release note is limited to {MAX_DETAILS} characters.")
    released_at = now_iso()
    with vault.records.transaction():
        vault.records.execute(
            "UPDATE legal_holds SET released_at = ?, release_note = ? WHERE hold_id = ?",
            (released_at, note.strip(), hold_id),
        )
        vault.ledger.append("hold.released", {"hold_id": hold_id, "client_id": hold.client_id, "reason": hold.reason})
    return LegalHold(
        hold.hold_id, hold.client_id, hold.reason, hold.details, hold.placed_at, released_at, note.strip()
    )


def list_holds(vault: Vault, client: str | None = None, *, include_released: bool = False) -> list[LegalHold]:
    where, params = [], []
    if client is not None:
        client_id, _chart = resolve_chart(vault, client)
        where.append("client_id = ?")
        params.append(client_id)
    if not include_released:
        where.append("released_at IS NULL")
    sql = f"SELECT {_COLS} FROM legal_holds"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return [_hold(r) for r in vault.records.query(sql + " ORDER BY placed_at", params)]


def active_holds(vault: Vault, client_id: str) -> list[LegalHold]:
    rows = vault.records.query(
        f"SELECT {_COLS} FROM legal_holds WHERE client_id = ? AND released_at IS NULL ORDER BY placed_at", (client_id,)
    )
    return [_hold(r) for r in rows]


def held_client_ids(vault: Vault) -> set[str]:
    rows = vault.records.query("SELECT DISTINCT client_id FROM legal_holds WHERE released_at IS NULL")
    return {str(r[0]) for r in rows}

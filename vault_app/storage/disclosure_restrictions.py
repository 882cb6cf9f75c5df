"""Restrictions on uses and disclosures (45 CFR 164.522(a)) in records.db."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from vault_app.domain.restrictions import Restriction
from vault_app.storage.compartment import Compartment

_COLS = ("restriction_id, client_id, kind, description, requested_on, status, decided_on, kinds, recipient, "
         "terminated_on, terminated_by")


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _s(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _row(r: Any) -> Restriction:
    return Restriction(
        restriction_id=r["restriction_id"], client_id=r["client_id"], kind=r["kind"], description=r["description"],
        requested_on=date.fromisoformat(r["requested_on"]), status=r["status"], decided_on=_d(r["decided_on"]),
        kinds=tuple(json.loads(r["kinds"])), recipient=r["recipient"], terminated_on=_d(r["terminated_on"]),
        terminated_by=r["terminated_by"],
    )


def insert(db: Compartment, r: Restriction, now: str) -> None:
    db.execute(
        f"INSERT INTO restrictions ({_COLS}, created_at) VALUES ({', '.join('?' * 12)})",
        (r.restriction_id, r.client_id, r.kind, r.description, r.requested_on.isoformat(), r.status,
         _s(r.decided_on), json.dumps(list(r.kinds)), r.recipient, _s(r.terminated_on), r.terminated_by, now),
    )


def save(db: Compartment, r: Restriction) -> None:
    db.execute(
        "UPDATE restrictions SET status = ?, decided_on = ?, terminated_on = ?, terminated_by = ? "
        "WHERE restriction_id = ?",
        (r.status, _s(r.decided_on), _s(r.terminated_on), r.terminated_by, r.restriction_id),
    )


def get(db: Compartment, restriction_id: str) -> Restriction | None:
    row = db.query_one(f"SELECT {_COLS} FROM restrictions WHERE restriction_id = ?", (restriction_id,))
    return _row(row) if row else None


def for_client(db: Compartment, client_id: str) -> list[Restriction]:
    rows = db.query(f"SELECT {_COLS} FROM restrictions WHERE client_id = ? ORDER BY requested_on, restriction_id",
                    (client_id,))
    return [_row(r) for r in rows]

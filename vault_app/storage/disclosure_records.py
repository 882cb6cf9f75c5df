"""Disclosure delivery rows, basis evidence and accounting suspensions in records.db."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from vault_app.domain.accounting import Suspension
from vault_app.storage.compartment import Compartment


@dataclass(frozen=True)
class DeliveryRow:
    disclosure_id: str
    client_id: str
    status: str
    ledger_seq: int | None
    out_path: str
    sha256: str | None
    reason: str
    created_at: str
    updated_at: str
    owner: str = ""


_DCOLS = "disclosure_id, client_id, status, ledger_seq, out_path, sha256, reason, created_at, updated_at, owner"


def _delivery(r: Any) -> DeliveryRow:
    return DeliveryRow(
        r["disclosure_id"],
        r["client_id"],
        r["status"],
        None if r["ledger_seq"] is None else int(r["ledger_seq"]),
        r["out_path"],
        r["sha256"],
        r["reason"],
        r["created_at"],
        r["updated_at"],
        r["owner"],
    )


def insert_delivery(db: Compartment, row: DeliveryRow) -> None:
    db.execute(
        f"INSERT INTO disclosures ({_DCOLS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (row.disclosure_id, row.client_id, row.status, row.ledger_seq, row.out_path, row.sha256, row.reason,
         row.created_at, row.updated_at, row.owner),
    )


def update_delivery(
    db: Compartment, disclosure_id: str, *, status: str, updated_at: str, ledger_seq: int | None = None,
    reason: str | None = None,
) -> None:
    db.execute(
        "UPDATE disclosures SET status = ?, updated_at = ?, ledger_seq = COALESCE(?, ledger_seq), "
        "reason = COALESCE(?, reason) WHERE disclosure_id = ?",
        (status, updated_at, ledger_seq, reason, disclosure_id),
    )


def delete_delivery(db: Compartment, disclosure_id: str) -> None:
    db.execute("DELETE FROM disclosures WHERE disclosure_id = ? AND status = 'pending'", (disclosure_id,))


def get_delivery(db: Compartment, disclosure_id: str) -> DeliveryRow | None:
    row = db.query_one(f"SELECT {_DCOLS} FROM disclosures WHERE disclosure_id = ?", (disclosure_id,))
    return _delivery(row) if row else None


def deliveries(db: Compartment, *, status: str | None = None, client_id: str | None = None) -> list[DeliveryRow]:
    sql = f"SELECT {_DCOLS} FROM disclosures WHERE 1 = 1"
    params: list[Any] = []
    if status:
        sql += " AND status = ?"
        params.append(status)
    if client_id:
        sql += " AND client_id = ?"
        params.append(client_id)
    return [_delivery(r) for r in db.query(sql + " ORDER BY created_at, disclosure_id", params)]


# --- evidence -------------------------------------------------------------------------
def insert_evidence(
    db: Compartment, *, evidence_id: str, client_id: str, basis_kind: str, evidence: str, sha256: str, created_at: str
) -> None:
    db.execute(
        "INSERT INTO disclosure_evidence (evidence_id, client_id, basis_kind, evidence, sha256, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (evidence_id, client_id, basis_kind, evidence, sha256, created_at),
    )


def get_evidence(db: Compartment, evidence_id: str) -> tuple[str, str, dict[str, Any], str] | None:
    """(client_id, basis_kind, evidence, sha256)."""
    row = db.query_one(
        "SELECT client_id, basis_kind, evidence, sha256 FROM disclosure_evidence WHERE evidence_id = ?", (evidence_id,)
    )
    return (row["client_id"], row["basis_kind"], json.loads(row["evidence"]), row["sha256"]) if row else None


# --- suspensions ----------------------------------------------------------------------
def insert_suspension(db: Compartment, s: Suspension, created_at: str) -> None:
    db.execute(
        "INSERT INTO accounting_suspensions (suspension_id, client_id, agency, starts_on, ends_on, written, "
        "reference, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (s.id, s.client_id, s.agency, s.starts_on.isoformat(), s.ends_on.isoformat(), int(s.written), s.reference,
         created_at),
    )


def suspensions_for(db: Compartment, client_id: str) -> list[Suspension]:
    rows = db.query(
        "SELECT suspension_id, client_id, agency, starts_on, ends_on, written, reference FROM accounting_suspensions "
        "WHERE client_id = ? ORDER BY starts_on",
        (client_id,),
    )
    return [
        Suspension(
            id=r["suspension_id"], client_id=r["client_id"], agency=r["agency"],
            starts_on=date.fromisoformat(r["starts_on"]), ends_on=date.fromisoformat(r["ends_on"]),
            written=bool(r["written"]), reference=r["reference"],
        )
        for r in rows
    ]


def end_suspension(db: Compartment, suspension_id: str, ends_on: date) -> None:
    db.execute(
        "UPDATE accounting_suspensions SET ends_on = ? WHERE suspension_id = ?", (ends_on.isoformat(), suspension_id)
    )


def evidence_for_client(db: Compartment, client_id: str) -> list[tuple[str, str, dict[str, Any], str, str]]:
    """(evidence_id, basis_kind, evidence, sha256, created_at) of every evidence record of a chart."""
    rows = db.query("SELECT evidence_id, basis_kind, evidence, sha256, created_at FROM disclosure_evidence "
                    "WHERE client_id = ? ORDER BY created_at", (client_id,))
    return [
        (str(r["evidence_id"]), str(r["basis_kind"]), json.loads(r["evidence"]), str(r["sha256"]), str(r["created_at"]))
        for r in rows
    ]

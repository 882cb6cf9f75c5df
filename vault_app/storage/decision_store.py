"""Confidentiality decisions and their addenda in records.db."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from vault_app.domain.clinical_notes import Signature
from vault_app.domain.decision_input import from_body
from vault_app.domain.decisions import (
    Decision,
    DecisionAddendum,
    DecisionSummary,
)
from vault_app.storage.compartment import Compartment

_COLS = (
    "decision_id, client_id, session_id, trigger_kind, occurred_on, outcome, body, author, created_at, "
    "updated_at, disclosure_id, signed_at, signed_by, content_hash, signature"
)
_SUMMARY = (
    "d.decision_id, d.client_id, d.session_id, d.trigger_kind, d.occurred_on, d.outcome, d.signed_at, "
    "d.disclosure_id, COALESCE(c.chart_number, '') AS chart_number"
)


def _body(decision: Decision) -> str:
    return json.dumps(decision.body(), sort_keys=True, ensure_ascii=False)


def _decision(r: Any) -> Decision:
    signature = Signature(r["signed_at"], r["signed_by"], r["content_hash"], r["signature"]) if r["signed_at"] else None
    base = Decision(
        decision_id=r["decision_id"],
        client_id=r["client_id"],
        session_id=r["session_id"],
        trigger=r["trigger_kind"],
        occurred_on=date.fromisoformat(r["occurred_on"]),
        outcome=r["outcome"],
        author=r["author"],
        created_at=r["created_at"],
        updated_at=r["updated_at"],
        disclosure_id=r["disclosure_id"],
        signature=signature,
    )
    return from_body(base, json.loads(r["body"]))


def _summary(r: Any) -> DecisionSummary:
    return DecisionSummary(
        r["decision_id"],
        r["client_id"],
        r["session_id"],
        r["trigger_kind"],
        date.fromisoformat(r["occurred_on"]),
        r["outcome"],
        r["signed_at"],
        r["disclosure_id"],
        r["chart_number"],
    )


def insert(db: Compartment, d: Decision) -> None:
    db.execute(
        f"INSERT INTO confidentiality_decisions ({_COLS}) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, NULL)",
        (d.decision_id, d.client_id, d.session_id, d.trigger, d.occurred_on.isoformat(), d.outcome, _body(d),
         d.author, d.created_at, d.updated_at, d.disclosure_id),
    )


def update_draft(db: Compartment, d: Decision) -> bool:
    """Rewrite an unsigned decision; False when it is signed (or gone)."""
    cur = db.execute(
        "UPDATE confidentiality_decisions SET session_id = ?, occurred_on = ?, outcome = ?, body = ?, "
        "updated_at = ?, disclosure_id = ? WHERE decision_id = ? AND signed_at IS NULL",
        (d.session_id, d.occurred_on.isoformat(), d.outcome, _body(d), d.updated_at, d.disclosure_id, d.decision_id),
    )
    return int(cur.rowcount) == 1


def set_disclosure(db: Compartment, decision_id: str, disclosure_id: str, updated_at: str) -> bool:
    cur = db.execute(
        "UPDATE confidentiality_decisions SET disclosure_id = ?, updated_at = ? "
        "WHERE decision_id = ? AND signed_at IS NULL AND (disclosure_id IS NULL OR disclosure_id = ?)",
        (disclosure_id, updated_at, decision_id, disclosure_id),
    )
    return int(cur.rowcount) == 1


def sign(db: Compartment, decision_id: str, sig: Signature) -> bool:
    cur = db.execute(
        "UPDATE confidentiality_decisions SET signed_at = ?, signed_by = ?, content_hash = ?, signature = ? "
        "WHERE decision_id = ? AND signed_at IS NULL",
        (sig.signed_at, sig.signed_by, sig.content_hash, sig.signature_hex, decision_id),
    )
    return int(cur.rowcount) == 1


def delete_draft(db: Compartment, decision_id: str) -> bool:
    cur = db.execute(
        "DELETE FROM confidentiality_decisions WHERE decision_id = ? AND signed_at IS NULL AND disclosure_id IS NULL",
        (decision_id,),
    )
    return int(cur.rowcount) == 1


def get(db: Compartment, decision_id: str) -> Decision | None:
    row = db.query_one(f"SELECT {_COLS} FROM confidentiality_decisions WHERE decision_id = ?", (decision_id,))
    return _decision(row) if row else None


def summaries(
    db: Compartment,
    *,
    client_id: str | None = None,
    trigger: str | None = None,
    unsigned_only: bool = False,
    limit: int | None = None,
) -> list[DecisionSummary]:
    sql = (
        f"SELECT {_SUMMARY} FROM confidentiality_decisions d LEFT JOIN clients c ON c.client_id = d.client_id "
        "WHERE 1 = 1"
    )
    params: list[Any] = []
    if client_id:
        sql += " AND d.client_id = ?"
        params.append(client_id)
    if trigger:
        sql += " AND d.trigger_kind = ?"
        params.append(trigger)
    if unsigned_only:
        sql += " AND d.signed_at IS NULL"
    sql += " ORDER BY d.occurred_on DESC, d.seq DESC"
    if limit:
        sql += " LIMIT ?"
        params.append(int(limit))
    return [_summary(r) for r in db.query(sql, params)]


def count(db: Compartment, client_id: str | None = None) -> int:
    if client_id:
        return int(db.scalar("SELECT count(*) FROM confidentiality_decisions WHERE client_id = ?", (client_id,)))
    return int(db.scalar("SELECT count(*) FROM confidentiality_decisions"))


def mark_disclosing(db: Compartment, decision_id: str, from_seq: int) -> None:
    """Remember where in the ledger a signing began logging its disclosure (crash recovery)."""
    db.execute(
        "UPDATE confidentiality_decisions SET disclosing_from_seq = ? WHERE decision_id = ? AND signed_at IS NULL",
        (from_seq, decision_id),
    )


def disclosing_from(db: Compartment, decision_id: str) -> int | None:
    row = db.query_one(
        "SELECT disclosing_from_seq FROM confidentiality_decisions WHERE decision_id = ?", (decision_id,)
    )
    return None if row is None or row["disclosing_from_seq"] is None else int(row["disclosing_from_seq"])


def linked_disclosures(db: Compartment, client_id: str) -> set[str]:
    rows = db.query(
        "SELECT disclosure_id FROM confidentiality_decisions WHERE client_id = ? AND disclosure_id IS NOT NULL",
        (client_id,),
    )
    return {str(r["disclosure_id"]) for r in rows}


# --- addenda ---------------------------------------------------------------------------
def insert_addendum(db: Compartment, a: DecisionAddendum) -> None:
    db.execute(
        "INSERT INTO confidentiality_decision_addenda (addendum_id, decision_id, client_id, author, created_at, text) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (a.addendum_id, a.decision_id, a.client_id, a.author, a.created_at, a.text),
    )


def addenda(db: Compartment, decision_id: str) -> list[DecisionAddendum]:
    rows = db.query(
        "SELECT addendum_id, decision_id, client_id, author, created_at, text FROM confidentiality_decision_addenda "
        "WHERE decision_id = ? ORDER BY seq",
        (decision_id,),
    )
    return [
        DecisionAddendum(r["addendum_id"], r["decision_id"], r["client_id"], r["author"], r["created_at"], r["text"])
        for r in rows
    ]


__all__ = [
    "addenda",
    "count",
    "delete_draft",
    "disclosing_from",
    "get",
    "insert",
    "insert_addendum",
    "linked_disclosures",
    "mark_disclosing",
    "set_disclosure",
    "sign",
    "summaries",
    "update_draft",
]

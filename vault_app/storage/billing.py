"""Fee schedule, session fees and payments in records.db (money in integer cents)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from vault_app.domain.billing import Payment
from vault_app.storage.clinical_rows import d2s, str_tuple
from vault_app.storage.compartment import Compartment


# --- fee schedule ---------------------------------------------------------------------
def schedule(db: Compartment) -> dict[str, int]:
    rows = db.query("SELECT cpt_code, fee_cents FROM fee_schedule ORDER BY cpt_code")
    return {str(r["cpt_code"]): int(r["fee_cents"]) for r in rows}


def set_scheduled_fee(db: Compartment, cpt_code: str, fee_cents: int, stamp: str) -> None:
    db.execute(
        "INSERT INTO fee_schedule (cpt_code, fee_cents, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT(cpt_code) DO UPDATE SET fee_cents = excluded.fee_cents, updated_at = excluded.updated_at",
        (cpt_code, fee_cents, stamp),
    )


def remove_scheduled_fee(db: Compartment, cpt_code: str) -> bool:
    return int(db.execute("DELETE FROM fee_schedule WHERE cpt_code = ?", (cpt_code,)).rowcount) > 0


# --- session fees ---------------------------------------------------------------------
def set_session_fee(db: Compartment, session_id: str, client_id: str, fee_cents: int, source: str,
                    stamp: str) -> None:
    db.execute(
        "INSERT INTO session_fees (session_id, client_id, fee_cents, source, updated_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(session_id) DO UPDATE SET fee_cents = excluded.fee_cents, source = excluded.source, "
        "updated_at = excluded.updated_at",
        (session_id, client_id, fee_cents, source, stamp),
    )


def keep_unpriced_fees(db: Compartment, cpt_code: str, fee_cents: int, through: date, stamp: str) -> int:
    """Give every session of `cpt_code` up to `through` with no fee of its own `fee_cents`
    (what the schedule charged it until now); how many."""
    return int(db.execute(
        "INSERT INTO session_fees (session_id, client_id, fee_cents, source, updated_at) "
        "SELECT s.session_id, s.client_id, ?, 'schedule', ? FROM sessions s "
        "LEFT JOIN session_fees f ON f.session_id = s.session_id "
        "WHERE f.session_id IS NULL AND s.cpt_code = ? AND s.date <= ?",
        (fee_cents, stamp, cpt_code, through.isoformat()),
    ).rowcount)


def clear_session_fee(db: Compartment, session_id: str) -> None:
    """The session charged as the schedule says for its code (none set: "no fee set")."""
    db.execute("DELETE FROM session_fees WHERE session_id = ?", (session_id,))


def session_fee(db: Compartment, session_id: str) -> tuple[int, str] | None:
    row = db.query_one("SELECT fee_cents, source FROM session_fees WHERE session_id = ?", (session_id,))
    return (int(row["fee_cents"]), str(row["source"])) if row else None


@dataclass(frozen=True)
class SessionCharge:
    """What a session's charges are made of: its codes, the fees kept on it, its billing status."""

    session_id: str
    on: date
    cpt_code: str
    fee_cents: int | None  # the session's own code's fee kept on it, or None
    billing_status: str
    addon_codes: tuple[str, ...]
    addon_unit_cents: dict[str, int]  # the add-on codes' unit fees kept on it


def session_charges(db: Compartment, client_id: str) -> list[SessionCharge]:
    """A chart's sessions as they are charged, oldest first. A session recorded only for a draft
    note is charged once the note is signed (a draft is no visit: migration 0104)."""
    rows = db.query(
        "SELECT s.session_id, s.date, s.cpt_code, f.fee_cents, s.billing_status, s.addon_codes FROM sessions s "
        "LEFT JOIN session_fees f ON f.session_id = s.session_id WHERE s.client_id = ? "
        "AND s.session_id NOT IN (SELECT session_id FROM draft_only_sessions) "
        "ORDER BY s.date, s.start_time, s.session_id", (client_id,))
    kept: dict[str, dict[str, int]] = {}
    for r in db.query("SELECT session_id, cpt_code, unit_cents FROM session_addon_fees WHERE client_id = ?",
                      (client_id,)):
        kept.setdefault(str(r["session_id"]), {})[str(r["cpt_code"])] = int(r["unit_cents"])
    return [SessionCharge(str(r["session_id"]), date.fromisoformat(r["date"]), str(r["cpt_code"]),
                          None if r["fee_cents"] is None else int(r["fee_cents"]), str(r["billing_status"]),
                          str_tuple(r["addon_codes"]), kept.get(str(r["session_id"]), {})) for r in rows]


# --- add-on codes' fees kept on a session ---------------------------------------------------
def set_addon_fee(db: Compartment, session_id: str, client_id: str, cpt_code: str, unit_cents: int,
                  stamp: str) -> None:
    db.execute(
        "INSERT INTO session_addon_fees (session_id, client_id, cpt_code, unit_cents, updated_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT(session_id, cpt_code) DO UPDATE SET unit_cents = excluded.unit_cents, "
        "updated_at = excluded.updated_at",
        (session_id, client_id, cpt_code, unit_cents, stamp),
    )


def addon_fees(db: Compartment, session_id: str) -> dict[str, int]:
    rows = db.query("SELECT cpt_code, unit_cents FROM session_addon_fees WHERE session_id = ?", (session_id,))
    return {str(r["cpt_code"]): int(r["unit_cents"]) for r in rows}


def keep_unpriced_addon_fees(db: Compartment, cpt_code: str, unit_cents: int, through: date, stamp: str) -> int:
    """Give every session up to `through` with `cpt_code` among its add-on codes, and no fee of
    its own for it, `unit_cents` (what the schedule charged it until now); how many."""
    return int(db.execute(
        "INSERT INTO session_addon_fees (session_id, client_id, cpt_code, unit_cents, updated_at) "
        "SELECT s.session_id, s.client_id, ?, ?, ? FROM sessions s "
        "LEFT JOIN session_addon_fees f ON f.session_id = s.session_id AND f.cpt_code = ? "
        "WHERE f.session_id IS NULL AND s.date <= ? "
        "AND EXISTS (SELECT 1 FROM json_each(s.addon_codes) WHERE json_each.value = ?)",
        (cpt_code, unit_cents, stamp, cpt_code, through.isoformat(), cpt_code),
    ).rowcount)


# --- payments -----------------------------------------------------------------------------
_PAY_COLS = "payment_id, client_id, paid_on, amount_cents, method, reference, created_at"


def _payment(r: Any) -> Payment:
    return Payment(payment_id=r["payment_id"], client_id=r["client_id"], paid_on=date.fromisoformat(r["paid_on"]),
                   amount_cents=int(r["amount_cents"]), method=r["method"], reference=r["reference"],
                   created_at=r["created_at"])


def insert_payment(db: Compartment, p: Payment) -> None:
    db.execute(f"INSERT INTO payments ({_PAY_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
               (p.payment_id, p.client_id, d2s(p.paid_on), p.amount_cents, p.method, p.reference, p.created_at))


def payments(db: Compartment, client_id: str) -> list[Payment]:
    rows = db.query(f"SELECT {_PAY_COLS} FROM payments WHERE client_id = ? ORDER BY paid_on, created_at",
                    (client_id,))
    return [_payment(r) for r in rows]


def get_payment(db: Compartment, payment_id: str) -> Payment | None:
    row = db.query_one(f"SELECT {_PAY_COLS} FROM payments WHERE payment_id = ?", (payment_id,))
    return _payment(row) if row else None


def delete_payment(db: Compartment, payment_id: str) -> None:
    db.execute("DELETE FROM payments WHERE payment_id = ?", (payment_id,))


# --- a split between guardians --------------------------------------------------------------
def shares(db: Compartment, client_id: str) -> dict[str, int]:
    rows = db.query("SELECT guardian_id, share_percent FROM billing_shares WHERE client_id = ? ORDER BY guardian_id",
                    (client_id,))
    return {str(r["guardian_id"]): int(r["share_percent"]) for r in rows}


def replace_shares(db: Compartment, client_id: str, split: dict[str, int], stamp: str) -> None:
    db.execute("DELETE FROM billing_shares WHERE client_id = ?", (client_id,))
    db.executemany("INSERT INTO billing_shares (client_id, guardian_id, share_percent, updated_at) VALUES (?, ?, ?, ?)",
                   [(client_id, g, p, stamp) for g, p in split.items()])

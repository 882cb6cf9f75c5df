"""Authorizations in records.db: rows <-> domain objects."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from vault_app.domain.authorization import Authorization, RequiredStatements, Revocation, Signer, parse_kinds
from vault_app.domain.disclosure_parts import parse_parts
from vault_app.storage.compartment import Compartment

_COLS = (
    "authorization_id, client_id, covers, description, discloser, recipient_name, recipient_address, purposes, "
    "signed_on, signer_name, signer_role, signer_authority, authority_attachment_id, statement_revoke, "
    "statement_conditioning, statement_redisclosure, expires_on, expiration_event, event_occurred_on, notes_from, "
    "notes_to, part2, patient_name_on_form, scan_attachment_id, revoked_on, revocation_attachment_id, created_at, "
    "signer_client_id, described_parts"
)


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _s(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _auth(r: Any) -> Authorization:
    revocation = (
        Revocation(date.fromisoformat(r["revoked_on"]), True, r["revocation_attachment_id"])
        if r["revoked_on"]
        else None
    )
    return Authorization(
        id=r["authorization_id"],
        client_id=r["client_id"],
        covers=parse_kinds(json.loads(r["covers"])),
        description=r["description"],
        discloser=r["discloser"],
        recipient_name=r["recipient_name"],
        recipient_address=r["recipient_address"],
        purposes=tuple(json.loads(r["purposes"])),
        signed_on=_d(r["signed_on"]),
        signer=Signer(r["signer_name"], r["signer_role"], r["signer_authority"], r["authority_attachment_id"]),
        statements=RequiredStatements(
            r["statement_revoke"], r["statement_conditioning"], bool(r["statement_redisclosure"])
        ),
        expires_on=_d(r["expires_on"]),
        expiration_event=r["expiration_event"],
        event_occurred_on=_d(r["event_occurred_on"]),
        notes_from=_d(r["notes_from"]),
        notes_to=_d(r["notes_to"]),
        part2=bool(r["part2"]),
        patient_name_on_form=bool(r["patient_name_on_form"]),
        scan_attachment_id=r["scan_attachment_id"],
        revocation=revocation,
        created_at=r["created_at"],
        signer_client_id=r["signer_client_id"],
        described_parts=parse_parts(json.loads(r["described_parts"])),
    )


def insert(db: Compartment, a: Authorization) -> None:
    db.execute(
        f"INSERT INTO authorizations ({_COLS}) VALUES ({', '.join('?' * 29)})",
        (
            a.id, a.client_id, json.dumps(sorted(a.covers)), a.description, a.discloser, a.recipient_name,
            a.recipient_address, json.dumps(list(a.purposes), ensure_ascii=False), _s(a.signed_on), a.signer.name,
            a.signer.role, a.signer.authority, a.signer.authority_attachment_id, a.statements.right_to_revoke,
            a.statements.conditioning, int(a.statements.redisclosure), _s(a.expires_on), a.expiration_event,
            _s(a.event_occurred_on), _s(a.notes_from), _s(a.notes_to), int(a.part2), int(a.patient_name_on_form),
            a.scan_attachment_id, _s(a.revocation.received_on) if a.revocation else None,
            a.revocation.attachment_id if a.revocation else None, a.created_at, a.signer_client_id,
            json.dumps(sorted(a.described_parts)),
        ),
    )


def get(db: Compartment, authorization_id: str) -> Authorization | None:
    row = db.query_one(f"SELECT {_COLS} FROM authorizations WHERE authorization_id = ?", (authorization_id,))
    return _auth(row) if row else None


def list_for_client(db: Compartment, client_id: str) -> list[Authorization]:
    rows = db.query(f"SELECT {_COLS} FROM authorizations WHERE client_id = ? ORDER BY seq", (client_id,))
    return [_auth(r) for r in rows]


def list_all(db: Compartment) -> list[Authorization]:
    return [_auth(r) for r in db.query(f"SELECT {_COLS} FROM authorizations ORDER BY seq")]


def expiring_between(db: Compartment, start: date, end: date) -> list[Authorization]:
    rows = db.query(
        f"SELECT {_COLS} FROM authorizations WHERE revoked_on IS NULL AND expires_on BETWEEN ? AND ? "
        "ORDER BY expires_on, seq",
        (start.isoformat(), end.isoformat()),
    )
    return [_auth(r) for r in rows]


def set_revocation(db: Compartment, authorization_id: str, revocation: Revocation) -> None:
    db.execute(
        "UPDATE authorizations SET revoked_on = ?, revocation_attachment_id = ? WHERE authorization_id = ?",
        (revocation.received_on.isoformat(), revocation.attachment_id, authorization_id),
    )


def set_event_occurred(db: Compartment, authorization_id: str, day: date) -> None:
    db.execute(
        "UPDATE authorizations SET event_occurred_on = ? WHERE authorization_id = ?",
        (day.isoformat(), authorization_id),
    )

"""Client requests (access, amendment, accounting) and their letters in records.db."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from vault_app.domain.deadlines import Extension
from vault_app.domain.request_given import given_from_json
from vault_app.domain.request_review import Review
from vault_app.domain.requests import ClientRequest
from vault_app.storage.compartment import Compartment

_COLS = (
    "request_id, client_id, kind, received_on, description, by_representative, status, extension_notice_on, "
    "extended_due, extension_reason, decided_on, granted, denied, grounds, explanation, note_ids, amendment_text, "
    "disagreement, disagreement_on, rebuttal, guardian_id, given, requester_name, requester_claim, asked, "
    "refused_rule, include_asked_on, member_id"
)


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _s(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _request(r: Any) -> ClientRequest:
    extension = (
        Extension(
            date.fromisoformat(r["extension_notice_on"]), date.fromisoformat(r["extended_due"]), r["extension_reason"]
        )
        if r["extension_notice_on"] and r["extended_due"]
        else None
    )
    return ClientRequest(
        id=r["request_id"],
        client_id=r["client_id"],
        kind=r["kind"],
        received_on=date.fromisoformat(r["received_on"]),
        description=r["description"],
        by_representative=bool(r["by_representative"]),
        status=r["status"],
        extension=extension,
        decided_on=_d(r["decided_on"]),
        granted=r["granted"],
        denied=r["denied"],
        grounds=tuple(json.loads(r["grounds"])),
        explanation=r["explanation"],
        note_ids=tuple(json.loads(r["note_ids"])),
        amendment_text=r["amendment_text"],
        disagreement=r["disagreement"],
        disagreement_on=_d(r["disagreement_on"]),
        rebuttal=r["rebuttal"],
        guardian_id=r["guardian_id"],
        given=given_from_json(r["given"]),
        requester_name=r["requester_name"],
        requester_claim=r["requester_claim"],
        asked=r["asked"],
        refused_rule=r["refused_rule"],
        include_asked_on=_d(r["include_asked_on"]),
        member_id=r["member_id"] or "",
    )


def _values(q: ClientRequest) -> tuple[Any, ...]:
    ext = q.extension
    return (
        q.id, q.client_id, q.kind, q.received_on.isoformat(),
        q.description, int(q.by_representative), q.status, _s(ext.notice_on) if ext else None,
        _s(ext.new_due) if ext else None, ext.reason if ext else "", _s(q.decided_on), q.granted, q.denied,
        json.dumps(list(q.grounds)), q.explanation, json.dumps(list(q.note_ids)), q.amendment_text, q.disagreement,
        _s(q.disagreement_on), q.rebuttal, q.guardian_id, q.given.to_json() if q.given else None,
        q.requester_name, q.requester_claim, q.asked, q.refused_rule, _s(q.include_asked_on), q.member_id,
    )


def insert(db: Compartment, q: ClientRequest, now: str) -> None:
    db.execute(
        f"INSERT INTO client_requests ({_COLS}, created_at, updated_at) VALUES ({', '.join('?' * 30)})",
        (*_values(q), now, now),
    )


def save(db: Compartment, q: ClientRequest, now: str) -> None:
    """Write every mutable field of `q` back (the id, client and kind never change)."""
    names = _COLS.split(", ")[3:]
    values = _values(q)[3:]
    assignments = ", ".join(f"{n} = ?" for n in names)
    db.execute(
        f"UPDATE client_requests SET {assignments}, updated_at = ? WHERE request_id = ?",
        (*values, now, q.id),
    )


def get(db: Compartment, request_id: str) -> ClientRequest | None:
    row = db.query_one(f"SELECT {_COLS} FROM client_requests WHERE request_id = ?", (request_id,))
    return _request(row) if row else None


def list_requests(
    db: Compartment, *, client_id: str | None = None, kind: str | None = None, open_only: bool = False
) -> list[ClientRequest]:
    sql = f"SELECT {_COLS} FROM client_requests WHERE 1 = 1"
    params: list[Any] = []
    if client_id:
        sql += " AND client_id = ?"
        params.append(client_id)
    if kind:
        sql += " AND kind = ?"
        params.append(kind)
    if open_only:
        sql += " AND status = 'open'"
    return [_request(r) for r in db.query(sql + " ORDER BY seq", params)]


def requests_for_notes(db: Compartment, client_id: str) -> list[ClientRequest]:
    """Denied amendment requests of a client: which go with a disclosure of their notes is the
    rule's (domain/amendment_disclosure, 45 CFR 164.526(d)(5))."""
    rows = db.query(
        f"SELECT {_COLS} FROM client_requests WHERE client_id = ? AND kind = 'amendment' AND status = 'denied' "
        "ORDER BY seq",
        (client_id,),
    )
    return [_request(r) for r in rows]


# --- letters --------------------------------------------------------------------------
def insert_letter(
    db: Compartment, *, letter_id: str, request_id: str, client_id: str, kind: str, letter_date: date, body: str,
    now: str, language: str,
) -> None:
    db.execute(
        "INSERT INTO request_letters (letter_id, request_id, client_id, kind, letter_date, body, created_at, "
        "language) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (letter_id, request_id, client_id, kind, letter_date.isoformat(), body, now, language),
    )


def letters_for(db: Compartment, request_id: str) -> list[dict[str, Any]]:
    rows = db.query(
        "SELECT letter_id, kind, letter_date, body, created_at, language FROM request_letters WHERE request_id = ? "
        "ORDER BY created_at",
        (request_id,),
    )
    return [
        {
            "letter_id": r["letter_id"],
            "kind": r["kind"],
            "letter_date": r["letter_date"],
            "body": r["body"],
            "created_at": r["created_at"],
            "language": r["language"],  # None: kept before letters had a language, so English
        }
        for r in rows
    ]


# --- reviews of access denials (164.524(a)(4)) --------------------------------------------
_REVIEW_COLS = ("review_id, request_id, client_id, requested_on, reviewer_name, reviewer_license, took_no_part, "
                "referred_on, due_on, decision, decided_on, explanation")


def _review(r: Any) -> Review:
    return Review(
        r["review_id"],
        r["request_id"],
        r["client_id"],
        date.fromisoformat(r["requested_on"]),
        r["reviewer_name"],
        r["reviewer_license"],
        bool(r["took_no_part"]),
        date.fromisoformat(r["referred_on"]),
        date.fromisoformat(r["due_on"]),
        r["decision"],
        _d(r["decided_on"]),
        r["explanation"],
    )


def insert_review(db: Compartment, v: Review, now: str) -> None:
    db.execute(
        f"INSERT INTO request_reviews ({_REVIEW_COLS}, created_at) VALUES ({', '.join('?' * 13)})",
        (v.review_id, v.request_id, v.client_id, v.requested_on.isoformat(), v.reviewer_name, v.reviewer_license,
         int(v.took_no_part), v.referred_on.isoformat(), v.due_on.isoformat(), v.decision, _s(v.decided_on),
         v.explanation, now),
    )


def decide_review(db: Compartment, v: Review) -> None:
    db.execute("UPDATE request_reviews SET decision = ?, decided_on = ?, explanation = ? WHERE review_id = ?",
               (v.decision, _s(v.decided_on), v.explanation, v.review_id))


def review_for(db: Compartment, request_id: str) -> Review | None:
    row = db.query_one(f"SELECT {_REVIEW_COLS} FROM request_reviews WHERE request_id = ?", (request_id,))
    return _review(row) if row else None


def decided_reviews(db: Compartment) -> dict[str, Review]:
    """Each decided review by its request id: one read for every request a list shows."""
    rows = db.query(f"SELECT {_REVIEW_COLS} FROM request_reviews WHERE decision != ''")
    return {r["request_id"]: _review(r) for r in rows}


def open_reviews(db: Compartment) -> list[Review]:
    rows = db.query(f"SELECT {_REVIEW_COLS} FROM request_reviews WHERE decision = '' ORDER BY due_on, review_id")
    return [_review(r) for r in rows]

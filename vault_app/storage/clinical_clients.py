"""Clients, joint-case membership and guardians in records.db."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from datetime import date
from typing import Any

from vault_app.domain.clinical import (
    Client,
    ClientSummary,
    ContactPreferences,
    Guardian,
    InformedConsent,
    age_on,
)
from vault_app.domain.name_fold import fold_for_search
from vault_app.storage.client_list_key import LIST_KEY
from vault_app.storage.clinical_rows import d2s, dumps, loads, s2d
from vault_app.storage.compartment import Compartment
from vault_app.storage.sql_lists import VALUES_OF, as_json

_COLS = (
    "client_id, kind, chart_number, legal_name, preferred_name, date_of_birth, status, discharged_on, "
    "last_contact, contact, limits_discussed_on, consent_signed_on, consent_attachment_id, consent_notes, "
    "part2, created_at, updated_at, care_consented_by, confidentiality_agreed_on, confidentiality_agreed_by, "
    "sort_as, died_on, letters_in"
)
_GUARDIAN_COLS = (
    "guardian_id, client_id, name, relationship, authority, may_authorize, custody_order_attachment_id, "
    "phone, address, valid_from, valid_until, notes, created_at, majority_order_attachment_id, declined_on, "
    "declined_reason, records_access_basis, records_access_code"
)


def _values(c: Client) -> tuple[Any, ...]:
    return (
        c.client_id, c.kind, c.chart_number, c.legal_name, c.preferred_name, d2s(c.date_of_birth), c.status,
        d2s(c.discharged_on), d2s(c.last_contact), dumps(asdict(c.contact)), d2s(c.consent.limits_discussed_on),
        d2s(c.consent.consent_signed_on), c.consent.consent_attachment_id, c.consent.notes, int(c.part2),
        c.created_at, c.updated_at, c.care_consented_by, d2s(c.confidentiality_agreed_on), c.confidentiality_agreed_by,
        c.sort_as, d2s(c.died_on), c.letters_in,
    )


def insert(db: Compartment, client: Client) -> None:
    db.execute(f"INSERT INTO clients ({_COLS}) VALUES ({', '.join('?' * 23)})", _values(client))


def update(db: Compartment, client: Client) -> None:
    names = [n.strip() for n in _COLS.split(",")]
    assignments = ", ".join(f"{n} = ?" for n in names[1:])
    values = _values(client)
    db.execute(f"UPDATE clients SET {assignments} WHERE client_id = ?", (*values[1:], values[0]))


def _guardian(r: Any) -> Guardian:
    return Guardian(
        guardian_id=r["guardian_id"],
        client_id=r["client_id"],
        name=r["name"],
        relationship=r["relationship"],
        authority=r["authority"],
        may_authorize=bool(r["may_authorize"]),
        custody_order_attachment_id=r["custody_order_attachment_id"],
        phone=r["phone"],
        address=r["address"],
        valid_from=s2d(r["valid_from"]),
        valid_until=s2d(r["valid_until"]),
        notes=r["notes"],
        created_at=r["created_at"],
        majority_order_attachment_id=r["majority_order_attachment_id"],
        declined_on=s2d(r["declined_on"]),
        declined_reason=r["declined_reason"],
        records_access_basis=r["records_access_basis"],
        records_access_code=r["records_access_code"],
    )


def _client(r: Any, guardians: tuple[Guardian, ...], members: tuple[str, ...]) -> Client:
    return Client(
        client_id=r["client_id"],
        kind=r["kind"],
        chart_number=r["chart_number"],
        legal_name=r["legal_name"],
        preferred_name=r["preferred_name"],
        date_of_birth=s2d(r["date_of_birth"]),
        status=r["status"],
        discharged_on=s2d(r["discharged_on"]),
        last_contact=s2d(r["last_contact"]),
        contact=ContactPreferences(**(loads(r["contact"]) or {})),
        consent=InformedConsent(
            s2d(r["limits_discussed_on"]), s2d(r["consent_signed_on"]), r["consent_attachment_id"], r["consent_notes"]
        ),
        part2=bool(r["part2"]),
        created_at=r["created_at"],
        updated_at=r["updated_at"],
        guardians=guardians,
        member_ids=members,
        care_consented_by=r["care_consented_by"],
        confidentiality_agreed_on=s2d(r["confidentiality_agreed_on"]),
        confidentiality_agreed_by=r["confidentiality_agreed_by"],
        sort_as=r["sort_as"],
        died_on=s2d(r["died_on"]),
        letters_in=r["letters_in"],
    )


def get(db: Compartment, client_id: str) -> Client | None:
    row = db.query_one(f"SELECT {_COLS} FROM clients WHERE client_id = ?", (client_id,))
    if row is None:
        return None
    return _client(row, guardians_for(db, client_id), member_ids(db, client_id))


def kind_of(db: Compartment, client_id: str) -> str | None:
    row = db.query_one("SELECT kind FROM clients WHERE client_id = ?", (client_id,))
    return str(row["kind"]) if row else None


def id_by_chart_number(db: Compartment, chart_number: str) -> str | None:
    row = db.query_one("SELECT client_id FROM clients WHERE chart_number = ?", (chart_number,))
    return str(row["client_id"]) if row else None


def ids_by_chart_number_any_case(db: Compartment, chart_number: str) -> list[str]:
    """Up to two charts whose number is `chart_number` but for upper and lower case (ASCII):
    read only after the exact lookup found none."""
    rows = db.query("SELECT client_id FROM clients WHERE chart_number = ? COLLATE NOCASE LIMIT 2", (chart_number,))
    return [str(r["client_id"]) for r in rows]


def chart_number_of(db: Compartment, client_id: str) -> str | None:
    row = db.query_one("SELECT chart_number FROM clients WHERE client_id = ?", (client_id,))
    return str(row["chart_number"]) if row else None


def deaths(db: Compartment) -> dict[str, str]:
    """The recorded date of death (ISO) of each chart that has one, by client id."""
    return {str(r["client_id"]): str(r["died_on"])
            for r in db.query("SELECT client_id, died_on FROM clients WHERE died_on IS NOT NULL")}


def all_ids(db: Compartment) -> list[str]:
    """Every chart id (clients and joint cases) in the order they were created."""
    return [str(r["client_id"]) for r in db.query("SELECT client_id FROM clients ORDER BY seq")]


def newest_individual_ids(db: Compartment, n: int) -> list[str]:
    """The `n` most recently created individual clients, oldest of them first."""
    rows = db.query("SELECT client_id FROM clients WHERE kind = 'individual' ORDER BY seq DESC LIMIT ?", (n,))
    return [str(r["client_id"]) for r in reversed(rows)]


def chart_number_taken(db: Compartment, chart_number: str, *, except_id: str = "") -> bool:
    row = db.query_one(
        "SELECT 1 FROM clients WHERE chart_number = ? AND client_id != ?", (chart_number, except_id)
    )
    return row is not None


def next_chart_number(db: Compartment, prefix: str, retired: frozenset[str] = frozenset()) -> str:
    n = int(db.scalar("SELECT count(*) FROM clients")) + 1
    while f"{prefix}{n:05d}" in retired or chart_number_taken(db, f"{prefix}{n:05d}"):
        n += 1
    return f"{prefix}{n:05d}"


def list_summaries(
    db: Compartment,
    *,
    today: date,
    age_of_majority: int,
    status: str | None = None,
    kind: str | None = None,
) -> list[ClientSummary]:
    where, params = [], []
    if status:
        where.append("status = ?")
        params.append(status)
    if kind:
        where.append("kind = ?")
        params.append(kind)
    sql = (
        "SELECT client_id, chart_number, legal_name, preferred_name, date_of_birth, status, last_contact, part2, kind, "
        "sort_as "
        "FROM clients" + (" WHERE " + " AND ".join(where) if where else "")
        + f" ORDER BY {LIST_KEY} COLLATE NOCASE, seq"
    )
    result = []
    for r in db.query(sql, params):
        dob = s2d(r["date_of_birth"])
        minor = dob is not None and age_on(dob, today) < age_of_majority
        result.append(
            ClientSummary(
                r["client_id"],
                r["chart_number"],
                r["legal_name"],
                r["preferred_name"],
                dob,
                r["status"],
                s2d(r["last_contact"]),
                bool(r["part2"]),
                minor,
                r["kind"],
                r["sort_as"],
            )
        )
    return result


# One page of the client list, in its order (LIST_KEY; index clients_list_by_last_name, records
# migration 0109): a keyset page after (key, seq), so a page costs its own rows, not the charts
# before it. Each search word must appear in the legal or preferred name or the chart number.
# The other orders a therapist may choose (the list's headers): the chart number, and the last
# visit (never seen as the longest while: ''). A sort of the status's rows, a few thousand at most.
ORDER_KEYS = {
    "name": f"{LIST_KEY} COLLATE NOCASE",
    "chart": "chart_number COLLATE NOCASE",
    "last_seen": "coalesce(last_contact, '')",
}
_PAGE = (
    "SELECT seq, client_id, chart_number, legal_name, preferred_name, date_of_birth, status, last_contact,"
    " part2, kind, sort_as, {key} AS list_key FROM clients{indexed} WHERE {where}"
    " ORDER BY {key} {way}, seq {way} LIMIT ?"
)
_MATCH = "instr(vault_fold(legal_name || ' ' || preferred_name || ' ' || chart_number), ?) > 0"


def _page_query(status: str | None, words: Sequence[str], after: tuple[str, int] | None,
                limit: int, order: str = "name", descending: bool = False) -> tuple[str, list[Any]]:
    key = ORDER_KEYS[order]
    where: list[str] = ["1"]
    params: list[Any] = []
    if after is not None:
        where.append(f"({key}, seq) {'<' if descending else '>'} (?, ?)")
        params += [after[0], after[1]]
    if status:
        where.append("status = ?")
        params.append(status)
    for word in words:
        where.append(_MATCH)
        params.append(fold_for_search(word))
    indexed = " INDEXED BY clients_list_by_last_name" if order == "name" else ""
    sql = _PAGE.format(key=key, indexed=indexed, where=" AND ".join(where), way="DESC" if descending else "ASC")
    return sql, [*params, limit]


def page_summaries(
    db: Compartment,
    *,
    today: date,
    age_of_majority: int,
    status: str | None,
    words: Sequence[str],
    after: tuple[str, int] | None,
    limit: int,
    order: str = "name",
    descending: bool = False,
) -> list[tuple[ClientSummary, tuple[str, int]]]:
    """Up to `limit` client-list rows after the cursor `after` (None: from the start), each
    with its own cursor (pass the last one back for the next page), in `order` (ORDER_KEYS),
    turned when `descending`."""
    db.raw_connection.create_function("vault_fold", 1, fold_for_search, deterministic=True)
    sql, params = _page_query(status, words, after, limit, order, descending)
    return [(_summary(r, today, age_of_majority), (str(r["list_key"]), int(r["seq"])))
            for r in db.query(sql, params)]


def page_plan(db: Compartment, *, status: str | None, words: Sequence[str], after: tuple[str, int] | None) -> list[str]:
    """SQLite's plan for a client-list page (tests check it walks the index, never sorts)."""
    db.raw_connection.create_function("vault_fold", 1, fold_for_search, deterministic=True)
    sql, params = _page_query(status, words, after, 1)
    return [str(r["detail"]) for r in db.query("EXPLAIN QUERY PLAN " + sql, params)]


def chart_labels(db: Compartment, client_ids: Sequence[str]) -> dict[str, tuple[str, str]]:
    """(chart number, preferred or legal name) of these charts only, by id; unknown ids left out."""
    rows = db.query(
        f"SELECT client_id, chart_number, preferred_name, legal_name FROM clients WHERE client_id IN {VALUES_OF}",
        (as_json(sorted(set(client_ids))),))
    return {str(r["client_id"]): (str(r["chart_number"]), str(r["preferred_name"] or r["legal_name"])) for r in rows}


def summaries_of(db: Compartment, client_ids: Sequence[str], *, today: date,
                 age_of_majority: int) -> list[ClientSummary]:
    """The client-list rows of these charts only (the search's hits), in the list's order; unknown
    ids left out."""
    rows = db.query(
        "SELECT client_id, chart_number, legal_name, preferred_name, date_of_birth, status, last_contact, part2, kind, "
        "sort_as "
        f"FROM clients WHERE client_id IN {VALUES_OF} ORDER BY {LIST_KEY} COLLATE NOCASE, seq",
        (as_json(sorted(set(client_ids))),))
    return [_summary(r, today, age_of_majority) for r in rows]


def chart_numbers(db: Compartment, client_ids: Sequence[str]) -> dict[str, str]:
    """Chart numbers of these charts only (the dashboard's lines), by id; unknown ids left out."""
    return {client_id: label[0] for client_id, label in chart_labels(db, client_ids).items()}


def count_by_status(db: Compartment, status: str | None) -> int:
    """How many charts the list holds for a status (None: all): a count over an index."""
    if status:
        return int(db.scalar("SELECT count(*) FROM clients WHERE status = ?", (status,)))
    return count(db)


def _summary(r: Any, today: date, age_of_majority: int) -> ClientSummary:
    dob = s2d(r["date_of_birth"])
    return ClientSummary(
        r["client_id"], r["chart_number"], r["legal_name"], r["preferred_name"], dob, r["status"],
        s2d(r["last_contact"]), bool(r["part2"]), dob is not None and age_on(dob, today) < age_of_majority,
        r["kind"], r["sort_as"],
    )


def touch_last_contact(db: Compartment, client_id: str, on: date) -> None:
    db.execute(
        "UPDATE clients SET last_contact = ? WHERE client_id = ? AND (last_contact IS NULL OR last_contact < ?)",
        (on.isoformat(), client_id, on.isoformat()),
    )


def refresh_last_contact(db: Compartment, client_id: str) -> None:
    """Last contact = the latest session date (after a session is added, moved or removed). A
    session recorded only for a draft note is no visit yet (migration 0104)."""
    db.execute(
        "UPDATE clients SET last_contact = (SELECT max(date) FROM sessions WHERE client_id = ? "
        "AND session_id NOT IN (SELECT session_id FROM draft_only_sessions)) "
        "WHERE client_id = ?",
        (client_id, client_id),
    )


def count(db: Compartment) -> int:
    return int(db.scalar("SELECT count(*) FROM clients"))


# --- joint cases ------------------------------------------------------------------
def add_members(db: Compartment, case_id: str, members: tuple[str, ...]) -> None:
    db.executemany(
        "INSERT INTO case_members (client_id, member_client_id, position) VALUES (?, ?, ?)",
        [(case_id, m, i) for i, m in enumerate(members)],
    )


def member_ids(db: Compartment, case_id: str) -> tuple[str, ...]:
    rows = db.query(
        "SELECT member_client_id FROM case_members WHERE client_id = ? ORDER BY position", (case_id,)
    )
    return tuple(str(r["member_client_id"]) for r in rows)


def case_ids_for_member(db: Compartment, client_id: str) -> list[str]:
    rows = db.query("SELECT client_id FROM case_members WHERE member_client_id = ? ORDER BY client_id", (client_id,))
    return [str(r["client_id"]) for r in rows]


# --- guardians ---------------------------------------------------------------------
def insert_guardian(db: Compartment, g: Guardian) -> None:
    db.execute(
        f"INSERT INTO guardians ({_GUARDIAN_COLS}) VALUES ({', '.join('?' * 18)})",
        (
            g.guardian_id, g.client_id, g.name, g.relationship, g.authority, int(g.may_authorize),
            g.custody_order_attachment_id, g.phone, g.address, d2s(g.valid_from), d2s(g.valid_until), g.notes,
            g.created_at, g.majority_order_attachment_id, d2s(g.declined_on), g.declined_reason,
            g.records_access_basis, g.records_access_code,
        ),
    )


def update_guardian(db: Compartment, g: Guardian) -> None:
    db.execute(
        "UPDATE guardians SET name = ?, relationship = ?, authority = ?, may_authorize = ?, "
        "custody_order_attachment_id = ?, phone = ?, address = ?, valid_from = ?, valid_until = ?, notes = ?, "
        "majority_order_attachment_id = ?, declined_on = ?, declined_reason = ?, records_access_basis = ?, "
        "records_access_code = ? "
        "WHERE client_id = ? AND guardian_id = ?",
        (
            g.name, g.relationship, g.authority, int(g.may_authorize), g.custody_order_attachment_id, g.phone,
            g.address, d2s(g.valid_from), d2s(g.valid_until), g.notes, g.majority_order_attachment_id,
            d2s(g.declined_on), g.declined_reason, g.records_access_basis, g.records_access_code, g.client_id,
            g.guardian_id,
        ),
    )


def delete_guardian(db: Compartment, client_id: str, guardian_id: str) -> bool:
    cur = db.execute("DELETE FROM guardians WHERE client_id = ? AND guardian_id = ?", (client_id, guardian_id))
    return bool(cur.rowcount)


def guardians_for(db: Compartment, client_id: str) -> tuple[Guardian, ...]:
    rows = db.query(
        f"SELECT {_GUARDIAN_COLS} FROM guardians WHERE client_id = ? ORDER BY created_at, guardian_id", (client_id,)
    )
    return tuple(_guardian(r) for r in rows)


def born_between(db: Compartment, first: date, last: date) -> list[tuple[str, date, str]]:
    """Individual clients born from `first` to `last` (both included): id, date of birth, status.
    The dashboard's coming-of-age item (services/coming_of_age.py) in one indexed-range read."""
    rows = db.query("SELECT client_id, date_of_birth, status FROM clients WHERE kind = 'individual' "
                    "AND date_of_birth BETWEEN ? AND ? ORDER BY date_of_birth", (d2s(first), d2s(last)))
    return [(str(r["client_id"]), date.fromisoformat(str(r["date_of_birth"])), str(r["status"])) for r in rows]

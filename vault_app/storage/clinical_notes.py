"""Progress notes in records.db. List queries never read the note body columns."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Any

from vault_app.domain.clinical_notes import NoteSummary, ProgressNote, RiskAssessment, Signature
from vault_app.domain.note_preview import HEADER_READ_CHARS, PREVIEW_CHARS, note_preview
from vault_app.storage.clinical_rows import dumps, loads, str_tuple
from vault_app.storage.compartment import Compartment
from vault_app.storage.sql_lists import VALUES_OF, as_json

_COLS = (
    "note_id, client_id, session_id, note_date, template, sections, interventions, goal_ids, risk, author, "
    "created_at, updated_at, signed_at, signed_by, content_hash, signature"
)
_SUMMARY_BASE = "note_id, client_id, session_id, note_date, template, signed_at, updated_at"
# An imported note's preview skips its export's header (domain/note_preview): more of its start is read.
_IMPORTED = "EXISTS (SELECT 1 FROM note_provenance p WHERE p.note_id = progress_notes.note_id)"
_SUMMARY_COLS = (f"{_SUMMARY_BASE}, {_IMPORTED} AS imported, substr(search_text, 1, "
                 f"CASE WHEN {_IMPORTED} THEN {HEADER_READ_CHARS} ELSE {PREVIEW_CHARS} END) AS preview")


def _note(r: Any) -> ProgressNote:
    risk = loads(r["risk"])
    signature = Signature(r["signed_at"], r["signed_by"], r["content_hash"], r["signature"]) if r["signed_at"] else None
    return ProgressNote(
        note_id=r["note_id"],
        client_id=r["client_id"],
        session_id=r["session_id"],
        note_date=date.fromisoformat(r["note_date"]),
        template=r["template"],
        sections=loads(r["sections"]),
        interventions=str_tuple(r["interventions"]),
        goal_ids=str_tuple(r["goal_ids"]),
        risk=RiskAssessment(**risk) if risk else None,
        author=r["author"],
        created_at=r["created_at"],
        updated_at=r["updated_at"],
        signature=signature,
    )


def _summary(r: Any) -> NoteSummary:
    preview = note_preview(str(r["preview"] or ""), imported=bool(r["imported"]))
    return NoteSummary(
        r["note_id"],
        "progress",
        r["client_id"],
        r["session_id"],
        date.fromisoformat(r["note_date"]),
        r["template"],
        r["signed_at"],
        r["updated_at"],
        preview,
    )


def _row(n: ProgressNote) -> tuple[Any, ...]:
    sig = n.signature
    return (
        n.note_id, n.client_id, n.session_id, n.note_date.isoformat(), n.template, dumps(dict(n.sections)),
        dumps(list(n.interventions)), dumps(list(n.goal_ids)), dumps(asdict(n.risk)) if n.risk else None,
        n.author, n.created_at, n.updated_at, sig.signed_at if sig else None, sig.signed_by if sig else None,
        sig.content_hash if sig else None, sig.signature_hex if sig else None,
    )


_INSERT = f"INSERT INTO progress_notes ({_COLS}) VALUES ({', '.join('?' * 16)})"


def insert(db: Compartment, n: ProgressNote) -> None:
    db.execute(_INSERT, _row(n))


def insert_many(db: Compartment, notes: list[ProgressNote]) -> None:
    """Bulk insert, signed or not (demo data, imports): one statement, many rows."""
    db.executemany(_INSERT, [_row(n) for n in notes])


def update_unsigned(db: Compartment, n: ProgressNote) -> bool:
    """Rewrite an unsigned note; False if it is signed (or gone) by now."""
    cur = db.execute(
        "UPDATE progress_notes SET session_id = ?, note_date = ?, template = ?, sections = ?, interventions = ?, "
        "goal_ids = ?, risk = ?, updated_at = ? WHERE note_id = ? AND signed_at IS NULL",
        (
            n.session_id, n.note_date.isoformat(), n.template, dumps(dict(n.sections)), dumps(list(n.interventions)),
            dumps(list(n.goal_ids)), dumps(asdict(n.risk)) if n.risk else None, n.updated_at, n.note_id,
        ),
    )
    return bool(cur.rowcount)


def save_sections(db: Compartment, note_id: str, sections: dict[str, str], updated_at: str) -> bool:
    """The autosave path: one UPDATE of the text, only while unsigned."""
    cur = db.execute(
        "UPDATE progress_notes SET sections = ?, updated_at = ? WHERE note_id = ? AND signed_at IS NULL",
        (dumps(sections), updated_at, note_id),
    )
    return bool(cur.rowcount)


def sign(db: Compartment, note_id: str, sig: Signature) -> bool:
    cur = db.execute(
        "UPDATE progress_notes SET signed_at = ?, signed_by = ?, content_hash = ?, signature = ? "
        "WHERE note_id = ? AND signed_at IS NULL",
        (sig.signed_at, sig.signed_by, sig.content_hash, sig.signature_hex, note_id),
    )
    return bool(cur.rowcount)


def delete_unsigned(db: Compartment, note_id: str) -> bool:
    cur = db.execute("DELETE FROM progress_notes WHERE note_id = ? AND signed_at IS NULL", (note_id,))
    return bool(cur.rowcount)


def get(db: Compartment, note_id: str) -> ProgressNote | None:
    row = db.query_one(f"SELECT {_COLS} FROM progress_notes WHERE note_id = ?", (note_id,))
    return _note(row) if row else None


def status(db: Compartment, note_id: str) -> tuple[str, bool] | None:
    """(client_id, signed) without reading the text."""
    row = db.query_one("SELECT client_id, signed_at IS NOT NULL AS signed FROM progress_notes WHERE note_id = ?",
                       (note_id,))
    return (str(row["client_id"]), bool(row["signed"])) if row else None


def template_and_signed(db: Compartment, note_id: str) -> tuple[str, bool] | None:
    """(template, signed) without reading the text: what the autosave path checks."""
    row = db.query_one(
        "SELECT template, signed_at IS NOT NULL AS signed FROM progress_notes WHERE note_id = ?", (note_id,)
    )
    return (str(row["template"]), bool(row["signed"])) if row else None


def goals_referenced(db: Compartment, client_id: str, goal_ids: set[str]) -> bool:
    """Whether any of this client's progress notes refers to one of `goal_ids`."""
    row = db.query_one(
        "SELECT 1 FROM progress_notes, json_each(progress_notes.goal_ids) AS g "
        f"WHERE progress_notes.client_id = ? AND g.value IN {VALUES_OF} LIMIT 1",
        (client_id, as_json(sorted(goal_ids))),
    )
    return row is not None


def list_for_client(
    db: Compartment, client_id: str, *, limit: int | None = None, offset: int = 0, with_preview: bool = True
) -> list[NoteSummary]:
    cols = _SUMMARY_COLS if with_preview else f"{_SUMMARY_BASE}, 0 AS imported, '' AS preview"
    rows = db.query(
        f"SELECT {cols} FROM progress_notes WHERE client_id = ? ORDER BY note_date DESC, seq DESC LIMIT ? OFFSET ?",
        (client_id, -1 if limit is None else limit, offset),
    )
    return [_summary(r) for r in rows]


def unsigned_created_before(db: Compartment, cutoff_iso: str) -> list[NoteSummary]:
    rows = db.query(
        f"SELECT {_SUMMARY_BASE}, 0 AS imported, '' AS preview FROM progress_notes "
        "WHERE signed_at IS NULL AND created_at < ? ORDER BY created_at",
        (cutoff_iso,),
    )
    return [_summary(r) for r in rows]


def unsigned_ids_created_before(db: Compartment, cutoff_iso: str, client_id: str) -> list[str]:
    rows = db.query(
        "SELECT note_id FROM progress_notes WHERE client_id = ? AND signed_at IS NULL AND created_at < ?",
        (client_id, cutoff_iso),
    )
    return [str(r["note_id"]) for r in rows]


def count(db: Compartment, client_id: str | None = None) -> int:
    if client_id is None:
        return int(db.scalar("SELECT count(*) FROM progress_notes"))
    return int(db.scalar("SELECT count(*) FROM progress_notes WHERE client_id = ?", (client_id,)))

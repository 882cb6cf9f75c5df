"""Snippets and carried-forward notes in records.db (migration 0071)."""

from __future__ import annotations

from typing import Any

from vault_app.domain.faster_notes import Snippet
from vault_app.storage.clinical_rows import dumps, loads
from vault_app.storage.compartment import Compartment


def _snippet(r: Any) -> Snippet:
    return Snippet(r["snippet_id"], r["trigger"], r["body"])


def save_snippet(db: Compartment, s: Snippet, now: str) -> None:
    db.execute(
        "INSERT INTO snippets (snippet_id, trigger, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(trigger) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at",
        (s.snippet_id, s.trigger, s.body, now, now),
    )


def snippet(db: Compartment, trigger: str) -> Snippet | None:
    row = db.query_one("SELECT snippet_id, trigger, body FROM snippets WHERE trigger = ?", (trigger,))
    return _snippet(row) if row else None


def snippets(db: Compartment) -> list[Snippet]:
    return [_snippet(r) for r in db.query("SELECT snippet_id, trigger, body FROM snippets ORDER BY trigger")]


def count_snippets(db: Compartment) -> int:
    return int(db.scalar("SELECT count(*) FROM snippets"))


def delete_snippet(db: Compartment, trigger: str) -> bool:
    return bool(db.execute("DELETE FROM snippets WHERE trigger = ?", (trigger,)).rowcount)


def insert_carried(db: Compartment, note_id: str, client_id: str, from_note_id: str, carried: dict[str, str],
                   now: str) -> None:
    db.execute(
        "INSERT INTO carried_notes (note_id, client_id, from_note_id, carried, created_at) VALUES (?, ?, ?, ?, ?)",
        (note_id, client_id, from_note_id, dumps(carried), now),
    )


def carried(db: Compartment, note_id: str) -> tuple[str, dict[str, str]] | None:
    """(the note it came from, the sections as carried), or None for a note not carried."""
    row = db.query_one("SELECT from_note_id, carried FROM carried_notes WHERE note_id = ?", (note_id,))
    if row is None:
        return None
    return str(row["from_note_id"]), {str(k): str(v) for k, v in (loads(row["carried"]) or {}).items()}

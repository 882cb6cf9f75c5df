"""The session a draft note recorded, left without its note, removed after an unlock.

The note editor's first save writes the session (draft-only: no visit until the note is
signed, records migration 0104), then the note, each in its own transaction; "Link to a
session…" records one and then links it. Killed in between (a crash, a power cut), the
session stays with no note to sign or discard: never a visit, it would sit in the worklist
as a session owed a note and be offered to the day's next note as the visit recorded. It
goes as discarding its draft would have taken it, logged as session.deleted.

Only one written some minutes ago: another process (the app mid-save while a command
unlocks) may be between its two writes right now."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from vault_app.services.clinical_common import audit
from vault_app.services.vault import Vault
from vault_app.storage import clinical_sessions

# Far longer than the two writes of one save take, however slow the disk.
SETTLED = timedelta(minutes=10)


def sweep(vault: Vault) -> list[str]:
    """Remove every draft-only session with no note written before SETTLED ago; their ids."""
    before = (datetime.now(UTC) - SETTLED).isoformat(timespec="microseconds")
    db = vault.records
    with db.transaction():
        # Read again inside the transaction: a note written meanwhile keeps its session.
        left = clinical_sessions.draft_only_without_note(db, before)
        for session_id, _client_id in left:
            clinical_sessions.delete(db, session_id)
    for session_id, client_id in left:
        audit(vault, "session.deleted", client_id=client_id, session_id=session_id, draft_only=True,
              left_without_note=True)
    return [session_id for session_id, _client_id in left]


__all__ = ["SETTLED", "sweep"]

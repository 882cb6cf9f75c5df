"""A progress note written for a day but not attached to its session (release 0.1.0's `note add --date D`
attached none; today's `note add` attaches the chart's session of that day) documents that session when it is
the chart's only session of the day: the worklist no longer counts it among "Sessions without a note". Found by
a walker after the upgrade: "Sessions without a note: 8", every one with its signed note of that day.
Table-driven: the counted side too (another day's note; two sessions that day, so which one is not known)."""

from __future__ import annotations

from datetime import date

import pytest

from vault_app.services import clients, notes, sessions, worklist
from vault_app.services.vault import Vault

DAY = date(2019, 3, 4)
ROWS = (
    # sessions on DAY, the unattached note's day, sessions listed as without a note
    (1, DAY, 0),  # 0.1.0's note of that day: documented
    (1, date(2019, 3, 5), 1),  # a note of another day documents nothing here
    (2, DAY, 2),  # two sessions that day: which one the note is for is not known
    (1, None, 1),  # no note at all
)


@pytest.mark.parametrize(("count", "note_day", "listed"), ROWS)
def test_an_old_unattached_note_documents_its_days_only_session(vault: Vault, count: int, note_day: date | None,
                                                                  listed: int) -> None:
    client = clients.create_client(vault, "Nora Oldnote", date_of_birth="1980-01-01").client_id
    for hour in range(count):
        sessions.add_session(vault, client, date=DAY, duration_minutes=50, start_time=f"{9 + hour:02d}:00")
    if note_day is not None:
        note = notes.create_progress_note(vault, client, text="Session held; plan kept.", note_date=note_day)
        assert note.session_id is None  # as 0.1.0 wrote it
    found = [i for i in worklist.build(vault, on=date(2026, 12, 6)).items if i.section == "sessions_without_notes"]
    assert len(found) == listed

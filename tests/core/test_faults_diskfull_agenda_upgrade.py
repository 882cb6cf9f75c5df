"""A full disk while migration 0087 builds the agenda's week indexes: a clear DiskFull, the
records compartment left exactly at the version before (its old indexes, nothing half-built),
the week view still answering from it, and the upgrade done whole at the next open.

The page limit is injected on the real SQLCipher file (PRAGMA max_page_count), as in
test_faults_diskfull.py's injected variant; the vault's own rows, the migration's own SQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vault_app.domain.errors import DiskFull
from vault_app.services import appointments, clients, notes, sessions
from vault_app.services.vault import Vault, open_vault
from vault_app.storage import migrations, search_index
from vault_app.storage.sql_errors import classify

NEW = {"appointments_week", "sessions_week", "progress_notes_day_state"}
OLD = {"appointments_day", "sessions_date"}
# A migration after 0087 that makes a table or a column must be undone here too.
LATER_MIGRATIONS_UNDONE = (
    "DROP TABLE session_addon_fees",  # 0089
    "DROP TABLE attachment_changes",  # 0091
    "ALTER TABLE client_requests DROP COLUMN guardian_id",  # 0093
    "DROP TABLE chart_key_generations",  # 0097
    "ALTER TABLE chart_keys DROP COLUMN generation",  # 0097
    "ALTER TABLE attachments DROP COLUMN key_generation",  # 0097
    "DROP TABLE joint_held_notes",  # 0098
    "ALTER TABLE client_requests DROP COLUMN given",  # 0101
    "DROP TABLE draft_only_sessions",  # 0104
    "ALTER TABLE authorizations DROP COLUMN described_parts",  # 0105
    "ALTER TABLE client_requests DROP COLUMN requester_name",  # 0106
    "ALTER TABLE client_requests DROP COLUMN requester_claim",  # 0106
    "ALTER TABLE clients DROP COLUMN care_consented_by",  # 0107
    "ALTER TABLE clients DROP COLUMN confidentiality_agreed_on",  # 0108
    "ALTER TABLE clients DROP COLUMN confidentiality_agreed_by",  # 0108
    "DROP INDEX clients_list_by_last_name",  # 0109
    "CREATE INDEX clients_list_order ON clients(legal_name COLLATE NOCASE, seq)",  # 0109 dropped 0082's
    "ALTER TABLE client_requests DROP COLUMN asked",  # 0110
    "ALTER TABLE client_requests DROP COLUMN refused_rule",  # 0111
    # 0112 made clients_list_by_last_name again on the folded key: 0109's line above drops it
    "ALTER TABLE client_requests DROP COLUMN include_asked_on",  # 0113
    "ALTER TABLE clients DROP COLUMN sort_as",  # 0114 (its index went with 0109's line above)
    "ALTER TABLE clients DROP COLUMN died_on",  # 0115
    "ALTER TABLE client_requests DROP COLUMN member_id",  # 0116
    # 0117 made clients_list_by_last_name again, inner accents folded: 0109's line above drops it
    "ALTER TABLE guardians DROP COLUMN records_access_basis",  # 0118
    "DROP TABLE complaints",  # 0119
    "ALTER TABLE clients DROP COLUMN letters_in",  # 0120
    "ALTER TABLE request_letters DROP COLUMN language",  # 0120
    "ALTER TABLE guardians DROP COLUMN records_access_code",  # 0121
    "DROP TABLE closure_letters",  # 0122
    "DROP TABLE closure_letters_writing",  # 0123
    # 0096: search_text as 0010 made it, without the discharge summary's keys
    "ALTER TABLE progress_notes DROP COLUMN search_text",
    "ALTER TABLE progress_notes ADD COLUMN search_text TEXT GENERATED ALWAYS AS (concat_ws(char(10), "
    + ", ".join(f"json_extract(sections, '$.{k}')" for k in ("goals", "data", "behavior", "subjective", "objective",
                                                              "intervention", "response", "assessment", "plan", "text"))
    + ")) VIRTUAL",
)


def _indexes(vault: Vault) -> set[str]:
    return {r[0] for r in vault.records.query("SELECT name FROM sqlite_master WHERE type = 'index'")}


def _as_before_0087(vault: Vault) -> None:
    """The records compartment as the release before 0087 left it, compacted so that the
    migration has to grow the file (no free pages of the dropped indexes to reuse)."""
    with vault.records.transaction():
        for name in sorted(NEW):
            vault.records.execute(f"DROP INDEX {name}")
        vault.records.execute("CREATE INDEX appointments_day ON appointments(date, start_time)")
        vault.records.execute("CREATE INDEX sessions_date ON sessions(date)")
        # What later migrations added, the release before 0087 did not have either; each is
        # re-applied by the upgrade under test (0088 only rewrites rows, so it re-runs as is).
        # 0096's undo drops search_text, which the search file's TEMP triggers on this open
        # connection name (SQLite refuses the drop under them); the next open installs them again.
        search_index.uninstall_triggers(vault.records.raw_connection, "records")
        for undo in LATER_MIGRATIONS_UNDONE:
            vault.records.execute(undo)
    vault.records.execute("PRAGMA user_version = 86")
    vault.records.execute("VACUUM")


def _sessions_noted(vault: Vault) -> list[tuple[str, str | None]]:
    return sorted((str(r["session_id"]), r["note_id"]) for r in vault.records.query(
        "SELECT s.session_id, n.note_id FROM sessions s LEFT JOIN progress_notes n ON n.session_id = s.session_id"))


def _week(vault: Vault) -> list[tuple[str, str, str | None, bool]]:
    return [(r.kind, r.item_id, r.note_id, r.note_signed) for r in appointments.week(vault, "2026-03-02")]


def test_disk_full_while_building_the_week_indexes_leaves_the_old_version_whole(
        vault: Vault, vault_dir: Path) -> None:
    client_id = clients.create_client(vault, "Oriel Fenwick-Stray", date_of_birth="1979-05-06").client_id
    for i in range(150):  # enough rows that the new indexes need more pages than the old ones free
        day = f"2026-03-0{2 + i % 5}"
        session = sessions.add_session(vault, client_id, date=day, start_time=f"{8 + i % 10:02d}:{i % 60:02d}",
                                       end_time=f"{9 + i % 10:02d}:{i % 60:02d}")
        notes.create_progress_note(vault, client_id, session_id=session.session_id, sections={"subjective": "seen"})
    expected = _week(vault)
    assert len(expected) == 150 and all(note_id for _k, _i, note_id, _s in expected)
    _as_before_0087(vault)
    assert _indexes(vault) >= OLD and not _indexes(vault) & NEW

    pages = int(vault.records.query_one("PRAGMA page_count")[0])
    vault.records.execute(f"PRAGMA max_page_count = {pages + 1}")
    with pytest.raises(Exception) as raised:
        migrations.apply(vault.records)
    full = classify(raised.value, "records", "opening the records compartment")
    assert isinstance(full, DiskFull) and "Nothing already saved was lost" in full.hint
    # Rolled back whole: the old version, its indexes, and the same week.
    assert vault.records.user_version() == 86
    assert _indexes(vault) >= OLD and not _indexes(vault) & NEW
    # Its rows as they were (today's agenda query reads 0104's table, which this version lacks).
    assert _sessions_noted(vault) == sorted((item_id, note_id) for _k, item_id, note_id, _s in expected)
    vault.lock()

    with open_vault(vault_dir, PASSPHRASE) as again:  # room again: the next open upgrades
        assert again.records.user_version() == migrations.latest_version("records")
        assert _indexes(again) >= NEW and not _indexes(again) & OLD
        assert _week(again) == expected

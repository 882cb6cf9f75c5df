"""The repository's note of what a rotation removed (REPO/vault-app-removed.json) is believed only
when its MAC, under a key derived from the vault's master key as the repository's chunk keys are,
verifies: anyone who can write to the drive could otherwise make a snapshot deleted by hand read as
"removed by another copy of this vault", or change when. Real vault, real repository, real keys."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from vault_app.services import backup, backup_changed, backup_repo, backup_rotation_removed, clients
from vault_app.services.vault import Vault


def _snapshot(vault: Vault, target: Path) -> Path:
    backup.configure(vault, target=str(target), kind="repo")
    clients.create_client(vault, "Some Client")
    return Path(backup_repo.create_incremental(vault, target, verify=True).path)


def _state(vault: Vault, path: Path) -> tuple[str, str]:
    (row,) = [b for b in backup.list_backups(vault) if Path(b["path"]) == path]
    changed = str(row.get("changed") or "")
    # A plain "missing" row says where it was looked for (tests/core/test_moved_drive_other_folders.py):
    # read here as saying nothing of a removal.
    return str(row["state"]), "" if changed.startswith(f"not found at {path}: ") else changed


def test_a_note_written_by_hand_does_not_make_a_deletion_read_as_another_copys(
    vault: Vault, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    target = tmp_path / "usb"
    snapshot = _snapshot(vault, target)
    snapshot.unlink()  # deleted by hand
    forged = {"format": backup_rotation_removed.FORMAT,
              "removed": {snapshot.name: {"vault_id": vault.vault_id, "time": "2026-01-01T10:00:00+00:00"}}}
    (target / backup_rotation_removed.NAME).write_text(json.dumps(forged))
    with caplog.at_level(logging.WARNING):
        assert _state(vault, snapshot) == ("missing", "")
    said = " ".join(r.getMessage() for r in caplog.records)
    assert "does not verify" in said and vault.vault_id not in said and snapshot.name not in said


def test_a_genuine_note_is_believed_and_one_with_its_words_changed_is_not(vault: Vault, tmp_path: Path) -> None:
    target = tmp_path / "usb"
    snapshot = _snapshot(vault, target)
    backup_rotation_removed.record(snapshot, vault)  # as the rotation does, before it deletes
    snapshot.unlink()
    state, changed = _state(vault, snapshot)
    assert state == backup_changed.REMOVED and changed.startswith("removed by another copy of this vault on ")
    note = target / backup_rotation_removed.NAME
    data = json.loads(note.read_text())
    data["removed"][snapshot.name]["time"] = "2020-01-01T00:00:00+00:00"  # the words changed, the MAC kept
    note.write_text(json.dumps(data))
    assert _state(vault, snapshot) == ("missing", "")


def test_a_single_files_name_taken_again_after_a_removal_is_not_said_removed_when_deleted_by_hand(
    vault: Vault, tmp_path: Path
) -> None:
    """A folder of single files has the note too (a copy's rotation of a file); a day's file name is
    taken again once the first is rotated out, and the note's line for the first file does not
    speak for the second, deleted by hand."""
    target = tmp_path / "files"
    made = backup.create_backup(vault, target, verify=True)
    first = Path(made.path)
    backup_rotation_removed.record(first, vault, made.sha256)  # as a copy's rotation does, before it deletes
    first.unlink()
    state, changed = _state(vault, first)
    assert state == backup_changed.REMOVED and changed.startswith("removed by another copy of this vault on ")
    again = Path(backup.create_backup(vault, target, verify=True).path)
    assert again == first  # the day's first name, free again
    again.unlink()  # by hand
    assert _state(vault, again) == ("missing", "")

"""A backup lost with its folder (deleted and made again: services/backup_folder_lost.py) keeps its
row in the register when a new backup in the new folder is given its file name. Found: the new
backup's row took the lost one's place (the register was by path), so `backup list --all` no longer
listed the lost backup at all, while the ledger kept both backup.created entries. Real vault, real
folders (the drive tables as test_backup_drive_swapped lays them out)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.core.cli_helpers import cli
from tests.core.test_backup_folder_deleted_reused import _made
from vault_app.services import backup, backup_registry
from vault_app.services.vault import Vault


def test_a_new_backup_under_a_lost_ones_name_keeps_both_rows(vault: Vault, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    drive, old = _made(vault, tmp_path, monkeypatch, drive_told=True)
    [lost_row] = [b for b in backup_registry.registered(vault, include_removed=True) if b.path == old]
    made = [backup.create_to_target(vault, drive).path for _ in range(2)]  # the first finds the loss
    assert old in made  # the new folder's names are given afresh: the lost one's is taken again
    rows = [b for b in backup_registry.registered(vault, include_removed=True) if b.path == old]
    assert sorted(b.backup_id for b in rows)[0] == lost_row.backup_id and len(rows) == 2, rows
    by_id = {b.backup_id: b for b in rows}
    assert by_id[lost_row.backup_id].state() == "lost"  # not "present" for the new file at its name
    assert by_id[max(by_id)].state() == "verified"
    found = backup_registry.find(vault, Path(old), include_removed=True)
    assert found is not None and found.backup_id == max(by_id)  # the file at that name now
    # Not rotated away, not said missing: the one at that name now is the new backup.
    assert [r for r in backup.list_backups(vault) if r["state"] == "missing"] == []
    folder = str(vault.folder)
    vault.lock()
    listed = json.loads(cli(capsys, monkeypatch, "backup", "list", "--all", "--json", "--vault", folder).out)
    states = sorted(r["state"] for r in listed["backups"] if r["path"] == old)
    assert states == ["lost", "verified"], listed["backups"]

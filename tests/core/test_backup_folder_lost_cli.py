"""A backup folder found deleted or emptied, its backups recorded lost (services/backup_folder_lost.py), said
by `vault-app backup list`. Found: the app says it once at the next unlock (the backup on lock that found it
says nothing then), but a therapist who uses the command line (or whose `backup auto` runs unattended) saw
only the new backups listed, as if the history had always begun there. In-process CLI, real vault, real
folders (the drive tables as test_backup_drive_swapped lays them out)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.core.cli_helpers import cli
from tests.core.test_backup_folder_deleted_reused import _made
from vault_app.services import backup, backup_registry
from vault_app.services.vault import Vault


@pytest.mark.parametrize("drive_told", [True, False], ids=["found on its drive", "chosen again"])
def test_backup_list_says_the_folder_lost_and_its_backups(vault: Vault, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str],
                                                          drive_told: bool) -> None:
    drive, old = _made(vault, tmp_path, monkeypatch, drive_told=drive_told)
    if not drive_told:
        backup_registry.configure(vault, target=str(drive))  # the therapist: this is the folder
    backup.create_to_target(vault, drive)  # the backup (on lock, or `backup auto`) that finds it
    folder = str(vault.folder)
    vault.lock()
    listed = cli(capsys, monkeypatch, "backup", "list", "--vault", folder)
    assert listed.code == 0, listed.err
    said = [line for line in listed.out.splitlines() if "deleted or emptied" in line]
    assert len(said) == 1, listed.out
    assert str(drive) in said[0] and "the backup made in it before went with it" in said[0], said[0]
    assert "backup list --all" in said[0]
    as_json = cli(capsys, monkeypatch, "backup", "list", "--json", "--vault", folder)
    [lost] = json.loads(as_json.out)["status"]["folders_lost"]
    assert lost["folder"] == str(drive) and lost["backups"] == [old]  # the first, rotated out before


def test_nothing_said_without_a_lost_folder(vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    drive = tmp_path / "usb"
    drive.mkdir()
    backup_registry.configure(vault, target=str(drive), kind="file")
    backup.create_to_target(vault, drive)
    folder = str(vault.folder)
    vault.lock()
    listed = cli(capsys, monkeypatch, "backup", "list", "--vault", folder)
    assert "deleted or emptied" not in listed.out
    assert json.loads(cli(capsys, monkeypatch, "backup", "list", "--json", "--vault", folder).out)[
        "status"]["folders_lost"] == []

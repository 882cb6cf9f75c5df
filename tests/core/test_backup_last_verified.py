"""One answer to "last verified backup" (services/backup_last_verified.py), and `backup list`
saying it. Found in the real app: with the backup folder's drive gone, the Backups window said
"No checked backup yet", `backup list` "Last verified backup: none" and the Today screen
"Last verified backup: today". Real vault, real backups, the folder really moved away or its file
really deleted; `backup list` run by the CLI's own `run` (the console script's, the same output),
on the vault locked and opened again by the command."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import reopen
from tests.core.cli_helpers import cli_in_process
from vault_app.services import backup
from vault_app.services.backup_last_verified import last_verified
from vault_app.services.vault import Vault


def _listed(folder: Path) -> list[str]:
    done = cli_in_process("backup", "--vault", str(folder), "list")
    assert done.code == 0, done.err
    return done.out.splitlines()


def _said(vault: Vault) -> tuple[object, list[str]]:
    """The services' answer and `backup list`'s lines, the vault reopened after the command."""
    said = last_verified(vault)
    folder = vault.folder
    vault.lock()
    return said, _listed(folder)


def test_no_verified_backup_is_none_everywhere(vault: Vault) -> None:
    said, lines = _said(vault)
    assert said.age_days is None and said.where is None and said.reminder_due  # type: ignore[attr-defined]
    assert "Last verified backup: none" in lines
    assert any(line.startswith("REMINDER:") for line in lines)


@pytest.mark.parametrize("how", ["here", "away", "gone"])
def test_the_newest_verified_backup_is_dated_and_said_where_it_is(vault: Vault, tmp_path: Path, how: str) -> None:
    drive = tmp_path / "usb"
    drive.mkdir()
    made = backup.create_backup(vault, drive, verify=True)
    if how == "away":
        shutil.move(str(drive), str(tmp_path / "unplugged"))  # the folder really gone from its path
    elif how == "gone":
        Path(made.path).unlink()  # the folder here, the backup's file deleted
    said, lines = _said(vault)
    assert said.age_days is not None and said.age_days < 1  # type: ignore[attr-defined]
    assert said.where == how  # type: ignore[attr-defined]
    assert said.folder == str(drive.resolve())  # type: ignore[attr-defined]
    assert not said.reminder_due  # type: ignore[attr-defined]
    line = next(line for line in lines if line.startswith("Last verified backup:"))
    assert "none" not in line
    if how == "here":
        assert line == "Last verified backup: 0.0 days old"
    elif how == "away":
        assert line == (f"Last verified backup: 0.0 days old, in {drive.resolve()}, which is not reachable now: "
                        "connect its drive, or make a new backup.")
    else:
        assert line == (f"Last verified backup: 0.0 days old; its file is no longer in {drive.resolve()}, which is "
                        "reachable: deleted or moved. Make a new backup.")
    assert not any(line.startswith("REMINDER:") for line in lines)


def test_an_older_reachable_backup_is_said_beside_the_newer_one_away(vault: Vault, tmp_path: Path) -> None:
    here, drive = tmp_path / "here", tmp_path / "usb"
    here.mkdir()
    drive.mkdir()
    backup.create_backup(vault, here, verify=True)
    backup.create_backup(vault, drive, verify=True)
    shutil.move(str(drive), str(tmp_path / "unplugged"))
    folder = vault.folder
    said, lines = _said(vault)
    assert said.where == "away" and said.reachable_age_days is not None  # type: ignore[attr-defined]
    assert (f"Last verified backup: 0.0 days old (the newest reachable one: 0.0 days old), in {drive.resolve()}, "
            "which is not reachable now: connect its drive, or make a new backup.") in lines
    with reopen(folder) as again:
        assert last_verified(again) == said

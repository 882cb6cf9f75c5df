"""A vault, or a backup folder, on a drive that shows every file to every account of the computer
(exFAT through FUSE: every file 0777, whatever the app asks). Found (forty-sixth round): the app
made its vault and backups there without a word; the files are encrypted, but their names and
sizes were anyone's to see. It now says so where the vault is created (`init`) and unlocked
(each command's stderr, the app's status bar) and where a backup folder is chosen (the Backups
screen's and `backup settings`' warnings), decided by making an owner-only file there and
reading it back, not by the file system's name: a FAT32 mount only its own account can enter
shows 0700 and is private, and is not warned of.

The drives are real (tests/fuse_drive.py mounts them, and the tests skip where it cannot)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.core.cli_helpers import FAST_KDF, cli
from tests.fuse_drive import mounted
from vault_app.services import backup_registry, drive_privacy, reminders
from vault_app.services.vault import Vault
from vault_app.storage.drive_privacy import keeps_files_private


@pytest.fixture
def exfat(tmp_path: Path) -> Iterator[Path]:
    with mounted("exfat", tmp_path) as drive:
        yield drive


def test_an_exfat_drive_is_found_not_private_and_an_ordinary_folder_private(exfat: Path, tmp_path: Path) -> None:
    assert keeps_files_private(exfat) is False
    assert keeps_files_private(tmp_path) is True
    assert keeps_files_private(tmp_path / "not-there") is None  # not told: no warning on a guess
    assert [p.name for p in exfat.iterdir()] == []  # its trial file is gone


def test_a_fat_drive_only_this_account_can_enter_is_private(tmp_path: Path) -> None:
    """Decided by trying, not by name: fusefat shows its files 0700, to the mounting account only."""
    with mounted("fat", tmp_path) as drive:
        assert keeps_files_private(drive) is True


def test_init_and_every_command_on_an_exfat_drive_say_it(exfat: Path, capsys: pytest.CaptureFixture[str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    folder = exfat / "Vault"
    made = cli(capsys, monkeypatch, "--vault", str(folder), "init", *FAST_KDF, "--no-keyring")
    assert made.code == 0, made.err
    assert drive_privacy.VAULT_TEXT in made.err
    listed = cli(capsys, monkeypatch, "--vault", str(folder), "client", "list")
    assert listed.code == 0, listed.err
    assert listed.err.count(drive_privacy.VAULT_TEXT) == 1  # once


def test_a_command_on_an_ordinary_folder_says_nothing_of_it(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "Vault"
    made = cli(capsys, monkeypatch, "--vault", str(folder), "init", *FAST_KDF, "--no-keyring")
    assert made.code == 0, made.err
    assert "cannot keep" not in made.err


class TestTheStatusBarAndTheBackupFolder:
    @pytest.fixture
    def vault_dir(self, exfat: Path) -> Path:  # the suite's `vault` made on the exFAT drive
        return exfat / "Vault"

    def test_the_unlock_s_news_say_it(self, vault: Vault) -> None:
        kinds = [n.kind for n in reminders.status_line(vault).news]
        assert reminders.VAULT_DRIVE_NOT_PRIVATE in kinds


def test_a_backup_folder_on_an_exfat_drive_is_warned_of(vault: Vault, exfat: Path) -> None:
    target = exfat / "Backups"
    target.mkdir()
    assert drive_privacy.BACKUP_TEXT in backup_registry.target_warnings(vault.folder, target)
    kinds = [n.kind for n in reminders.status_line(vault).news]
    assert reminders.VAULT_DRIVE_NOT_PRIVATE not in kinds  # the vault itself is on a private disk


def test_a_backup_folder_on_an_ordinary_disk_is_not(vault: Vault, tmp_path: Path) -> None:
    target = tmp_path / "Backups"
    target.mkdir()
    assert drive_privacy.BACKUP_TEXT not in backup_registry.target_warnings(vault.folder, target)

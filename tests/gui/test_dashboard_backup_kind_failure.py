"""Today's backup card says which backup was checked (a snapshot of the backup folder, or a
single-file backup) and where, and does not say the backups are fine after a failed automatic
backup. Found in the real app: a single-file copy saved elsewhere read as "Last verified
backup: today", and so did a vault whose backup at Quit had been refused."""

from __future__ import annotations

import shutil
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_moment
from vault_app.services import backup, backup_beside_control, backup_registry

pytestmark = pytest.mark.gui


def _card(app: AppController, qtbot: object) -> tuple[str, str]:
    window = app.main_window
    assert window is not None
    window.show_dashboard()
    wait_ops(qtbot)
    card = window.dashboard.cards["backup"]
    return card.value.text(), card.detail.text()


@pytest.mark.parametrize(("kind", "said", "file"), [("repo", "Checked: the backup of ", "snap-"),
                                                    ("file", "Checked: the single-file backup of ", "vault-backup-")])
def test_the_card_names_the_kind_and_folder_of_the_checked_backup(
        unlocked_app: AppController, qtbot: object, tmp_path: Path, kind: str, said: str, file: str) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    drive = tmp_path / "usb" / "vault-backups"
    backup_registry.configure(vault, target=str(drive), kind=kind)
    made = backup.create_to_target(vault, drive)  # Back up now: the settings' kind
    value, detail = _card(unlocked_app, qtbot)
    assert value == "today"
    assert detail.startswith(said) and detail.endswith(f", in {drive.resolve()}"), detail
    # Named by when it was made; its file name (a walker found "snap-…vrs" here) only on hover.
    assert show_moment(made.created) in detail and file not in detail, detail
    tip = unlocked_app.main_window.dashboard.cards["backup"].detail.toolTip()  # type: ignore[union-attr]
    assert tip.startswith(f"The backup's file: {file}"), tip


def test_the_card_says_a_failed_automatic_backup_until_the_next_backup(
        unlocked_app: AppController, qtbot: object, tmp_path: Path) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    drive = tmp_path / "usb" / "vault-backups"
    backup_registry.configure(vault, target=str(drive), kind="repo")
    made = datetime.fromisoformat(backup.create_to_target(vault, drive).created)
    # The failure comes after that backup (a backup's time is to the second, as the failure's).
    while datetime.now(UTC).replace(microsecond=0) <= made:
        time.sleep(0.05)
    shutil.move(str(tmp_path / "usb"), str(tmp_path / "unplugged"))
    # What the backup on lock or at Quit meets: the settings' folder not there.
    with pytest.raises(Exception) as refused:
        backup_registry.configured_target(vault, drive)
    backup_beside_control.failed(refused.value)
    try:
        _value, detail = _card(unlocked_app, qtbot)
        assert detail.startswith("The automatic backup at the last lock was not made: the backup folder "
                                 f"{drive} is not there; nothing was written."), detail
        assert "vault-app" not in detail.replace(str(tmp_path), "")  # no command (CI tmp: vault-app-tests)
        shutil.move(str(tmp_path / "unplugged"), str(tmp_path / "usb"))  # connected again
        backup.create_to_target(vault, drive)  # Back up now
        value, detail = _card(unlocked_app, qtbot)
        assert value == "today" and detail.startswith("Checked: the backup of "), detail
    finally:
        backup_beside_control.take_last_failure()
        backup_beside_control.forget_kept(vault)

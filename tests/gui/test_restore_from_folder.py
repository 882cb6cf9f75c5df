"""The restore dialog given a backup folder (what a therapist on a new computer has): its
snapshots and backup files listed newest first, the newest chosen, and the one chosen restored.
Found by a walker: the folder was refused ("is not a backup file. Choose … the snapshot
(snapshots/snap-….vrs) itself"), and the file chooser cannot choose a folder."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.gui.restore_dialog import RestoreFromBackupDialog
from vault_app.services import backup, backup_repo, clients
from vault_app.services.vault import create_vault, open_vault

pytestmark = pytest.mark.gui


def _names(folder: Path) -> set[str]:
    with open_vault(folder, PASSPHRASE) as vault:
        return {c.display_name for c in clients.list_clients(vault)}


def test_a_backup_folder_lists_its_backups_newest_first_and_restores_the_chosen_one(
        tmp_path: Path, qtbot: object) -> None:
    created = create_vault(tmp_path / "old-laptop", PASSPHRASE, params=OWASP_FLOOR)
    vault = created.vault
    drive = tmp_path / "backup-drive"
    clients.create_client(vault, "First Client", date_of_birth="1975-05-05")
    older = Path(backup_repo.create_incremental(vault, drive, verify=True).path)
    single = Path(backup.create_backup(vault, drive, verify=True).path)
    clients.create_client(vault, "Second Client", date_of_birth="1980-06-06")
    newest = Path(backup_repo.create_incremental(vault, drive, verify=True, rotate_old=False).path)
    vault.lock()
    # Made an hour and half an hour before the newest (made within a second here): a snapshot's
    # time is the one its name holds (services/backups_in_folder.made), a backup file's within its
    # named day its file's time.
    stamp = newest.stat().st_mtime
    hour_before = datetime.fromtimestamp(stamp - 3600, UTC).strftime("%Y-%m-%dT%H%M%SZ")
    older = older.rename(older.with_name(f"snap-{hour_before}.vrs"))
    os.utime(older, (stamp - 3600, stamp - 3600))
    os.utime(single, (stamp - 1800, stamp - 1800))

    dialog = RestoreFromBackupDialog(tmp_path / "new-laptop", may_replace=False)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    assert dialog.in_folder.isHidden() or not dialog.in_folder.isVisible()
    dialog.backup.setText(str(drive))
    qtbot.waitUntil(dialog.in_folder.isVisible)  # type: ignore[attr-defined]
    listed = [Path(str(dialog.in_folder.itemData(i))) for i in range(dialog.in_folder.count())]
    assert listed == [newest, single, older]
    assert dialog.in_folder.currentIndex() == 0 and dialog.in_folder.currentText().startswith("snapshots/snap-")
    assert dialog.chosen_backup() == newest

    dialog.passphrase.setText(PASSPHRASE)
    qtbot.waitUntil(dialog.restore_button.isEnabled)  # type: ignore[attr-defined]
    dialog.restore_button.click()
    wait_ops(qtbot, timeout=60_000)
    assert dialog.report is not None, dialog.message.text()
    assert _names(tmp_path / "new-laptop") == {"First Client", "Second Client"}

    # A file typed again: no list.
    dialog.backup.setText(str(single))
    assert not dialog.in_folder.isVisible() and dialog.chosen_backup() == single


def test_the_vault_s_backup_folder_is_proposed_with_its_newest_backup_chosen(tmp_path: Path, qtbot: object) -> None:
    """Found by a walker: after "records.db is older … Restore from your latest verified backup",
    Restore from a backup… started with Backup empty although the vault names its backup folder."""
    folder, drive = tmp_path / "vault", tmp_path / "backup-drive"
    vault = create_vault(folder, PASSPHRASE, params=OWASP_FLOOR).vault
    backup.configure(vault, target=str(drive), kind="repo")
    first = Path(backup_repo.create_incremental(vault, drive, verify=True).path)
    clients.create_client(vault, "Later Client", date_of_birth="1980-06-06")
    newest = Path(backup_repo.create_incremental(vault, drive, verify=True, rotate_old=False).path)
    vault.lock()
    stamp = newest.stat().st_mtime
    os.utime(first, (stamp - 3600, stamp - 3600))

    dialog = RestoreFromBackupDialog(folder, may_replace=True)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    assert Path(dialog.backup.text()) == drive
    qtbot.waitUntil(dialog.in_folder.isVisible)  # type: ignore[attr-defined]
    assert dialog.chosen_backup() == newest and dialog.in_folder.count() == 2

    # The first-run wizard's folder holds no vault: nothing is proposed.
    fresh = RestoreFromBackupDialog(tmp_path / "empty", may_replace=False)
    qtbot.addWidget(fresh)  # type: ignore[attr-defined]
    assert fresh.backup.text() == ""

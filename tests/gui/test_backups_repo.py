"""The Backups dialog with a backup repository as the target: choosing it, backing up now
(a snapshot), checking it and restoring it from the list. Real Qt widgets (offscreen),
real vaults, real chunks."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, reopen
from tests.gui.conftest import wait_ops
from tests.gui.test_workflows import _open
from vault_app.gui.backups import BackupsDialog, RestoreDialog
from vault_app.gui.controller import AppController
from vault_app.services import backup, backup_beside, clients
from vault_app.services.vault import open_vault

pytestmark = pytest.mark.gui


def _dialog(app: AppController, qtbot: object) -> BackupsDialog:
    window = app.main_window
    assert window is not None
    dialog = _open(window, "backups")
    wait_ops(qtbot)
    assert isinstance(dialog, BackupsDialog)
    return dialog


def test_choose_a_repository_back_up_check_and_restore(
    unlocked_app: AppController, qtbot: object, tmp_path: Path
) -> None:
    unlocked_app.op(None, lambda v: clients.create_client(v, "Before Snapshot", date_of_birth="1980-01-01")).run()
    wait_ops(qtbot)
    dialog = _dialog(unlocked_app, qtbot)
    assert dialog.kind.currentData() == "repo"  # a new vault's default
    assert "dated backups" in dialog.kind_note.text() and "single-file copy" in dialog.kind_note.text()
    dialog.kind.setCurrentIndex(dialog.kind.findData("file"))
    assert "one file in the folder" in dialog.kind_note.text()
    repo = tmp_path / "repo"
    dialog.target.setText(str(repo))
    dialog.kind.setCurrentIndex(dialog.kind.findData("repo"))
    dialog.save_settings()
    wait_ops(qtbot)
    dialog.backup_now()
    wait_ops(qtbot, timeout=60_000)
    assert dialog.result_label.text().startswith("Dated backup snap-"), dialog.result_label.text()
    (made,) = (repo / "snapshots").glob("*.vrs")
    assert dialog.tree.topLevelItemCount() == 1 and dialog.tree.topLevelItem(0).text(1) == made.name
    assert dialog.kind.currentData() == "repo"

    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    dialog.verify_selected()
    wait_ops(qtbot, timeout=60_000)
    assert dialog.result_label.text().startswith(f"{made.name} is intact"), dialog.result_label.text()

    unlocked_app.op(None, lambda v: clients.create_client(v, "After Snapshot", date_of_birth="1981-01-01")).run()
    wait_ops(qtbot)
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))  # the list was read again after the check
    dialog.restore_selected()
    restore = dialog.findChild(RestoreDialog)
    assert restore is not None and restore.path == made
    restore.passphrase.setText(PASSPHRASE)
    # Proposed beside the backup folder, not inside it (it proposed snapshots/restored-…).
    assert restore.folder.text() == str(tmp_path / f"restored-{made.stem}")
    inside = repo / "snapshots" / "restored-here"
    restore.folder.setText(str(inside))
    restore.restore()
    wait_ops(qtbot, timeout=60_000)
    assert restore.isVisible() and "inside the backup folder" in restore.message.text()
    assert not inside.exists() and sorted(p.name for p in (repo / "snapshots").iterdir()) == [made.name]
    restore.passphrase.setText(PASSPHRASE)
    restore.folder.setText(str(tmp_path / "restored"))
    restore.restore()
    wait_ops(qtbot, timeout=60_000)
    assert not restore.isVisible(), restore.message.text()
    unlocked_app.lock("test")
    wait_ops(qtbot, timeout=60_000)
    with open_vault(tmp_path / "restored", PASSPHRASE) as restored:
        assert {c.legal_name for c in clients.list_clients(restored)} == {"Before Snapshot"}
        # A copy beside the vault: its register starts empty and its backups are off, so it never
        # writes into nor thins the vault's snapshots (services/backup_registry_copy.py).
        assert backup.list_backups(restored) == []
        assert backup.settings(restored)["auto"] is False and backup.settings(restored)["target"] is None


def test_lock_makes_a_snapshot_when_the_target_is_a_repository(
    unlocked_app: AppController, qtbot: object, app_folder: Path, tmp_path: Path
) -> None:
    repo = tmp_path / "usb-drive" / "vault-repo"
    unlocked_app.op(None, lambda v: backup.configure(v, target=str(repo), auto=True, kind="repo")).run()
    unlocked_app.op(None, lambda v: clients.create_client(v, "Rowan Fictional", date_of_birth="1990-05-06")).run()
    wait_ops(qtbot)
    unlocked_app.lock("test")
    wait_ops(qtbot, timeout=60_000)
    assert backup_beside.runner().wait(120) and backup_beside.runner().failures == []
    (made,) = (repo / "snapshots").glob("*.vrs")
    with reopen(app_folder) as vault:
        assert [(b["path"], b["state"]) for b in backup.list_backups(vault)] == [(str(made), "verified")]


def test_save_a_single_file_copy_to_take_elsewhere(
    unlocked_app: AppController, qtbot: object, app_folder: Path, tmp_path: Path
) -> None:
    unlocked_app.op(None, lambda v: backup.configure(v, target=str(tmp_path / "repo"))).run()
    unlocked_app.op(None, lambda v: clients.create_client(v, "Copy Fictional", date_of_birth="1970-07-07")).run()
    wait_ops(qtbot)
    dialog = _dialog(unlocked_app, qtbot)
    assert dialog.copy_button.text().replace("&", "") == "Save a single-file copy…"
    stick = tmp_path / "stick"
    dialog.save_single_file_copy(stick)
    wait_ops(qtbot, timeout=60_000)
    (made,) = stick.glob("vault-backup-*.vaultbackup")
    assert dialog.result_label.text().startswith(f"Single-file copy saved: {made}"), dialog.result_label.text()
    row = dialog.tree.topLevelItem(0)
    assert row.text(1) == made.name and row.text(3) == "verified" and row.text(4) == "single file"
    assert dialog.kind.currentData() == "repo"  # the copy changed no setting
    unlocked_app.lock("test")
    wait_ops(qtbot, timeout=60_000)
    assert backup_beside.runner().wait(120) and backup_beside.runner().failures == []
    # The lock's own backup went into the repository; the copy is still there, as it was.
    assert len(list((tmp_path / "repo" / "snapshots").glob("*.vrs"))) == 1 and made.exists()

"""Quit in the older of two copies of a vault agrees with what its unlock advised (found by a
walker): the unlock says first to restore the folder's newest backup here, yet Quit's "Backup not
made" offered "Wait and choose another backup folder" (the step for keeping the older copy), its
Wait went back to the main window with nothing opened, and the status bar said "This vault has no
verified backup yet" while the message said a newer backup exists. Now Wait opens the restore of
that newest backup, named so, and the status bar says what the Today card says. Two real vault
copies, real backups (single files, and a backup folder of dated backups: the refusal there came
untested), the real app's unlock and Quit."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.conftest import PASSPHRASE
from tests.gui.conftest import unlock, wait_ops
from vault_app.gui import quit_backup
from vault_app.gui.backup_restore_dialog import RestoreDialog
from vault_app.gui.controller import AppController
from vault_app.services import backup, backup_repo_restore, clients
from vault_app.services.vault import open_vault
from vault_app.services.vault_rekey_runners import replace_here


# "rekeyed": the new computer's copy replaced every key before its backup. Found: with a backup
# folder of dated backups its snapshot was "another vault's, or damaged" (the unlock said nothing,
# Quit offered "Wait and choose another backup folder"), where a single file of it was the other
# copy's newer backup, as it is.
@pytest.mark.parametrize(("kind", "rekeyed"), [("file", False), ("repo", False), ("file", True), ("repo", True)],
                         ids=["file", "repo", "file-rekeyed", "repo-rekeyed"])
def test_quit_in_the_older_copy_offers_the_restore_its_unlock_advised(
    locked_app: AppController, app_folder: Path, tmp_path: Path, qtbot: object, kind: str, rekeyed: bool
) -> None:
    target = tmp_path / "usb"
    old = open_vault(app_folder, PASSPHRASE)
    try:
        backup.configure(old, target=str(target), kind=kind, auto=True)
        made = Path(backup.create_to_target(old, target).path)
        clients.create_client(old, "Only On The Old Laptop")
    finally:
        old.lock()
    backup_repo_restore.restore_copy(made, tmp_path / "new-computer", passphrase=PASSPHRASE)
    with open_vault(tmp_path / "new-computer", PASSPHRASE) as moved:
        if rekeyed:
            replace_here(moved, PASSPHRASE)
        clients.create_client(moved, "After The Move")
        # The new computer backs up into the same folder, as its settings (restored with it) say.
        newest = Path(backup.create_to_target(moved, target).path)
    assert newest.suffix == (".vrs" if kind == "repo" else ".vaultbackup")

    window = unlock(locked_app, qtbot)

    def shown(name: str) -> QMessageBox | None:
        return next((b for b in window.findChildren(QMessageBox) if b.objectName() == name and b.isVisible()), None)

    qtbot.waitUntil(lambda: shown("olderCopyMessage") is not None)  # type: ignore[attr-defined]
    said = shown("olderCopyMessage")
    assert said is not None and "restore the newest backup here" in said.text()
    said.close()
    wait_ops(qtbot)
    line = window.status_label.text()
    assert "no verified backup" not in line, line
    assert "newer backup" in line.casefold() and "of this vault" in line, line  # one, or several (the day unknown)

    ended: list[bool] = []
    quit_backup.backup_then_quit(window, locked_app, lambda: ended.append(True))
    qtbot.waitUntil(lambda: shown("quitBackupNotMade") is not None, timeout=60_000)  # type: ignore[attr-defined]
    box = shown("quitBackupNotMade")
    assert box is not None
    assert "is of another copy of this vault" in box.text()
    assert "Restore the newest backup here" in box.informativeText(), box.informativeText()
    wait = box.defaultButton()
    assert wait is not None and wait.text() == "&Wait and restore the newest backup…"
    wait.click()
    qtbot.waitUntil(lambda: window.findChild(RestoreDialog, "olderCopyRestoreDialog") is not None)  # type: ignore[attr-defined]
    dialog = window.findChild(RestoreDialog, "olderCopyRestoreDialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.path == newest and dialog.replace.isChecked()
    assert not ended  # waited: the app goes on
    dialog.reject()
    wait_ops(qtbot)

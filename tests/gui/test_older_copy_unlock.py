"""The unlock of the older of two copies says so at once (gui/older_copy.py): a message with the
other copy's newest backup's day and what only this copy holds, the window's title, and the Today
screen's backup card.

Found in the real app: the old laptop back from repair after a new computer was restored from
the newest backup said only "Unlocked.", was titled "Therapy Vault" as the new one, and its card
said "Last verified backup: today". Two real vault copies, a real snapshot repository, the real
app's unlock."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from tests.conftest import PASSPHRASE
from tests.gui.conftest import unlock, wait_ops
from vault_app.gui.backup_restore_dialog import RestoreDialog
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date
from vault_app.services import backup, backup_repo, clients
from vault_app.services.backup_repo_restore import restore_snapshot
from vault_app.services.vault import open_vault


def test_the_old_laptop_says_at_its_unlock_that_it_is_the_older_copy(
    locked_app: AppController, app_folder: Path, tmp_path: Path, qtbot: object
) -> None:
    target = tmp_path / "usb"
    old = open_vault(app_folder, PASSPHRASE)
    try:
        backup.configure(old, target=str(target), kind="repo")
        made = Path(backup_repo.create_incremental(old, target, verify=True).path)
        added = clients.create_client(old, "Only On The Old Laptop")
    finally:
        old.lock()
    restore_snapshot(made, tmp_path / "new-computer", passphrase=PASSPHRASE)
    second = open_vault(tmp_path / "new-computer", PASSPHRASE)
    try:
        newest = Path(backup_repo.create_incremental(second, target, verify=True).path)
    finally:
        second.lock()

    window = unlock(locked_app, qtbot)

    def said() -> QMessageBox | None:
        return next((b for b in window.findChildren(QMessageBox) if b.objectName() == "olderCopyMessage"
                     and b.isVisible()), None)

    qtbot.waitUntil(lambda: said() is not None)  # type: ignore[attr-defined]
    box = said()
    assert box is not None
    text = box.text()
    # The other copy's backup was made a moment ago: its day is today's.
    assert f"made on {show_date(date.today())}, is in {target.resolve()}" in text
    # Both ways it happens, and what to do: a walker's one laptop was told of "the other computer".
    assert "or this vault's folder was replaced by an older copy of itself" in text
    assert "restore the newest backup here" in text and "choose another backup folder for it" in text
    assert "exports and disclosures from this copy are refused" in text
    assert f"Client added: 1 (chart {added.chart_number})" in text
    assert "Only On The Old Laptop" not in text + window.windowTitle()
    # The platform adds " — Therapy Vault" (the application's display name): found in the real
    # app as "Therapy Vault — older copy — Therapy Vault".
    assert window.windowTitle() == "Older copy"
    # The next step is a button: the restore of the folder's newest snapshot over this vault.
    restore = next(b for b in box.buttons() if b.objectName() == "olderCopyRestore")
    assert restore.text() == "&Restore the newest backup…" and box.defaultButton() is restore
    restore.click()
    qtbot.waitUntil(lambda: window.findChild(RestoreDialog, "olderCopyRestoreDialog") is not None)  # type: ignore[attr-defined]
    dialog = window.findChild(RestoreDialog, "olderCopyRestoreDialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.path == newest != made
    assert dialog.replace.isChecked()
    dialog.reject()
    window.show_dashboard()
    wait_ops(qtbot)
    card = window.dashboard.cards["backup"]
    assert card.value.text() == "Older copy"
    assert "restore it here, or use the computer that made it" in card.detail.text()

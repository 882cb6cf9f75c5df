"""Replace every key and the backups made before it (found by a walker): the new kit's words
said "destroy the old kit", yet only the old kit opens the backups made before the replacement.
Now the words and the printed kit say to keep the old kit with those backups, and the kit's
window offers a backup under the new keys, which the new kit opens."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QLabel

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from vault_app.domain.errors import WrongRecoveryKey
from vault_app.gui.controller import AppController
from vault_app.services import backup, backup_restore

pytestmark = pytest.mark.gui

FRESH = "a brand new passphrase for the copy 77"


def test_the_new_kit_keeps_the_old_one_for_older_backups_and_backs_up_under_the_new_keys(
        unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    from vault_app.gui.vault_keys_dialogs import EmergencyKitDialog

    vault, window = unlocked_app.vault, unlocked_app.main_window
    assert vault is not None and window is not None
    usb = tmp_path / "usb"
    older = tmp_path / "offsite" / "older.vaultbackup"  # a copy kept elsewhere: no rotation reaches it
    older.parent.mkdir()
    shutil.copy2(backup.create_backup(vault, usb).path, older)
    backup.configure(vault, target=str(usb), kind="file")
    dialog = window.open_rekey()
    intro = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "keep the old kit with them until they are rotated out" in intro
    dialog.current.setText(PASSPHRASE)
    dialog.rekey_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: bool(window.findChildren(EmergencyKitDialog)))
    kit_dialog = window.findChildren(EmergencyKitDialog)[0]
    said = " ".join(label.text() for label in kit_dialog.findChildren(QLabel))
    assert "destroy the old kit." not in said
    assert "keep the old kit with those backups" in said and "until they are rotated out, then destroy it" in said

    pdf = tmp_path / "new kit.pdf"
    kit_dialog.save_to(pdf)
    wait_ops(qtbot)
    printed = " ".join(PdfReader(str(pdf)).pages[0].extract_text().split())
    assert "This kit replaced an earlier one on" in printed
    assert "keep the earlier kit with those backups until they are rotated out" in printed

    assert kit_dialog.backup_button.isVisible()
    kit_dialog.backup_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: "Backed up under the new keys to" in kit_dialog.backed_up_label.text())
    newer = Path(kit_dialog.backed_up_label.text().split(" to ", 1)[1].split(": this new kit")[0])
    assert newer.is_file() and newer != older
    key = kit_dialog.kit.recovery_key
    kit_dialog.kept.setChecked(True)
    kit_dialog.done_button.click()
    unlocked_app.lock("test")
    wait_ops(qtbot)

    # The new kit opens the backup made now; the older one still needs the earlier kit.
    backup_restore.restore_backup(newer, tmp_path / "restored", recovery_key=key, new_passphrase=FRESH)
    with pytest.raises(WrongRecoveryKey, match="does not open this backup"):
        backup_restore.restore_backup(older, tmp_path / "restored2", recovery_key=key, new_passphrase=FRESH)


def test_with_no_backup_folder_the_kit_window_opens_the_backups_window(unlocked_app: AppController, qtbot) -> None:
    from vault_app.gui.backups import BackupsDialog
    from vault_app.gui.vault_keys_dialogs import EmergencyKitDialog
    from vault_app.services.key_replacement import kit_for

    vault, window = unlocked_app.vault, unlocked_app.main_window
    assert vault is not None and window is not None
    backup.configure(vault, target=None)
    kit_dialog = EmergencyKitDialog(kit_for(vault, "X"), window, controller=unlocked_app)
    kit_dialog.open()
    kit_dialog.backup_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: "No backup folder is chosen yet" in kit_dialog.backed_up_label.text())
    qtbot.waitUntil(lambda: bool(window.findChildren(BackupsDialog)))
    kit_dialog.kept.setChecked(True)
    kit_dialog.done_button.click()

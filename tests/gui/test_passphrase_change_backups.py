"""Change passphrase says what happens to the backups made before: they open only with the old
passphrase or the Emergency Kit (docs/backup.md), so a new backup is offered right after, by the
app's own Back up now. Found by a walker closing a practice: the window said only "From now on
only the new passphrase opens this vault", and a retiree who changes it after her final backup
is left with an archive her passphrase does not open. Real vault, real backup, real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from tests.gui.test_vault_keys_menu import NEW, _judged
from vault_app.gui.backups import BackupsDialog
from vault_app.gui.controller import AppController
from vault_app.services import backup

pytestmark = pytest.mark.gui


def test_the_change_says_the_older_backups_and_offers_a_new_one(unlocked_app: AppController, qtbot,
                                                                  tmp_path: Path) -> None:
    from vault_app.gui.vault_keys_dialogs import ChangePassphraseDialog

    window = unlocked_app.main_window
    assert window is not None
    vault = unlocked_app.vault
    assert vault is not None
    target = tmp_path / "usb"
    target.mkdir()
    backup.configure(vault, target=str(target), kind="file")
    before = len(backup.list_backups(vault))
    dialog = window.open_change_passphrase()
    assert isinstance(dialog, ChangePassphraseDialog)
    said = " ".join(lab.text() for lab in dialog.findChildren(QLabel))
    assert "old passphrase" in said and "Emergency Kit" in said and "new backup" in said, said
    dialog.current.setText(PASSPHRASE)
    dialog.new.first.setText(NEW)
    dialog.new.second.setText(NEW)
    _judged(qtbot, dialog.new.meter, NEW)
    dialog.change_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "passphraseChangedBox") is not None)
    box = window.findChild(QMessageBox, "passphraseChangedBox")
    assert "old passphrase" in box.text() + box.informativeText(), box.text()
    now = next(b for b in box.buttons() if b.text().replace("&", "") == "Back up now")
    assert box.defaultButton() is now
    now.click()
    qtbot.waitUntil(lambda: window.findChild(BackupsDialog) is not None)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: len(backup.list_backups(vault)) == before + 1)
    window.findChild(BackupsDialog).close()
    wait_ops(qtbot)

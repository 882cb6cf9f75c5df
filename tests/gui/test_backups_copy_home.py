"""Back up now in a hand-made copy of the vault opened from elsewhere, sharing the default vault's
backup folder (services/vault_copy_home.py): the automatic backups were off, and Back up now still
wrote the copy's backup into the shared folder, where the real vault's next backups were refused.
It is refused in the error dialog with the next step, and nothing is written. Real Qt widgets,
real vault, real header in the default folder."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import elsewhere
from tests.gui.test_workflows import _open
from vault_app.gui.backups import BackupsDialog
from vault_app.gui.controller import AppController
from vault_app.services import backup_registry
from vault_app.storage.header import HEADER_NAME

pytestmark = pytest.mark.gui


def test_back_up_now_in_a_copy_sharing_the_default_vaults_folder_is_refused(
    unlocked_app: AppController, qtbot: Any, tmp_path: Path,
) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    backups = tmp_path / "backups"
    backups.mkdir()
    elsewhere(unlocked_app, qtbot, lambda v: backup_registry.configure(v, target=str(backups)))
    default = Path(os.environ["VAULT_APP_DIR"])
    default.mkdir(parents=True, exist_ok=True)
    shutil.copy2(vault.folder / HEADER_NAME, default / HEADER_NAME)  # the vault this one is a copy of
    window = unlocked_app.main_window
    assert window is not None
    dialog = _open(window, "backups")
    wait_ops(qtbot)
    assert isinstance(dialog, BackupsDialog)
    dialog.backup_now()
    wait_ops(qtbot, timeout=60_000)
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "errorDialog" and w.isVisible()]
    assert boxes, "no error dialog"
    said, next_step = boxes[-1].text(), boxes[-1].informativeText()  # type: ignore[attr-defined]
    assert "taken for a copy of the vault in " + str(default.resolve()) in said, said
    assert "Nothing was written" in said
    assert "choose another backup folder for it (Choose…, above)" in next_step, next_step
    # No command named (the folder's own path may hold the words, e.g. a test folder under /tmp/vault-app-tests.*)
    assert "vault-app " not in (said + next_step).replace(str(default.resolve()), "")
    for box in boxes:
        box.close()
    dialog.close()
    assert sorted(backups.iterdir()) == []


def test_save_a_single_file_copy_into_the_shared_folder_is_refused_and_elsewhere_allowed(
    unlocked_app: AppController, qtbot: Any, tmp_path: Path,
) -> None:
    """Left by the round that refused Back up now: Save a single-file copy… into the shared folder
    itself wrote a file there, the folder's newest, and the real vault's next backups were refused
    as another copy's. Refused with Back up now's words; a folder elsewhere stays allowed."""
    vault = unlocked_app.vault
    assert vault is not None
    backups, usb = tmp_path / "backups", tmp_path / "usb"
    backups.mkdir()
    usb.mkdir()
    elsewhere(unlocked_app, qtbot, lambda v: backup_registry.configure(v, target=str(backups)))
    default = Path(os.environ["VAULT_APP_DIR"])
    default.mkdir(parents=True, exist_ok=True)
    shutil.copy2(vault.folder / HEADER_NAME, default / HEADER_NAME)  # the vault this one is a copy of
    window = unlocked_app.main_window
    assert window is not None
    dialog = _open(window, "backups")
    wait_ops(qtbot)
    assert isinstance(dialog, BackupsDialog)
    dialog.save_single_file_copy(backups)
    wait_ops(qtbot, timeout=60_000)
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "errorDialog" and w.isVisible()]
    assert boxes, "no error dialog"
    said, next_step = boxes[-1].text(), boxes[-1].informativeText()  # type: ignore[attr-defined]
    assert "taken for a copy of the vault in " + str(default.resolve()) in said, said
    assert "save a single-file copy in another folder" in next_step, next_step
    for box in boxes:
        box.close()
    assert sorted(backups.iterdir()) == []
    dialog.save_single_file_copy(usb)
    wait_ops(qtbot, timeout=60_000)
    qtbot.waitUntil(lambda: "Single-file copy saved" in dialog.result_label.text(), timeout=60_000)
    assert [p.suffix for p in usb.iterdir()] != [] and sorted(backups.iterdir()) == []
    dialog.close()

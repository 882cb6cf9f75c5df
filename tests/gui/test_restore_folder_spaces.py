"""The restore's folder, pasted with a space before it (a second read of gui/backup_restore_dialog.py):
the restore went to the path without its spaces, but the check before it read the path with them,
so " /media/backup/restored" was refused as "Type the whole path…" while the Backups screen takes
the same path for its folder. The folder checked is now the folder restored into."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.gui.conftest import wait_ops
from tests.gui.test_backups_repo import _dialog
from vault_app.gui.backup_restore_dialog import RestoreDialog
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


def test_a_restore_folder_pasted_with_spaces_around_it_is_restored_into(
        unlocked_app: AppController, qtbot: object, tmp_path: Path) -> None:
    from tests.conftest import PASSPHRASE

    drive = tmp_path / "drive"
    drive.mkdir()
    dialog = _dialog(unlocked_app, qtbot)
    dialog.save_single_file_copy(tmp_path / "copies")
    wait_ops(qtbot, timeout=60_000)  # type: ignore[arg-type]
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    dialog.restore_selected()
    restore = dialog.findChild(RestoreDialog)
    assert restore is not None
    restore.passphrase.setText(PASSPHRASE)
    restore.folder.setText(f"  {drive / 'restored'} ")
    restore.restore()
    wait_ops(qtbot, timeout=60_000)  # type: ignore[arg-type]
    assert restore.message.text() == ""
    assert (drive / "restored").is_dir() and any((drive / "restored").iterdir())
    for box in QApplication.topLevelWidgets():  # the "Restored into …" box, answered
        if isinstance(box, QMessageBox) and box.isVisible():
            box.close()

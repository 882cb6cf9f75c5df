"""The restore dialog with "Replace the vault I am using now" ticked (found on Xvfb): it still said
"Restore into: <a folder beside the backup>", a folder the restore does not use (it goes over the
vault in use). With Replace ticked the dialog names the vault in use as what is replaced, and the
folder field is out of the way; unticked, the folder typed is back as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from tests.gui.conftest import wait_ops
from tests.gui.test_backups_repo import _dialog
from vault_app.gui.backup_restore_dialog import RestoreDialog
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


def _shown_texts(dialog: RestoreDialog) -> list[str]:
    return [label.text().replace("&", "") for label in dialog.findChildren(QLabel) if label.isVisibleTo(dialog)]


def test_replace_ticked_names_the_vault_in_use_not_a_folder(
        unlocked_app: AppController, qtbot: object, tmp_path: Path) -> None:
    backups = _dialog(unlocked_app, qtbot)
    backups.save_single_file_copy(tmp_path / "copies")
    wait_ops(qtbot, timeout=60_000)  # type: ignore[arg-type]
    backups.tree.setCurrentItem(backups.tree.topLevelItem(0))
    backups.restore_selected()
    restore = backups.findChild(RestoreDialog)
    assert restore is not None
    beside = restore.folder.text()
    assert restore.folder.isVisibleTo(restore)
    assert "Restore into:" in _shown_texts(restore)

    restore.replace.setChecked(True)
    shown = _shown_texts(restore)
    assert not restore.folder.isVisibleTo(restore), "the folder the restore does not use is hidden"
    assert "Restore into:" not in shown
    vault_folder = str(unlocked_app.folder)
    assert any(vault_folder in text for text in shown), shown  # what is replaced, by its folder

    restore.folder.setText(beside + "-x")  # typed before, kept for when Replace is unticked
    restore.replace.setChecked(False)
    assert restore.folder.isVisibleTo(restore)
    assert "Restore into:" in _shown_texts(restore)
    assert not any(vault_folder in text for text in _shown_texts(restore))
    assert restore.folder.text() == beside + "-x"
    restore.reject()

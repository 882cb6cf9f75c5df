"""The Backups window judges a folder chosen with Choose… when it is chosen, under the field
(found after the thirty-eighth round: a folder inside a vault's folder was chosen without a
word, and refused only at Save or Back up now); Save still checks. The real folder chooser,
answered as a therapist does (the folder typed in its name box, Enter)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton

from tests.gui.conftest import wait_ops
from tests.gui.test_backups_repo import _dialog
from tests.gui.test_folder_dialog_typed import _type_then_enter
from vault_app.gui.backups import BackupsDialog
from vault_app.gui.controller import AppController
from vault_app.services import backup

pytestmark = pytest.mark.gui


def _choose(dialog: BackupsDialog, folder: Path, qtbot: object) -> None:
    button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Ch&oose…")
    QTimer.singleShot(0, lambda: _type_then_enter(str(folder), {}))
    button.click()
    assert dialog.target.text() == str(folder)
    wait_ops(qtbot)


def test_a_folder_chosen_in_the_vaults_folder_is_said_under_the_field_at_once(
    unlocked_app: AppController, qtbot: object, tmp_path: Path
) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    dialog = _dialog(unlocked_app, qtbot)
    inside = vault.folder
    _choose(dialog, inside, qtbot)
    assert "Backups cannot be kept inside the vault folder" in dialog.target_note.text()
    assert dialog.target_note.isVisible() and backup.settings(vault).get("target") is None

    repo = tmp_path / "other-repo"
    for part in ("chunks", "snapshots"):
        (repo / part).mkdir(parents=True)
    _choose(dialog, repo / "snapshots", qtbot)
    assert "holds the backups of another backup folder" in dialog.target_note.text()

    beside = tmp_path / "backup drive"
    beside.mkdir()
    _choose(dialog, beside, qtbot)
    assert dialog.target_note.text().strip() == ""  # a good folder: the line says nothing
    assert backup.settings(vault).get("target") is None  # chosen, not saved: Save saves it

"""The Backups window's folder, typed as a therapist types it (sixteenth round, in the real
app): "bk-relative" was saved and backed up into whatever folder the app was started from while
the field went on saying "bk-relative", and a file ("/etc/passwd") was saved as the backup
folder, failing only at the next backup (the automatic one at a lock)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.gui.conftest import wait_ops
from tests.gui.test_backups_repo import _dialog
from vault_app.gui.controller import AppController
from vault_app.services import backup

pytestmark = pytest.mark.gui


def test_a_folder_name_without_its_path_is_neither_saved_nor_backed_up_into(
    unlocked_app: AppController, qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started_in = tmp_path / "started-in"
    started_in.mkdir()
    monkeypatch.chdir(started_in)
    dialog = _dialog(unlocked_app, qtbot)
    dialog.target.setText("bk-relative")
    dialog.save_settings()
    wait_ops(qtbot)
    assert "whole path" in dialog.result_label.text()
    dialog.backup_now()
    wait_ops(qtbot)
    assert "whole path" in dialog.result_label.text()
    vault = unlocked_app.vault
    assert vault is not None
    assert backup.settings(vault).get("target") is None
    assert list(started_in.iterdir()) == []


def test_a_file_is_not_saved_as_the_backup_folder(unlocked_app: AppController, qtbot: object,
                                                  tmp_path: Path) -> None:
    a_file = tmp_path / "passwd"
    a_file.write_text("a file")
    dialog = _dialog(unlocked_app, qtbot)
    dialog.target.setText(str(a_file))
    dialog.save_settings()
    wait_ops(qtbot)
    boxes = [b for b in dialog.findChildren(QMessageBox) if b.isVisible()]
    assert boxes and "is a file, not a folder" in boxes[0].text()
    for box in boxes:
        box.close()
    vault = unlocked_app.vault
    assert vault is not None
    assert backup.settings(vault).get("target") is None
    assert a_file.read_text() == "a file"

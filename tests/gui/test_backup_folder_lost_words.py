"""Back up now into a backup folder deleted and made again at the same path, on the drive it was
marked on (services/backup_folder_lost.py): the window says what happened, beside the backup it
made, in English and in Spanish. Real vault, real Backups window, the folder deleted for real;
the drive's tables laid out as in tests/core/test_backup_drive_swapped.py (no drive can be
mounted here)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.core.test_backup_drive_swapped import UUID_A, Drives
from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_window_mnemonics import language  # noqa: F401  (the fixture: en, then es)
from vault_app.gui.controller import AppController
from vault_app.services import backup

pytestmark = pytest.mark.gui

WORDS = {
    "en": "was deleted or emptied since the last backup: the backups made in it before went with it",
    "es": "se borró o se vació desde la última copia: las copias hechas antes en ella se fueron con ella",
}


def test_back_up_now_says_its_folder_was_deleted_and_made_again(
        language: str, locked_app: AppController, qtbot: object, tmp_path: Path,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    drive = tmp_path / "usb"
    drive.mkdir()
    Drives(tmp_path / "system", drive, monkeypatch).plug(UUID_A)
    window = unlock(locked_app, qtbot)
    dialog = window.open_backups()
    wait_ops(qtbot)  # type: ignore[arg-type]
    dialog.target.setText(str(drive))
    dialog.kind.setCurrentIndex(dialog.kind.findData("file"))
    dialog.backup_now()
    wait_ops(qtbot, timeout=60_000)  # type: ignore[arg-type]
    assert WORDS[language] not in dialog.result_label.text()
    shutil.rmtree(drive)
    drive.mkdir()
    dialog.backup_now()
    wait_ops(qtbot, timeout=60_000)  # type: ignore[arg-type]
    said = dialog.result_label.text()
    assert f"{drive} {WORDS[language]}" in said, said
    vault = locked_app.vault
    assert vault is not None
    assert [r["state"] for r in backup.list_backups(vault)] == ["verified"]  # no "missing" row

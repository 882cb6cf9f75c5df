"""Records > Destructions > Purge a backup file… (found in the walk of the last round): its chooser
opened in the home folder, far from any backup, and with the psychotherapy notes locked the
button asked to unlock them, then needed a second click once they were. Now the chooser opens in
the vault's backup folder, and the unlock goes on to it by itself. Real vault, real backups, real
widgets; only the chooser's answer is given."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import window_of
from tests.gui.test_destructions_purge_file import _hand_copy_then_destroy, _holds_destroyed
from vault_app.gui import file_dialogs
from vault_app.gui.controller import AppController
from vault_app.gui.destructions_dialog import DestructionsDialog
from vault_app.services import backup

pytestmark = pytest.mark.gui


def test_the_chooser_opens_in_the_backup_folder_right_after_the_unlock(
        unlocked_app: AppController, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = unlocked_app
    hand, _cert = _hand_copy_then_destroy(app, qtbot, tmp_path)
    vault = app.vault
    assert vault is not None
    folder = tmp_path / "drive" / "vault-backups"
    folder.mkdir(parents=True)
    backup.configure(vault, target=str(folder), kind="file")
    dialog = window_of(app).open_destructions()
    assert isinstance(dialog, DestructionsDialog)
    wait_ops(qtbot)

    asked: list[tuple[str, str]] = []

    def chooser(_parent: object, caption: str, directory: str, _filters: str = "") -> str:
        asked.append((caption, directory))
        return str(hand)

    monkeypatch.setattr(file_dialogs, "open_file", chooser)
    dialog.file_button.click()  # the notes locked: their passphrase is asked first
    wait_ops(qtbot)
    assert asked == [] and not dialog.psy_row.isHidden()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.unlock_button.click()
    # No second click: the chooser opens once the notes are open, in the backup folder.
    qtbot.waitUntil(lambda: asked != [], timeout=30_000)
    assert asked == [("Choose the backup file to purge", str(folder.resolve()))]
    qtbot.waitUntil(lambda: not dialog.busy() and dialog.saved.text() != "", timeout=120_000)
    wait_ops(qtbot)
    assert dialog.saved.text() == f"The chart was purged from the backup file {hand.resolve()}.", dialog.saved.text()
    assert not _holds_destroyed(app, hand)
    dialog.reject()


def test_with_no_backup_folder_there_the_chooser_opens_in_the_home_folder(
        unlocked_app: AppController, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = unlocked_app
    _hand_copy_then_destroy(app, qtbot, tmp_path)
    vault = app.vault
    assert vault is not None
    backup.configure(vault, target=str(tmp_path / "unplugged"), kind="file")
    if (tmp_path / "unplugged").is_dir():
        (tmp_path / "unplugged").rmdir()  # its drive not connected now
    dialog = window_of(app).open_destructions()
    assert isinstance(dialog, DestructionsDialog)
    app.unlock_psychotherapy(dialog, PASSPHRASE)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: app.psychotherapy_open)
    asked: list[str] = []
    monkeypatch.setattr(file_dialogs, "open_file", lambda _p, _c, directory, _f="": asked.append(directory) or "")
    dialog.file_button.click()
    qtbot.waitUntil(lambda: asked != [], timeout=30_000)
    assert asked == [str(Path.home())]
    dialog.reject()

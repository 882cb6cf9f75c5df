"""The Backups window's folder field, typed carelessly or pasted (found typing hostile input into
the real app's Backups window): a control character (a NUL, a line break, a tab), a folder name
over 255 characters, a path over the system's limit, or "~someone" naming no user of this
computer. Each was taken to the disk: "Something went wrong inside the app" for the first
three (an OSError or a ValueError, a bug's message) and, for "~someone", an exception on the GUI
thread. Now each is said in the window in plain words, before any disk is touched; nothing is
saved or written. Real Qt widgets (offscreen), real vault."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.gui.conftest import wait_ops
from tests.gui.test_backups_repo import _dialog
from vault_app.gui.controller import AppController
from vault_app.services import backup

pytestmark = pytest.mark.gui


def _typed(tmp_path: Path, kind: str) -> tuple[str, str]:
    """(what is typed, what the window says about it)."""
    return {
        "nul": (f"{tmp_path}/bk\x00up", "control character"),
        "line break": (f"{tmp_path}/bk\nup", "control character"),
        "tab": (f"{tmp_path}/bk\tup", "control character"),
        "long name": (str(tmp_path / ("a" * 300)), "too long"),
        "long path": (str(tmp_path / ("d/" * 2100)), "too long"),
        "no such user": ("~no-such-user-h9/backups", "no user"),
    }[kind]


@pytest.mark.parametrize("kind", ["nul", "line break", "tab", "long name", "long path", "no such user"])
@pytest.mark.parametrize("action", ["save_settings", "backup_now"])
def test_a_folder_path_no_disk_can_take_is_said_plainly_and_nothing_is_written(
        unlocked_app: AppController, qtbot: object, tmp_path: Path, kind: str, action: str) -> None:
    drive = tmp_path / "drive"
    drive.mkdir()
    typed, said = _typed(drive, kind)
    dialog = _dialog(unlocked_app, qtbot)
    dialog.target.setText(typed)
    getattr(dialog, action)()
    wait_ops(qtbot, timeout=60_000)  # type: ignore[arg-type]
    boxes = [b.text() for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox) and b.isVisible()]
    assert boxes == [] and said in dialog.result_label.text(), (boxes, dialog.result_label.text())
    assert dialog.target.text() == typed  # what was typed stays, to be corrected
    vault = unlocked_app.vault
    assert vault is not None
    assert backup.settings(vault).get("target") is None and backup.list_backups(vault) == []
    assert list(drive.iterdir()) == []


@pytest.mark.parametrize(("typed", "said"), [
    ("{drive}/bk\x00up", "control character"),
    ("{drive}/" + "a" * 300, "too long"),
    ("~no-such-user-h9/restored", "no user"),
    ("restored-here", "whole path"),  # was restored into the folder the app was started from
    ("   ", "whole path"),  # was restored into the folder the app was started from itself
])
def test_a_restore_folder_no_disk_can_take_is_said_plainly_and_nothing_is_restored(
        unlocked_app: AppController, qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        typed: str, said: str) -> None:
    from tests.conftest import PASSPHRASE
    from vault_app.gui.backups import RestoreDialog

    started_in, drive = tmp_path / "started-in", tmp_path / "drive"
    started_in.mkdir()
    drive.mkdir()
    monkeypatch.chdir(started_in)
    dialog = _dialog(unlocked_app, qtbot)
    dialog.save_single_file_copy(tmp_path / "copies")
    wait_ops(qtbot, timeout=60_000)  # type: ignore[arg-type]
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    dialog.restore_selected()
    restore = dialog.findChild(RestoreDialog)
    assert restore is not None
    restore.passphrase.setText(PASSPHRASE)
    restore.folder.setText(typed.format(drive=drive))
    restore.restore()
    wait_ops(qtbot, timeout=60_000)  # type: ignore[arg-type]
    boxes = [b.text() for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox) and b.isVisible()]
    assert boxes == [] and restore.isVisible() and said in restore.message.text(), (boxes, restore.message.text())
    assert list(started_in.iterdir()) == [] and list(drive.iterdir()) == []

"""Locate… in the Backups window (gui/backup_locate.py): a backup file moved by hand stayed
"missing" for good. The button is there only beside a row whose file is not there; the file
pointed at is taken only when it is that very backup (size and SHA-256), and the row follows it;
another file is refused in the error dialog and nothing changes. Real Qt widgets, real vault,
real backup files."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTreeWidgetItem

from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import elsewhere
from tests.gui.test_workflows import _open
from vault_app.gui import file_dialogs
from vault_app.gui.backups import BackupsDialog
from vault_app.gui.controller import AppController
from vault_app.services import backup

pytestmark = pytest.mark.gui


def _row(dialog: BackupsDialog, name: str) -> QTreeWidgetItem:
    items = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    return next(i for i in items if i is not None and i.text(1) == name)


def test_locate_takes_the_very_backup_and_refuses_another_file(
    unlocked_app: AppController, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    usb, other = tmp_path / "usb", tmp_path / "other"
    made: list[Path] = []
    elsewhere(unlocked_app, qtbot, lambda v: made.append(Path(backup.create_backup(v, usb, rotate_old=False).path)))
    elsewhere(unlocked_app, qtbot, lambda v: made.append(Path(backup.create_backup(v, usb, rotate_old=False).path)))
    first, second = made
    other.mkdir()
    moved = other / first.name
    first.rename(moved)  # moved by hand
    window = unlocked_app.main_window
    assert window is not None
    dialog = _open(window, "backups")
    wait_ops(qtbot)
    assert isinstance(dialog, BackupsDialog)
    dialog.tree.setCurrentItem(_row(dialog, second.name))
    assert dialog.locate_button.isHidden()  # its file is there: nothing to locate
    dialog.tree.setCurrentItem(_row(dialog, first.name))
    assert not dialog.locate_button.isHidden()

    # Another backup put under its name: refused, the row unchanged.
    stray = tmp_path / "stray"
    stray.mkdir()
    shutil.copyfile(second, stray / first.name)
    monkeypatch.setattr(file_dialogs, "open_file", lambda *_a: str(stray / first.name))
    dialog.locate_button.click()
    wait_ops(qtbot, timeout=60_000)
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "errorDialog" and w.isVisible()]
    assert boxes, "no error dialog"
    said = boxes[-1].text()  # type: ignore[attr-defined]
    assert f"is not the backup {first.name} registered in this vault" in said, said
    for box in boxes:
        box.close()
    assert _row(dialog, first.name).data(0, Qt.ItemDataRole.UserRole) == str(first)

    # The very file: taken, the row names its new place and is no longer missing.
    monkeypatch.setattr(file_dialogs, "open_file", lambda *_a: str(moved))
    dialog.tree.setCurrentItem(_row(dialog, first.name))
    dialog.locate_button.click()
    wait_ops(qtbot, timeout=60_000)
    qtbot.waitUntil(lambda: _row(dialog, first.name).data(0, Qt.ItemDataRole.UserRole) == str(moved.resolve()))
    assert "the very backup registered" in dialog.result_label.text()
    dialog.tree.setCurrentItem(_row(dialog, first.name))
    assert dialog.locate_button.isHidden()  # found: nothing left to locate
    dialog.close()


def test_locate_after_a_failed_check_shows_the_backup_found_and_checked(
    unlocked_app: AppController, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Found by a walker (Spanish): Check on a moved file recorded a failed check; after Locate…
    took the very file (same size and SHA-256) the row still said "failed" and the red "no checked
    backup yet" stayed until a second manual Check. Locate… checks the file found again."""
    usb, other = tmp_path / "usb", tmp_path / "other"
    made: list[Path] = []
    elsewhere(unlocked_app, qtbot, lambda v: made.append(Path(
        backup.create_backup(v, usb, verify=True, rotate_old=False).path)))
    (first,) = made
    other.mkdir()
    moved = other / first.name
    first.rename(moved)  # moved by hand
    window = unlocked_app.main_window
    assert window is not None
    dialog = _open(window, "backups")
    wait_ops(qtbot)
    assert isinstance(dialog, BackupsDialog)
    dialog.tree.setCurrentItem(_row(dialog, first.name))
    dialog.verify_selected()  # the file is not there: the check fails, and is recorded
    wait_ops(qtbot, timeout=60_000)
    for box in [w for w in QApplication.topLevelWidgets() if w.objectName() == "errorDialog" and w.isVisible()]:
        box.close()
    qtbot.waitUntil(lambda: bool(dialog.reminder.text()))
    assert _row(dialog, first.name).text(3) == dialog.tr("missing")  # not found, not "failed"

    monkeypatch.setattr(file_dialogs, "open_file", lambda *_a: str(moved))
    dialog.tree.setCurrentItem(_row(dialog, first.name))
    dialog.locate_button.click()
    wait_ops(qtbot, timeout=60_000)
    qtbot.waitUntil(lambda: _row(dialog, first.name).data(0, Qt.ItemDataRole.UserRole) == str(moved.resolve()))
    qtbot.waitUntil(lambda: _row(dialog, first.name).text(3) == dialog.tr("verified"), timeout=60_000)
    qtbot.waitUntil(lambda: dialog.reminder.text() == "", timeout=60_000)
    assert "the very backup registered" in dialog.result_label.text()
    assert "can be restored" in dialog.result_label.text()
    assert "none yet" not in dialog.summary.text()
    dialog.close()

"""The app's folder chooser (Qt's own dialog, file_dialogs.existing_directory): a folder
path typed in its name box and Enter choose exactly that folder. Qt's completion selects
the folders it passes on the way ("x" while "/…/x/vault" is typed), and Qt's Directory mode
answered that selection: the folder ABOVE the typed one (seen in Vault > Open another vault…)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox

from vault_app.gui import file_dialogs


def _type_then_enter(text: str, seen: dict[str, object]) -> None:
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, QFileDialog):
        QTimer.singleShot(10, lambda: _type_then_enter(text, seen))
        return
    edit = dialog.findChild(QLineEdit, "fileNameEdit")
    assert edit is not None
    if not edit.hasFocus():  # keys reach the box only once the dialog has the keyboard
        dialog.activateWindow()
        edit.setFocus()
        QTimer.singleShot(10, lambda: _type_then_enter(text, seen))
        return
    # At typing speed, right as the dialog opens: Qt lists folders in a thread of its own,
    # and whether its completion lets go of a folder it selected on the way depends on
    # whether that listing came first.
    QTest.keyClicks(edit, text)
    seen["selected before Enter"] = dialog.selectedFiles()
    QTest.keyClick(edit, Qt.Key.Key_Return)


@pytest.mark.parametrize("name", ["x", "practice", "restored vault"])
def test_a_typed_folder_and_enter_choose_that_folder_not_the_one_above(qtbot: object, tmp_path: Path,
                                                                       name: str) -> None:
    (tmp_path / "x" / name / "attachments").mkdir(parents=True)
    (tmp_path / "x" / "other").mkdir()
    typed = str(tmp_path / "x" / name)
    seen: dict[str, object] = {}
    QTimer.singleShot(0, lambda: _type_then_enter(typed, seen))

    assert file_dialogs.existing_directory(None, "Open another vault", str(tmp_path)) == typed


def test_a_typed_name_inside_the_shown_folder_is_chosen(qtbot: object, tmp_path: Path) -> None:
    (tmp_path / "Backups").mkdir()
    (tmp_path / "Back").mkdir()
    QTimer.singleShot(300, lambda: _type_then_enter("Backups", {}))

    assert file_dialogs.existing_directory(None, "Backup folder", str(tmp_path)) == str(tmp_path / "Backups")


def test_a_typed_folder_that_does_not_exist_is_not_answered_by_its_parent(qtbot: object, tmp_path: Path) -> None:
    (tmp_path / "practice").mkdir()
    warnings: list[str] = []

    def close_warning_then_cancel() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            warnings.append(box.text())
            box.accept()
            QTimer.singleShot(100, close_warning_then_cancel)
        elif isinstance(box, QFileDialog):
            box.reject()
        else:
            QTimer.singleShot(50, close_warning_then_cancel)

    def typed_then_watch() -> None:
        _type_then_enter(str(tmp_path / "practice" / "missing"), {})

    QTimer.singleShot(300, typed_then_watch)
    QTimer.singleShot(900, close_warning_then_cancel)

    assert file_dialogs.existing_directory(None, "Backup folder", str(tmp_path)) == ""
    assert warnings and str(tmp_path / "practice" / "missing") in warnings[0]

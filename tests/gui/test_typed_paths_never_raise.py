"""Every other path typed into the app and expanded (~) on the GUI thread, asked as the first-run
wizard's backup page now is: "~nosuchuser/x" raised RuntimeError from Path.expanduser in the
wizard's vault folder (at each keystroke of its backup page, at Create, at Restore…), in the
first-run restore's folder (at each keystroke) and backup file, in the access copy's folder (at
Make) and in the folder chooser's name box; a name over the system's limit raised OSError there."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from tests.gui.test_access_copy import _open_request
from tests.gui.test_folder_dialog_typed import _type_then_enter
from vault_app.gui import file_dialogs
from vault_app.gui.access_copy_dialog import AccessCopyDialog
from vault_app.gui.backup_folder_problems import (
    CONTROL_IN_PATH,
    CONTROL_IN_RESTORE_PATH,
    LOCATION_NO_SUCH_USER,
    LOCATION_RELATIVE,
    NO_SUCH_USER,
    NO_SUCH_USER_RESTORE,
    PATH_TOO_LONG,
)
from vault_app.gui.controller import AppController
from vault_app.gui.create_wizard_choices import LocationPage
from vault_app.gui.restore_dialog import RestoreFromBackupDialog

pytestmark = pytest.mark.gui


def _words(words: str) -> str:
    return QCoreApplication.translate("BackupsDialog", words)


LOCATION_CASES = [("~nosuchuser/vault", LOCATION_NO_SUCH_USER), ("/home/x/va\tult", CONTROL_IN_PATH),
                  ("/home/x/" + "v" * 300, PATH_TOO_LONG), ("vault", LOCATION_RELATIVE)]


@pytest.mark.parametrize(("typed", "words"), LOCATION_CASES, ids=["no such user", "tab", "300 bytes", "relative"])
def test_the_wizard_s_vault_folder_is_refused_and_kept(qtbot, tmp_path: Path, typed: str, words: str) -> None:
    page = LocationPage(tmp_path / "vault")
    qtbot.addWidget(page)
    page.folder_edit.setText(typed)
    assert page.problem.text() == _words(words)
    assert not page.isComplete()
    assert page.folder_edit.text() == typed
    assert isinstance(page.folder(), Path)  # asked by the later pages: never raises
    page.folder_edit.setText(str(tmp_path / "vault"))
    assert page.isComplete() and page.problem.text().strip() == ""


@pytest.mark.parametrize(("typed", "words"), [("~nosuchuser/restored", NO_SUCH_USER_RESTORE),
                                              ("/media/re\nstored", CONTROL_IN_RESTORE_PATH),
                                              ("/media/" + "r" * 300, PATH_TOO_LONG)],
                         ids=["no such user", "line break", "300 bytes"])
def test_the_first_run_restore_s_folder_is_refused_at_each_keystroke(qtbot, tmp_path: Path, typed: str,
                                                                     words: str) -> None:
    backup = tmp_path / "vault-backup.vbk"
    backup.write_bytes(b"not read")
    dialog = RestoreFromBackupDialog(tmp_path / "vault", may_replace=False)
    qtbot.addWidget(dialog)
    dialog.backup.setText(str(backup))
    dialog.passphrase.setText("a passphrase")
    dialog.folder.setText(typed)
    assert dialog.folder_note.text() == _words(words)
    assert not dialog.restore_button.isEnabled()
    dialog.try_restore()  # Enter: nothing is started
    assert dialog.folder.text() == typed and dialog.report is None
    dialog.folder.setText(str(tmp_path / "restored"))
    assert dialog.restore_button.isEnabled()


def test_the_first_run_restore_s_backup_naming_no_user_is_not_a_backup_file(qtbot, tmp_path: Path) -> None:
    dialog = RestoreFromBackupDialog(tmp_path / "vault", may_replace=False)
    qtbot.addWidget(dialog)
    dialog.backup.setText("~nosuchuser/vault-backup.vbk")
    dialog.passphrase.setText("a passphrase")
    dialog.folder.setText(str(tmp_path / "restored"))
    dialog.try_restore()
    assert "~nosuchuser/vault-backup.vbk is not a backup file" in dialog.message.text()
    assert not (tmp_path / "restored").exists()


@pytest.mark.parametrize(("typed", "words"), [("~nosuchuser/copies", NO_SUCH_USER),
                                              ("/tmp/" + "c" * 300, PATH_TOO_LONG)], ids=["no such user", "300 bytes"])
def test_the_access_copy_s_folder_is_refused_before_the_copy(unlocked_app: AppController, qtbot, typed: str,
                                                             words: str) -> None:
    detail, _rid, _chart = _open_request(unlocked_app, qtbot)
    copy = detail.grant()
    assert isinstance(copy, AccessCopyDialog)
    copy.password.setText(fx.PASSWORD)
    copy.password_again.setText(fx.PASSWORD)
    copy.folder.setText(typed)
    copy.make_button.click()
    wait_ops(qtbot)
    assert copy.isVisible()
    assert copy.message.text() == _words(words)
    assert copy.folder.text() == typed and copy.make_button.isEnabled()
    copy.close()
    detail.close()
    wait_ops(qtbot)


@pytest.mark.parametrize("typed", ["~nosuchuser/backups", "/tmp/" + "d" * 300], ids=["no such user", "300 bytes"])
def test_the_folder_chooser_says_there_is_no_such_folder(qtbot: object, tmp_path: Path, typed: str) -> None:
    warnings: list[str] = []
    looks = [0]

    def close_warning_then_cancel() -> None:
        box = QApplication.activeModalWidget()
        looks[0] += 1
        if isinstance(box, QMessageBox):
            warnings.append(box.text())
            box.accept()
            QTimer.singleShot(100, close_warning_then_cancel)
        elif isinstance(box, QFileDialog) and (warnings or looks[0] > 40):  # no warning came: the test fails
            box.reject()
        else:
            QTimer.singleShot(50, close_warning_then_cancel)

    QTimer.singleShot(300, lambda: _type_then_enter(typed, {}))
    QTimer.singleShot(900, close_warning_then_cancel)

    assert file_dialogs.existing_directory(None, "Backup folder", str(tmp_path)) == ""
    assert warnings and warnings[0].startswith("There is no folder")

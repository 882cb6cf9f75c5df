"""The passphrase typed again after a "put back" refusal goes into the hidden passphrase field,
never into the Restore window (gui/unlock_way_keys.py). Found walking the real app: the refusal
put the keyboard on "Restore from a backup…", the retyped passphrase's first space pressed it,
and the rest of the passphrase was typed in clear into the Restore window's backup-path field.
A real vault with an older records.db put back, the real unlock window, keys sent one by one to
whichever widget has the keyboard (as the X server delivers them)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from tests.conftest import PASSPHRASE
from tests.gui.conftest import make_locked_vault, wait_ops
from tests.gui.test_unlock_refusal_spacing import _put_back_older_records
from vault_app.gui.unlock_folder import ONE_START

TYPED = "correct horse again"


def _refused(qtbot, app_folder: Path, locked_vault_template: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    from vault_app.gui.unlock import UnlockWindow

    make_locked_vault(app_folder, locked_vault_template)
    _put_back_older_records(app_folder, tmp_path / "records.old")
    window = UnlockWindow(app_folder, folder_role=ONE_START)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.passphrase.setText(PASSPHRASE)
    window.unlock_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: "older than the others" in window.message.text())
    qtbot.waitUntil(lambda: window.restore_button.hasFocus())
    return window


def _type_where_the_keyboard_is(qtbot, window, text: str) -> None:  # type: ignore[no-untyped-def]
    for ch in text:
        target = QApplication.focusWidget() or window
        qtbot.keyClick(target, ch)


def _open_restore_windows() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog) and w.isVisible() and w.objectName() != "unlockWindow"]


def test_the_passphrase_typed_again_goes_into_its_field(  # type: ignore[no-untyped-def]
        qtbot, app_folder: Path, locked_vault_template: Path, tmp_path: Path) -> None:
    window = _refused(qtbot, app_folder, locked_vault_template, tmp_path)
    _type_where_the_keyboard_is(qtbot, window, TYPED)
    wait_ops(qtbot)
    assert not _open_restore_windows()
    # Nowhere on screen in clear: every line edit but the hidden passphrase is without it.
    shown = [e.text() for e in QApplication.allWidgets() if isinstance(e, QLineEdit)
             and e is not window.passphrase.edit and e.isVisible()]
    assert not any("horse" in t for t in shown), shown
    assert window.passphrase.edit.text() == TYPED  # the whole of it, the refused one replaced
    assert window.passphrase.edit.hasFocus()


def test_enter_or_space_alone_still_take_the_way_forward(  # type: ignore[no-untyped-def]
        qtbot, app_folder: Path, locked_vault_template: Path, tmp_path: Path) -> None:
    window = _refused(qtbot, app_folder, locked_vault_template, tmp_path)
    opened: list[bool] = []
    window.restore_button.clicked.disconnect()
    window.restore_button.clicked.connect(lambda: opened.append(True))
    qtbot.keyClick(window.restore_button, Qt.Key.Key_Space)
    assert opened == [True]

"""The new kit's window and its close-confirm said backups made "before today" open with the old
kit (found by a walker): a backup made earlier the same day is under the old keys too. They say
"before this replacement", in English and in Spanish."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QMessageBox

from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui

CASES = [("en", "made before this replacement", "before today"),
         ("es", "hechas antes de esta sustitución de claves", "antes de hoy")]


def _words_of_close_confirm(kit_dialog, qtbot) -> str:
    seen: list[str] = []

    def answer() -> None:
        boxes = [w for w in kit_dialog.findChildren(QMessageBox) if w.isVisible()]
        if not boxes:
            QTimer.singleShot(20, answer)
            return
        box = boxes[0]
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(0, answer)
    # Escape asks (a lock's reject() no longer does: gui/confirm.py ask_yes_no, opened not exec()'d)
    qtbot.keyClick(kit_dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(seen))
    return seen[0]


@pytest.mark.parametrize(("language", "said", "not_said"), CASES)
def test_the_new_kit_says_before_this_replacement(
        unlocked_app: AppController, qtbot, language: str, said: str, not_said: str) -> None:
    from vault_app.gui import i18n
    from vault_app.gui.vault_keys_dialogs import EmergencyKitDialog
    from vault_app.services.key_replacement import kit_for

    vault, window = unlocked_app.vault, unlocked_app.main_window
    assert vault is not None and window is not None
    assert i18n.install(language) == language
    try:
        kit_dialog = EmergencyKitDialog(kit_for(vault, "X"), window, controller=unlocked_app)
        kit_dialog.open()
        words = " ".join(label.text() for label in kit_dialog.findChildren(QLabel))
        assert said in words and not_said not in words
        confirm = _words_of_close_confirm(kit_dialog, qtbot)
        assert said in confirm and not_said not in confirm
        assert kit_dialog.isVisible()  # answered No: still open
        kit_dialog.kept.setChecked(True)
        kit_dialog.done_button.click()
    finally:
        i18n.install("en")

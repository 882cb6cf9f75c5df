"""The Backups screen read as a therapist reads it: it named its own button by a menu path
("Make one now: Vault > Backups… > Back up now") while open, said "Last checked backup: 0 days
old." right after a backup, and its four buttons had no Alt key (found in the real app)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController


def test_the_screen_speaks_of_itself_and_of_today(unlocked_app: AppController, qtbot, tmp_path) -> None:
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot)
    dialog = window.open_backups()
    wait_ops(qtbot)
    assert dialog.reminder.text() == "No verified backup yet: choose a folder, then Back up now."
    assert "Vault >" in window.status_label.text()  # the main window still gives the way there
    (tmp_path / "backups").mkdir()
    dialog.target.setText(str(tmp_path / "backups"))
    dialog.backup_now()
    wait_ops(qtbot)
    assert "Last checked backup: today." in dialog.summary.text()
    assert "0 days" not in dialog.summary.text()
    assert dialog.reminder.text() == ""


def test_every_button_has_its_own_alt_key(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    dialog = window.open_backups()
    wait_ops(qtbot)
    keys = {}
    box = dialog.findChild(QDialogButtonBox)
    for button in dialog.findChildren(QPushButton):
        if button in box.buttons():  # Close: Escape
            continue
        text = button.text()
        assert "&" in text, text
        key = text[text.index("&") + 1].lower()
        assert key not in keys, (text, keys[key])
        keys[key] = text
    assert {"b", "c", "f", "r"} <= keys.keys()  # Check on C since the close-words round

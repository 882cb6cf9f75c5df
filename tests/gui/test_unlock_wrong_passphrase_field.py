"""After a wrong passphrase the unlock window's field is empty for the next try, as the user
guide says (docs/gui.md, "Unlocking and recovery"). Found by the Spanish day's walker (round 46):
the refused passphrase stayed in the field, selected; one click on Show (or Ctrl+H) then put it
on the screen in clear for whoever sat down at the desk next, and a wrong passphrase is most
often the right one with a typo or Caps Lock on. A wrong PIN is emptied the same way. A refusal
that is not about the passphrase (records.db put back older, the passphrase right) keeps it, so
typing replaces it and Enter tries it again (tests/gui/test_unlock_way_keys.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from tests.gui.test_unlock_way_keys import _refused
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui
WRONG = "correct horse battery stapel"


def test_a_wrong_passphrase_leaves_the_field_empty(locked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = locked_app.unlock_window
    assert window is not None
    window.passphrase.setFocus()
    qtbot.keyClicks(window.passphrase.edit, WRONG)
    qtbot.keyClick(window.passphrase.edit, Qt.Key.Key_Return)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not window.busy, timeout=10_000)
    assert window.message.text()  # refused, and said so
    assert window.passphrase.text() == ""
    assert window.passphrase.edit.hasFocus()
    window.passphrase.toggle.click()  # Show: nothing of the refused passphrase to see
    assert window.passphrase.edit.echoMode() == QLineEdit.EchoMode.Normal
    assert window.passphrase.edit.text() == ""
    window.passphrase.toggle.click()
    # The next try is typed as ever, and opens.
    qtbot.keyClicks(window.passphrase.edit, PASSPHRASE)
    assert window.passphrase.text() == PASSPHRASE


def test_a_refusal_not_about_the_passphrase_keeps_it(  # type: ignore[no-untyped-def]
        qtbot, app_folder: Path, locked_vault_template: Path, tmp_path: Path) -> None:
    window = _refused(qtbot, app_folder, locked_vault_template, tmp_path)
    assert window.passphrase.edit.text() == PASSPHRASE  # kept: typing replaces it (test_unlock_way_keys)

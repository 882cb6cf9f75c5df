"""The unlock window's refusal for a file put back (red, several lines) sat flush on the Recover /
Restore buttons under it (found in the real app at 1280x860, 1366x768 and 150 % scale): it keeps
the breathing room the window's other messages have (the 12 px under the title's reason). The cause
in part: the two-line folder line (a --vault start) claimed one line, so the window stayed too short
and Qt squeezed the room away."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.gui.conftest import make_locked_vault, wait_ops
from vault_app.gui.unlock_folder import ONE_START
from vault_app.services import clients
from vault_app.services.vault import open_vault


def _put_back_older_records(folder: Path, aside: Path) -> None:
    shutil.copy2(folder / "records.db", aside)
    with open_vault(folder, PASSPHRASE) as vault:
        clients.create_client(vault, "Philippa Oyelaran-Schmidt")
    shutil.copy2(aside, folder / "records.db")


def test_the_put_back_refusal_has_room_above_the_buttons(
        qtbot, app_folder: Path, locked_vault_template: Path, tmp_path: Path) -> None:
    from vault_app.gui.unlock import UnlockWindow

    make_locked_vault(app_folder, locked_vault_template)
    _put_back_older_records(app_folder, tmp_path / "records.old")
    # Started with --vault DIR (as the walker did): the folder line under the buttons is two lines.
    window = UnlockWindow(app_folder, folder_role=ONE_START)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.passphrase.setText(PASSPHRASE)
    window.unlock_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: "older than the others" in window.message.text())
    # As tight as the window goes (the real app's 480x340 was: the fonts there are larger).
    window.resize(window.width(), 1)
    qtbot.waitUntil(lambda: window.message.height() >= window.message.heightForWidth(window.message.width()))
    text_bottom = window.message.mapTo(window, window.message.rect().bottomLeft()).y()
    buttons_top = min(button.mapTo(window, button.rect().topLeft()).y()
                      for button in (window.recover_button, window.restore_button))
    # The window's other messages: 12 px under the reason line before the passphrase row.
    assert buttons_top - text_bottom >= 12
    # The folder line under them is whole, inside the window (it was squeezed below its lines).
    folder = window.folder_label
    assert folder.height() >= folder.heightForWidth(folder.width())
    assert folder.mapTo(window, folder.rect().bottomLeft()).y() <= window.height()

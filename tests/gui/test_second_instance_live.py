"""The unlock window's in-use words follow the truth while it is up (found: said once at the
start and never again, so a first window that quit left "open in another window" standing, and
one opened after the look was not said). Two real app processes: the first one here unlocks
the vault in a process of its own, the second is this test's unlock window. Conditions are
waited for, never a time."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import OWASP_FLOOR, PASSPHRASE
from tests.gui.conftest import _teardown, make_locked_vault, wait_ops
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui

# The first window: the real app unlocking the vault (offscreen), "open" printed once its main
# window is up; a line on its stdin quits it as Vault > Quit does.
_FIRST_APP = """
import os, sys
from pathlib import Path
from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.gui.launcher import end_as_quit, prepare_gui

# As the real program builds it (its quit rule too): only Quit ends it.
controller = prepare_gui(Path(sys.argv[1]), kdf_params=OWASP_FLOOR)
window = controller.unlock_window
window.passphrase.setText(os.environ["TEST_PASSPHRASE"])
window.unlock_button.click()

def opened():
    if controller.main_window is not None and controller.main_window.isVisible():
        poll.stop()
        print("open", flush=True)

def end():
    sys.stdin.readline()
    told.setEnabled(False)
    end_as_quit(QApplication.instance(), controller)  # as Vault > Quit (and SIGTERM) end it

poll = QTimer()
poll.timeout.connect(opened)
poll.start(20)
told = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
told.activated.connect(end)
QApplication.instance().exec()
print("ended", flush=True)
"""


class FirstApp:
    def __init__(self, folder: Path) -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", _FIRST_APP, str(folder)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True,
                                     env={**os.environ, "TEST_PASSPHRASE": PASSPHRASE})
        assert self.proc.stdout is not None
        assert self.proc.stdout.readline().strip() == "open", "the first window unlocked the vault"

    def quit(self) -> None:
        out, _ = self.proc.communicate("quit\n", timeout=120)
        assert "ended" in out and self.proc.returncode == 0


@pytest.fixture
def vault_folder(app_folder: Path, locked_vault_template: Path) -> Path:
    make_locked_vault(app_folder, locked_vault_template)
    return app_folder


@pytest.fixture
def second(vault_folder: Path, qtbot) -> Iterator[AppController]:  # type: ignore[no-untyped-def]
    from vault_app.gui.launcher import start

    app = start(vault_folder, kdf_params=OWASP_FLOOR)
    yield app
    _teardown(app, qtbot)


def test_words_go_when_the_first_window_quits(vault_folder: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from vault_app.gui.launcher import start

    first = FirstApp(vault_folder)
    app = start(vault_folder, kdf_params=OWASP_FLOOR)
    try:
        window = app.unlock_window
        assert window is not None
        qtbot.waitUntil(lambda: "open in another window" in window.message.text(), timeout=20_000)
        first.quit()
        qtbot.waitUntil(lambda: window.message.text() == "", timeout=20_000)
        # ... and the vault opens here: the only window now.
        window.passphrase.setText(PASSPHRASE)
        window.unlock_button.click()
        wait_ops(qtbot)
        assert app.main_window is not None
    finally:
        _teardown(app, qtbot)


def test_a_first_window_opened_later_is_said(second: AppController, vault_folder: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = second.unlock_window
    assert window is not None
    wait_ops(qtbot)
    assert window.message.text() == ""
    first = FirstApp(vault_folder)
    try:
        qtbot.waitUntil(lambda: "open in another window" in window.message.text(), timeout=20_000)
        # The unlock itself still takes the single-writer lock, or is refused: never two apps on one vault.
        window.passphrase.setText(PASSPHRASE)
        window.unlock_button.click()
        wait_ops(qtbot)
        assert second.main_window is None and "open in another window" in window.message.text()
    finally:
        first.quit()
    # The refusal the unlock met is in-use words too: they go once the vault is free.
    qtbot.waitUntil(lambda: window.message.text() == "", timeout=20_000)


# A command holding the vault, as `vault-app backup create` does (no Qt widgets loaded: its
# owner note says "command"); a line on its stdin lets go.
_COMMAND = """
import sys
from pathlib import Path
from vault_app.storage import folder_lock
held = folder_lock.acquire(Path(sys.argv[1]))
print("held", flush=True)
sys.stdin.readline()
held.release()
"""


def test_a_command_holding_the_vault_is_said_until_it_ends(second: AppController, vault_folder: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = second.unlock_window
    assert window is not None
    command = subprocess.Popen([sys.executable, "-c", _COMMAND, str(vault_folder)], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True)
    try:
        assert command.stdout is not None and command.stdout.readline().strip() == "held"
        # Found: said only after a passphrase was typed and the unlock had waited on the lock.
        qtbot.waitUntil(lambda: "is using the vault" in window.message.text(), timeout=20_000)
        assert "Let that command finish" in window.message.text()
        assert window.passphrase.text() == ""
    finally:
        command.communicate("done\n", timeout=60)
    qtbot.waitUntil(lambda: window.message.text() == "", timeout=20_000)

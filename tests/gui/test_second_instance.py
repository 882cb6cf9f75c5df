"""A second start of the app on a vault open in another window says so at once, before a
passphrase is typed for nothing (found by a walker: a full unlock window, and "open in another
window (process …)" only after the passphrase), and asks that window to come forward. The
single-writer rule is unchanged: the unlock itself is still refused."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from tests.conftest import OWASP_FLOOR, PASSPHRASE
from tests.gui.conftest import _teardown, make_locked_vault, wait_ops
from vault_app.gui import second_instance
from vault_app.gui.controller import AppController
from vault_app.services import vault_in_use

pytestmark = pytest.mark.gui

# Another process holding the vault as the app's window does (its lock and owner note; Qt's
# widgets loaded, which is what makes the note say "window").
_HOLDER = """
import sys
from pathlib import Path
import PySide6.QtWidgets
from vault_app.storage import folder_lock
held = folder_lock.acquire(Path(sys.argv[1]))
print("held", flush=True)
sys.stdin.read()
held.release()
"""


@pytest.fixture
def held_elsewhere(app_folder: Path, locked_vault_template: Path) -> Iterator[subprocess.Popen[str]]:
    make_locked_vault(app_folder, locked_vault_template)
    proc = subprocess.Popen([sys.executable, "-c", _HOLDER, str(app_folder)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    yield proc
    proc.communicate("", timeout=60)


def _started(folder: Path) -> AppController:
    from vault_app.gui.launcher import start

    return start(folder, kdf_params=OWASP_FLOOR)


def test_said_before_the_passphrase(held_elsewhere: subprocess.Popen[str], app_folder: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    app = _started(app_folder)
    try:
        window = app.unlock_window
        assert window is not None
        qtbot.waitUntil(lambda: "open in another window" in window.message.text())
        assert window.passphrase.text() == "", "nothing was typed: the words came first"
        # The rule itself is unchanged: an unlock here is still refused.
        window.passphrase.setText(PASSPHRASE)
        window.unlock_button.click()
        wait_ops(qtbot)
        assert app.main_window is None and "open in another window" in window.message.text()
    finally:
        _teardown(app, qtbot)


def test_a_free_vault_says_nothing(locked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = locked_app.unlock_window
    assert window is not None
    wait_ops(qtbot)
    assert window.message.text() == ""


def test_the_holding_window_is_asked_to_come_forward(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "Practice of Dr Alvarez"
    folder.mkdir()
    assert not vault_in_use.ask_to_raise(folder), "nobody watches: nothing is created"
    assert not vault_in_use.raise_request_file(folder).exists()
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    watch = second_instance.watch(folder, window)
    qtbot.waitUntil(lambda: watch.path is not None)
    assert watch.path is not None and folder.name not in str(watch.path)
    assert vault_in_use.ask_to_raise(folder)
    qtbot.waitUntil(lambda: watch.raised == 1)
    assert vault_in_use.ask_to_raise(folder)
    qtbot.waitUntil(lambda: watch.raised == 2)
    wait_ops(qtbot)
    assert watch.path.read_bytes() == b"", "a request carries nothing, and is cleared once answered"

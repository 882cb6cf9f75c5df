"""A second start of the app on a vault open in another window says so at once, before a
passphrase is typed for nothing (found by a walker: a full unlock window, and "open in another
window (process …)" only after the passphrase), and asks that window to come forward. The
single-writer rule is unchanged: the unlock itself is still refused."""

from __future__ import annotations

import os
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
    request = vault_in_use.raise_request_file(folder)
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    watch = second_instance.watch(folder, window)
    qtbot.waitUntil(lambda: watch.path is not None)
    assert watch.path == request and folder.name not in str(request)
    assert vault_in_use.ask_to_raise(folder)
    qtbot.waitUntil(lambda: watch.raised == 1)
    # Removed once read (found: an empty file stayed in the state folder for good).
    qtbot.waitUntil(lambda: not request.exists())
    assert vault_in_use.ask_to_raise(folder)
    qtbot.waitUntil(lambda: watch.raised == 2)
    qtbot.waitUntil(lambda: not request.exists())
    wait_ops(qtbot)
    assert [p.name for p in request.parent.iterdir() if p.name.startswith("window-")] == []


def test_a_request_left_by_a_window_gone_is_swept(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "vault"
    folder.mkdir()
    request = vault_in_use.raise_request_file(folder)
    request.parent.mkdir(parents=True, exist_ok=True)
    request.write_bytes(vault_in_use.RAISE)  # asked of a window that had gone
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    watch = second_instance.watch(folder, window)
    qtbot.waitUntil(lambda: watch.path is not None)
    wait_ops(qtbot)
    assert not request.exists() and watch.raised == 0, "an old request is not a request to this window"


def _a_link(request: Path, target: Path) -> None:
    request.symlink_to(target)


def _a_folder(request: Path, target: Path) -> None:
    request.mkdir()


def _a_pipe(request: Path, target: Path) -> None:
    os.mkfifo(request)


@pytest.mark.parametrize("hostile", [_a_link, _a_folder, _a_pipe], ids=["symlink", "folder", "fifo"])
def test_a_hostile_request_file_is_ignored_and_removed(hostile, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "vault"
    folder.mkdir()
    target = tmp_path / "someone's file"
    target.write_bytes(vault_in_use.RAISE)  # a link to a "request" is still not read
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    watch = second_instance.watch(folder, window)
    qtbot.waitUntil(lambda: watch.path is not None)
    wait_ops(qtbot)
    request = vault_in_use.raise_request_file(folder)
    hostile(request, target)
    qtbot.waitUntil(lambda: not os.path.lexists(request))
    wait_ops(qtbot)
    assert watch.raised == 0
    assert target.read_bytes() == vault_in_use.RAISE, "what a link pointed to is neither followed nor removed"
    # A real request after it is still answered.
    assert vault_in_use.ask_to_raise(folder)
    qtbot.waitUntil(lambda: watch.raised == 1)


def test_a_request_over_a_link_replaces_the_link(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    folder.mkdir()
    request = vault_in_use.raise_request_file(folder)
    request.parent.mkdir(parents=True, exist_ok=True)
    target = tmp_path / "elsewhere"
    target.write_bytes(b"kept")
    request.symlink_to(target)
    assert vault_in_use.ask_to_raise(folder)
    assert not request.is_symlink() and target.read_bytes() == b"kept", "never written through a link"
    assert vault_in_use.answered(folder) and not request.exists()

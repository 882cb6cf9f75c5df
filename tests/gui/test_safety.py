"""Clipboard hygiene, OS lock signals, the lock shortcut, and nothing sensitive in settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.clipboard import SensitiveClipboard, sensitive_mime
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


def test_copied_note_text_is_marked_secret_and_cleared(qtbot) -> None:
    mime = sensitive_mime("note text")
    assert bytes(mime.data("x-kde-passwordManagerHint")) == b"secret"
    board = SensitiveClipboard(clear_after_ms=50)
    board.copy("session went well")
    assert QGuiApplication.clipboard().text() == "session went well"
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=2000)
    # Something the user copied afterwards is theirs: it is left alone.
    board.copy("note text again")
    QGuiApplication.clipboard().setText("user's own text")
    board.clear_if_ours()
    assert QGuiApplication.clipboard().text() == "user's own text"


def test_os_sleep_signal_and_shortcut_lock(unlocked_app: AppController, qtbot) -> None:
    unlocked_app.os_events.on_prepare_for_sleep(True)
    wait_ops(qtbot)
    assert unlocked_app.vault is None
    window = unlocked_app.unlock_window
    assert window is not None and "sleep" in window.reason_label.text()


def test_wall_clock_jump_means_sleep(unlocked_app: AppController, qtbot) -> None:
    idle = unlocked_app.idle
    wall = [5000.0]
    idle.wall_clock = lambda: wall[0]
    idle.start()
    wall[0] += 3600  # the monotonic clock stood still while the machine slept
    idle.check()
    wait_ops(qtbot)
    assert unlocked_app.vault is None


def test_lock_action_and_settings_file_has_no_client_data(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot, "Zebulon Canaryname")
    window.toggle_privacy()
    assert window.windowTitle() == "Therapy Vault"
    window.menu_actions["lock"].trigger()
    wait_ops(qtbot)
    assert unlocked_app.vault is None
    from vault_app.gui import prefs

    store = prefs.settings()
    store.sync()
    text = Path(store.fileName()).read_bytes()
    assert b"Zebulon" not in text and b"Canaryname" not in text

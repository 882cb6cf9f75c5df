"""The real program's start (launcher.Boot): the unlock window is shown before the controller
exists, and nothing the user does in that moment is lost."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.gui import launcher
from vault_app.services.vault import create_vault


@pytest.fixture
def boot(app_folder: Path, qtbot: object) -> Iterator[launcher.Boot]:
    create_vault(app_folder, PASSPHRASE, params=OWASP_FLOOR).vault.lock()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    booted = launcher.Boot(app, app_folder, kdf_params=OWASP_FLOOR)
    yield booted
    controller = booted.controller
    if controller is not None:
        controller.quit_requested.disconnect()  # the test's application must not end
        controller.lock("test over")
        wait_ops(qtbot)
        if controller.unlock_window is not None:
            controller.unlock_window.dismiss()
        controller.idle.unwatch()
        controller.idle.stop()
        controller.deleteLater()
    elif booted.window is not None:
        booted.window.dismiss()
    wait_ops(qtbot)
    app.setQuitOnLastWindowClosed(before)


def test_the_controller_takes_the_window_over_after_its_first_paint(boot: launcher.Boot, qtbot) -> None:
    window = boot.window
    assert window is not None and window.isVisible()
    assert boot.controller is None  # nothing but the window before the event loop runs
    qtbot.waitUntil(lambda: boot.controller is not None, timeout=10_000)
    controller = boot.controller
    assert controller is not None and controller.unlock_window is window
    # The deferred half of the window is in place too: the failed-attempts line is read.
    assert window.message.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    # From here on cycles are collected from the GUI thread's timer only (gui_thread_gc).
    assert not gc.isenabled()


def test_a_passphrase_typed_and_entered_before_the_controller_exists_unlocks(boot: launcher.Boot, qtbot) -> None:
    """The e2e suite types as soon as the window is mapped: the keys go to the passphrase
    field, and Enter builds the controller at once, so the unlock's result finds it."""
    window = boot.window
    assert window is not None and boot.controller is None
    qtbot.keyClicks(window.passphrase.edit, PASSPHRASE)
    assert window.passphrase.text() == PASSPHRASE  # typed before the controller: nothing lost
    assert boot.controller is None
    qtbot.keyClick(window.passphrase.edit, Qt.Key.Key_Return)
    assert boot.controller is not None and boot.controller.unlock_window is window
    controller = boot.controller
    qtbot.waitUntil(lambda: controller.main_window is not None and controller.main_window.isVisible(),
                    timeout=60_000)
    assert controller.vault is not None
    wait_ops(qtbot)

"""The GUI thread is never blocked for more than 100 ms while long work runs."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.gui.conftest import _teardown, wait_ops
from tests.gui.watchdog import Watchdog
from vault_app.crypto.kdf import KdfParams
from vault_app.services.vault import create_vault

pytestmark = pytest.mark.gui

LIMIT_MS = 100
# Heavier than the test floor so the unlock lasts long enough to be measured.
SLOW_KDF = KdfParams(memory_kib=64 * 1024, iterations=4, parallelism=1)


def test_unlock_keeps_gui_responsive(qtbot, app_folder: Path) -> None:
    from vault_app.gui.launcher import start

    create_vault(app_folder, PASSPHRASE, params=SLOW_KDF).vault.lock()
    controller = start(app_folder)
    try:
        wait_ops(qtbot)
        qtbot.wait(400)  # a person takes longer than this to type; the window warms up meanwhile
        window = controller.unlock_window
        assert window is not None
        window.passphrase.setText(PASSPHRASE)
        with Watchdog() as dog:
            window.unlock_button.click()
            wait_ops(qtbot)
        assert controller.main_window is not None
        print(f"unlock: {len(dog.gaps)} ticks, worst gap {dog.worst_ms:.1f} ms")
        assert len(dog.gaps) > 5, "the unlock was too quick to measure anything"
        assert dog.worst_ms < LIMIT_MS, f"GUI thread blocked for {dog.worst_ms:.0f} ms during unlock"
    finally:
        _teardown(controller, qtbot)

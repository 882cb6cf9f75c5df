"""The "Vault recovered" box belongs to the controller whose vault was recovered (left by the last
round): the recovery dialog found "the main window" by its object name among all top-level widgets,
which with two vaults open picks either one, and which, when the main window was not up (a lock
came first), said the box over no window at all or over the other vault's. Now the dialog hands its
words to the unlock window, which hands them to its controller: said over that controller's main
window once it is up, or over the unlock window a lock put back first. Real vaults, real Argon2,
the real dialog, two real controllers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tests.conftest import PASSPHRASE
from tests.gui.conftest import _teardown, wait_ops
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.gui.controller import AppController
from vault_app.gui.recover_dialog import RecoverDialog
from vault_app.services.vault import create_vault

pytestmark = pytest.mark.gui

NEW = "seven purple otters juggle quietly at dawn"


@pytest.fixture
def second(qtbot, tmp_path: Path) -> Iterator[tuple[str, AppController]]:  # type: ignore[no-untyped-def]
    """Another vault's app beside the first (unlocked_app), its recovery key kept."""
    from vault_app.gui.launcher import start

    folder = tmp_path / "second-vault"
    created = create_vault(folder, PASSPHRASE, params=OWASP_FLOOR)
    created.vault.lock()
    controller = start(folder, kdf_params=OWASP_FLOOR)
    yield created.recovery_key, controller
    _teardown(controller, qtbot)


def _boxes() -> list[QMessageBox]:
    return [w for w in QApplication.allWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "recoveredBox" and w.isVisible()]


def _recover(controller: AppController, key: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = controller.unlock_window
    assert window is not None
    window.recover_button.click()
    dialog = window.findChild(RecoverDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.use_keyring.setChecked(False)
    dialog.key.setText(key)
    dialog.first.setText(NEW)
    dialog.second.setText(NEW)
    qtbot.waitUntil(dialog.recover_button.isEnabled, timeout=20_000)
    dialog.recover_button.click()


def _said_over(qtbot) -> QWidget | None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: len(_boxes()) == 1, timeout=60_000)
    box = _boxes()[0]
    assert "only the new passphrase opens this vault" in box.text()
    return box.parentWidget()


def test_the_box_is_said_over_its_own_vaults_main_window(
        unlocked_app: AppController, second: tuple[str, AppController], qtbot) -> None:  # type: ignore[no-untyped-def]
    key, other = second
    assert unlocked_app.main_window is not None and unlocked_app.main_window.isVisible()
    _recover(other, key, qtbot)
    wait_ops(qtbot, timeout=60_000)
    qtbot.waitUntil(lambda: other.main_window is not None and other.main_window.isVisible(), timeout=60_000)
    over = _said_over(qtbot)
    assert over is other.main_window
    assert over is not unlocked_app.main_window


def test_a_lock_before_the_main_window_says_it_over_the_unlock_window(
        unlocked_app: AppController, second: tuple[str, AppController], qtbot) -> None:  # type: ignore[no-untyped-def]
    """The vault locked again (sleep, the OS's screen lock) as it opened, before its main window
    was up: the words are said over the unlock window that lock put back, not over the other
    vault's main window, and not in a box of no window."""
    key, other = second
    window = other.unlock_window
    assert window is not None
    # After the controller's own slot (which builds the main window and queues its showing).
    window.unlocked.connect(lambda _vault: other.lock("slept"))
    _recover(other, key, qtbot)
    wait_ops(qtbot, timeout=60_000)
    qtbot.waitUntil(lambda: other.unlock_window is not None and other.unlock_window is not window
                    and other.unlock_window.isVisible(), timeout=60_000)
    over = _said_over(qtbot)
    assert other.main_window is None
    assert over is other.unlock_window

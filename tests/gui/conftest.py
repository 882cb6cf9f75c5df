"""GUI fixtures: the real app (controller + windows) over a real vault in tmp_path."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.conftest import PASSPHRASE
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.gui.background import runner
from vault_app.gui.controller import AppController
from vault_app.gui.main_window import MainWindow
from vault_app.services.vault import CreatedVault, Vault, create_vault


def wait_ops(qtbot: object, timeout: int = 20_000) -> None:
    """Let every queued background operation finish and deliver its result."""
    qtbot.waitUntil(lambda: runner().is_idle(), timeout=timeout)  # type: ignore[attr-defined]


@pytest.fixture
def vault(created: CreatedVault, qtbot: object) -> Iterator[Vault]:
    """tests/conftest.py's unlocked vault, for widgets driven without the controller. The
    test's last click may have queued an operation (a list refreshing after a dialog
    closed); it must finish before `created` closes the connections under it, or SQLite
    is used from two threads at once (a crash on a loaded machine)."""
    yield created.vault
    wait_ops(qtbot)


@pytest.fixture
def app_folder(tmp_path: Path) -> Path:
    return tmp_path / "gui-vault"


def _teardown(controller: AppController, qtbot: object) -> None:
    controller.lock("test over")
    wait_ops(qtbot)
    for window in (controller.unlock_window, controller.wizard):
        if window is not None:
            window.close()
            window.deleteLater()
    app = QApplication.instance()
    assert app is not None
    app.removeEventFilter(controller.idle)
    controller.idle.stop()
    controller.deleteLater()
    wait_ops(qtbot)


@pytest.fixture
def fresh_app(qtbot: object, app_folder: Path) -> Iterator[AppController]:
    """The app started on an empty folder: the create-vault wizard."""
    from vault_app.gui.launcher import start

    controller = start(app_folder, kdf_params=OWASP_FLOOR)
    yield controller
    _teardown(controller, qtbot)


@pytest.fixture
def locked_app(qtbot: object, app_folder: Path) -> Iterator[AppController]:
    """A vault exists; the app shows its unlock window."""
    from vault_app.gui.launcher import start

    create_vault(app_folder, PASSPHRASE, params=OWASP_FLOOR).vault.lock()
    controller = start(app_folder, kdf_params=OWASP_FLOOR)
    yield controller
    _teardown(controller, qtbot)


def unlock(controller: AppController, qtbot: object) -> MainWindow:
    window = controller.unlock_window
    assert window is not None
    window.passphrase.setText(PASSPHRASE)
    window.unlock_button.click()
    wait_ops(qtbot)
    assert controller.main_window is not None
    qtbot.waitUntil(controller.main_window.isVisible)
    wait_ops(qtbot)
    return controller.main_window


@pytest.fixture
def unlocked_app(locked_app: AppController, qtbot: object) -> AppController:
    unlock(locked_app, qtbot)
    return locked_app

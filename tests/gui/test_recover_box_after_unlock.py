"""The "Vault recovered" box is seen in the real app (found by a walker): the recovery dialog is
a child of the unlock window, which the controller deletes once the vault opens, and the box,
kept only by the dialog, went with it: the main window opened and nothing said that the
passphrase had changed. Here the whole way is taken as the user takes it: the controller's
unlock window, its Recover with Emergency Kit button, the real dialog, real Argon2, and the box
must be on screen once the main window is up, over it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.conftest import PASSPHRASE
from tests.gui.conftest import _teardown, wait_ops
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.gui.controller import AppController
from vault_app.gui.recover_dialog import RecoverDialog
from vault_app.services.vault import create_vault

pytestmark = pytest.mark.gui

NEW = "seven purple otters juggle quietly at dawn"


@pytest.fixture
def kit_and_app(qtbot, app_folder: Path) -> Iterator[tuple[str, AppController]]:
    """As conftest's locked_app, with the vault's recovery key kept (the shared template's is not)."""
    from vault_app.gui.launcher import start

    created = create_vault(app_folder, PASSPHRASE, params=OWASP_FLOOR)
    created.vault.lock()
    controller = start(app_folder, kdf_params=OWASP_FLOOR)
    yield created.recovery_key, controller
    _teardown(controller, qtbot)


def _shown_box() -> QMessageBox | None:
    boxes = [w for w in QApplication.allWidgets()
             if isinstance(w, QMessageBox) and w.objectName() == "recoveredBox" and w.isVisible()]
    return boxes[0] if boxes else None


def test_the_recovered_box_is_shown_over_the_main_window(kit_and_app: tuple[str, AppController], qtbot) -> None:
    key, controller = kit_and_app
    window = controller.unlock_window
    assert window is not None
    window.recover_button.click()
    dialogs = [w for w in QApplication.allWidgets() if isinstance(w, RecoverDialog) and w.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    dialog.use_keyring.setChecked(False)
    dialog.key.setText(key)
    dialog.first.setText(NEW)
    dialog.second.setText(NEW)
    qtbot.waitUntil(dialog.recover_button.isEnabled, timeout=20_000)
    dialog.recover_button.click()
    del dialog, dialogs  # the app holds no reference of its own to the dialog: nor does the test
    wait_ops(qtbot, timeout=60_000)
    qtbot.waitUntil(lambda: controller.main_window is not None and controller.main_window.isVisible(),
                    timeout=60_000)
    wait_ops(qtbot)
    # The unlock window (and its dialog) are gone by now, as they are in the app: deleted on the
    # event loop's next turns. The box must outlive them.
    qtbot.waitUntil(lambda: controller.unlock_window is None)
    qtbot.wait(50)  # deferred deletes: the unlock window, its dialog
    qtbot.waitUntil(lambda: _shown_box() is not None, timeout=20_000)
    box = _shown_box()
    assert box is not None
    assert "only the new passphrase opens this vault" in box.text()
    assert "No device secret is kept" in box.text()
    # Over the main window, not beside it where the main window's raise would hide it.
    assert box.parentWidget() is controller.main_window
    box.accept()
    qtbot.waitUntil(lambda: _shown_box() is None)

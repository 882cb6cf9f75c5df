"""Backups > Restore the selected backup… takes the Emergency Kit, as `backup restore
--recovery-key-file --overwrite` does over the vault in use: a backup made under a passphrase the
therapist has since changed (and forgotten) could be restored here only with that old passphrase
(found by a lead). Over the vault in use it is replaced, locked, and opens with the new passphrase
chosen. Real vault, real backup, real keys, the real dialog on the worker."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from tests.gui.test_workflows import _open
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.gui.backups import RestoreDialog
from vault_app.gui.controller import AppController
from vault_app.services import backup, clients
from vault_app.services.vault import create_vault, open_vault

pytestmark = pytest.mark.gui

CHANGED = "a passphrase changed since the backup 77"
RESTORED = "violet lantern drifts over quiet harbor"


@pytest.fixture
def changed_since(tmp_path: Path, app_folder: Path, qtbot: object) -> Iterator[tuple[AppController, Path, str]]:
    from tests.gui.conftest import _teardown
    from vault_app.gui.launcher import start

    made = create_vault(app_folder, PASSPHRASE, params=OWASP_FLOOR)
    clients.create_client(made.vault, "Before Backup", date_of_birth="1980-01-01")
    (tmp_path / "usb").mkdir()
    info = backup.create_backup(made.vault, tmp_path / "usb", verify=True)
    clients.create_client(made.vault, "After Backup", date_of_birth="1981-01-01")
    made.vault.change_passphrase(PASSPHRASE, CHANGED)
    made.vault.lock()
    app = start(app_folder, kdf_params=OWASP_FLOOR)
    window = app.unlock_window
    assert window is not None
    window.passphrase.setText(CHANGED)
    window.unlock_button.click()
    wait_ops(qtbot, timeout=60_000)
    assert app.main_window is not None, window.message.text()
    yield app, Path(info.path), made.recovery_key
    _teardown(app, qtbot)


def test_the_kit_restores_over_the_vault_in_use_with_a_new_passphrase(
        changed_since: tuple[AppController, Path, str], app_folder: Path, qtbot: object) -> None:
    app, made, key = changed_since
    window = app.main_window
    assert window is not None
    backups = _open(window, "backups")
    wait_ops(qtbot)
    backups.tree.setCurrentItem(backups.tree.topLevelItem(0))
    backups.restore_selected()
    dialog = backups.findChild(RestoreDialog)
    assert dialog is not None and dialog.path == made
    dialog.replace.setChecked(True)
    dialog.with_kit.setChecked(True)
    assert dialog.key.isVisible() and not dialog.passphrase.isVisible()
    dialog.restore()  # no key typed: said, nothing read
    assert "recovery key" in dialog.message.text()
    dialog.key.setText(key)
    dialog.new.first.setText(RESTORED)
    dialog.new.second.setText(RESTORED)
    qtbot.waitUntil(dialog.new.ready)  # type: ignore[attr-defined]  # the meter judges on the worker
    dialog.restore()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=60_000)  # type: ignore[attr-defined]
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox) and "1 signed" not in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    wait_ops(qtbot, timeout=60_000)
    assert app.vault is None and app.unlock_window is not None  # replaced, locked
    with open_vault(app_folder, RESTORED) as vault:
        assert {c.legal_name for c in clients.list_clients(vault)} == {"Before Backup"}

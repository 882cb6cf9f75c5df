"""Restoring a backup from the GUI: into a new folder, and over the vault in use."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from tests.gui.test_workflows import _open
from tests.gui.yes_no_answered import answering
from vault_app.gui import backup_restore_dialog
from vault_app.gui.backups import RestoreDialog
from vault_app.gui.controller import AppController
from vault_app.services import backup, clients
from vault_app.services.vault import open_vault

pytestmark = pytest.mark.gui


def _backed_up_then_changed(app: AppController, qtbot: object, tmp_path: Path) -> Path:
    target = tmp_path / "usb-drive"
    target.mkdir()
    app.op(None, lambda v: clients.create_client(v, "Before Backup", date_of_birth="1980-01-01")).run()
    app.op(None, lambda v: backup.create_backup(v, target, verify=True)).run()
    app.op(None, lambda v: clients.create_client(v, "After Backup", date_of_birth="1981-01-01")).run()
    wait_ops(qtbot, timeout=60_000)
    (made,) = target.glob("*.vaultbackup")
    return made


def _names(folder: Path) -> set[str]:
    with open_vault(folder, PASSPHRASE, check_every_page=True) as vault:
        assert vault.verify_ledger().ok
        return {c.legal_name for c in clients.list_clients(vault)}


def _restore_dialog(app: AppController, qtbot: object, made: Path) -> RestoreDialog:
    window = app.main_window
    assert window is not None
    backups = _open(window, "backups")
    wait_ops(qtbot)
    backups.tree.setCurrentItem(backups.tree.topLevelItem(0))
    backups.restore_selected()
    dialog = backups.findChild(RestoreDialog)
    assert dialog is not None and dialog.path == made
    dialog.passphrase.setText(PASSPHRASE)
    return dialog


def test_restore_into_a_new_folder(
    unlocked_app: AppController, qtbot: object, tmp_path: Path, app_folder: Path
) -> None:
    made = _backed_up_then_changed(unlocked_app, qtbot, tmp_path)
    dialog = _restore_dialog(unlocked_app, qtbot, made)
    dialog.folder.setText(str(tmp_path / "restored"))
    dialog.restore()
    wait_ops(qtbot, timeout=60_000)
    assert not dialog.isVisible(), dialog.message.text()
    assert unlocked_app.vault is not None  # the vault in use stays open
    unlocked_app.lock("test")
    wait_ops(qtbot, timeout=60_000)
    assert _names(tmp_path / "restored") == {"Before Backup"}
    assert _names(app_folder) == {"Before Backup", "After Backup"}


def test_restore_over_the_vault_in_use(
    unlocked_app: AppController,
    qtbot: object,
    tmp_path: Path,
    app_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    made = _backed_up_then_changed(unlocked_app, qtbot, tmp_path)
    # Automatic backups on: the lock that follows the replacement must not back up (or
    # write anything) through the old, replaced vault's connections and header.
    unlocked_app.op(None, lambda v: backup.configure(v, target=str(made.parent), auto=True, kind="file")).run()
    wait_ops(qtbot)
    dialog = _restore_dialog(unlocked_app, qtbot, made)
    dialog.replace.setChecked(True)
    monkeypatch.setattr(backup_restore_dialog, "ask_yes_no", answering(True))
    dialog.restore()
    wait_ops(qtbot, timeout=60_000)
    assert unlocked_app.vault is None  # locked after the replacement
    assert unlocked_app.unlock_window is not None
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING], caplog.text
    assert _names(app_folder) == {"Before Backup"}

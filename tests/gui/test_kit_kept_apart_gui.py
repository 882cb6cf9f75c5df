"""The windows that save an Emergency Kit, and the first run's backup folder, refuse what the core
refuses, in its words: the kit in a vault's folder or a backup folder (the key beside what it
opens), the backup folder in a vault's folder by a link or in another vault's folder. Found by
the attacker's walk (thirty-eighth round): every other file was refused in the vault's folder,
the kit was saved there from the first run's page and from Replace every key's window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.core.cli_helpers import init_vault
from tests.gui.conftest import wait_ops
from tests.gui.first_run_helpers import walk_to_kit_page
from vault_app.gui.controller import AppController
from vault_app.gui.create_wizard_backup import BackupPage
from vault_app.services import backup_folder_mark

pytestmark = pytest.mark.gui

KEY = "Y6J2-4EUO-RGEW-HBMA-ABVS-EFOT-77L3-CWPW-5IOR-EA4L-N3FP-4GMD-SOTN-5IA"
BESIDE = "The Emergency Kit cannot be saved in a vault's folder"


def _boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_the_first_runs_kit_page_refuses_the_new_vaults_folder(fresh_app: AppController, qtbot,
                                                                app_folder: Path, tmp_path: Path) -> None:
    wizard = fresh_app.wizard
    assert wizard is not None
    walk_to_kit_page(wizard, qtbot)
    page = wizard.kit_page
    link = tmp_path / "Desktop"
    link.symlink_to(app_folder)
    for path in (app_folder / "Emergency Kit.pdf", link / "Emergency Kit.pdf"):
        page.save_to(path)
        wait_ops(qtbot)
        said = page.problem.text()
        assert "not saved" in said and BESIDE in said, said
        assert not path.exists()
        assert not _boxes()
    assert not page.saved_label.text().strip()


def test_replace_every_keys_kit_window_refuses_a_backup_folder(qtbot, tmp_path: Path, spanish: None) -> None:
    from vault_app.gui.vault_keys_dialogs import EmergencyKitDialog
    from vault_app.services.key_replacement import NewKit

    backups = tmp_path / "USB" / "backups"
    backups.mkdir(parents=True)
    backup_folder_mark.mark(backups, "9963e0349963e0349963e0349963e034")
    dialog = EmergencyKitDialog(NewKit(KEY, "9963e034", str(tmp_path / "vault"), "ab:cd:ef"))
    qtbot.addWidget(dialog)
    dialog.kept.setChecked(True)
    dialog.save_to(backups / "Kit de emergencia.pdf")
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: bool(_boxes()), timeout=20_000)
    (box,) = _boxes()
    assert "El Kit de emergencia no se puede guardar en una carpeta de copias de seguridad" in box.text(), box.text()
    assert "memoria USB" in box.informativeText()
    box.close()
    assert not (backups / "Kit de emergencia.pdf").exists()
    dialog.done_button.click()


@pytest.mark.parametrize("where", ["a link to the vault's folder", "another vault's folder"])
def test_the_first_runs_backup_page_refuses_a_vaults_folder(qtbot, tmp_path: Path, where: str) -> None:
    vault_folder = tmp_path / "vault"
    vault_folder.mkdir()  # chosen on the first page, empty until Create
    if where == "another vault's folder":
        init_vault(tmp_path / "other")
        typed, said = tmp_path / "other" / "backups", "Backups cannot be kept inside a vault's folder"
    else:
        (tmp_path / "drive").symlink_to(vault_folder)
        typed, said = tmp_path / "drive" / "backups", "Backups cannot be kept inside the vault folder"
    page = BackupPage(lambda: vault_folder)
    qtbot.addWidget(page)
    page.target.setText(str(typed))
    assert page.isComplete()  # the letters alone name no vault's folder
    page.target.editingFinished.emit()  # the folder's look, on the worker
    wait_ops(qtbot)
    assert said in page.problem.text(), page.problem.text()
    assert not page.isComplete()
    assert not page.validatePage()
    assert not typed.exists()

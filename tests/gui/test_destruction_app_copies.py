"""The wizard, before the destruction, and the certificate after it name the safety copy a
restore kept of the vault (it still holds the chart: the destruction does not change it)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.services import backup, backup_restore, clients, notes

pytestmark = pytest.mark.gui


def test_the_wizard_and_the_certificate_name_a_restores_safety_copy(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    client_id = add_client(unlocked_app, qtbot, "Kept Elsewhere")
    notes.create_progress_note(vault, client_id, sections={"subjective": "heron-lantern-text"})
    chart_number = clients.get_client(vault, client_id).chart_number
    folder = vault.folder.resolve()
    # What a restore over this vault keeps beside it (services/restore_safety_copy.safety_copy_path).
    safety = folder.parent / f"{folder.name}-before-restore-20261201-101500"
    shutil.copytree(folder, safety)

    wizard = window.chart.start_destruction()
    wait_ops(qtbot)
    wizard.next()
    basis = wizard.basis_page
    basis.override.setChecked(True)
    basis.reason.setText("Duplicate chart created in error during intake")
    basis.passphrase.setText(PASSPHRASE)
    basis.unlock_button.click()
    wait_ops(qtbot)
    wizard.next()
    wait_ops(qtbot)
    confirm = wizard.confirm_page
    before = confirm.text.text()
    assert str(safety) in before and "not purged by this destruction" in before, before
    assert f"<b>{chart_number}</b>" in before  # the confirmation itself is still said
    confirm.confirm.setText(chart_number)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    wait_ops(qtbot, timeout=60_000)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.certificate_page)
    after = wizard.certificate_page.text.text()
    assert str(safety) in after and "was not purged" in after, after
    assert "delete that folder" in after


def test_the_wizard_and_the_certificate_name_a_copy_restored_beside(unlocked_app: AppController, qtbot,
                                                                    tmp_path: Path) -> None:
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    client_id = add_client(unlocked_app, qtbot, "Restored Beside")
    notes.create_progress_note(vault, client_id, sections={"subjective": "egret-lamp-text"})
    chart_number = clients.get_client(vault, client_id).chart_number
    # The Backups window's "restore into a new folder", the vault open (its ledger told).
    info = backup.create_backup(vault, tmp_path / "usb")
    beside = tmp_path / "beside"
    backup_restore.restore_backup(Path(info.path), beside, passphrase=PASSPHRASE, current=vault)

    wizard = window.chart.start_destruction()
    wait_ops(qtbot)
    wizard.next()
    basis = wizard.basis_page
    basis.override.setChecked(True)
    basis.reason.setText("Duplicate chart created in error during intake")
    basis.passphrase.setText(PASSPHRASE)
    basis.unlock_button.click()
    wait_ops(qtbot)
    wizard.next()
    wait_ops(qtbot)
    confirm = wizard.confirm_page
    before = confirm.text.text()
    assert str(beside.resolve()) in before and "destroy the chart there too" in before, before
    assert "(a safety copy)" not in before
    confirm.confirm.setText(chart_number)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    wait_ops(qtbot, timeout=60_000)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.certificate_page)
    after = wizard.certificate_page.text.text()
    assert str(beside.resolve()) in after and "destroy the chart there too" in after, after

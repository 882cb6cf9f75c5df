"""Cancel while "Creating your vault…" (walk-first round 31, shots 82-86): the app quit without a
question, the vault was created anyway on the worker and its Emergency Kit was never shown. A
vault must never exist without its kit having been offered: while the vault is being made,
Cancel and Back are greyed and Escape (reject) waits; the kit page follows as always. Real
wizard, real Argon2, a real vault file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from tests.gui.conftest import wait_ops
from tests.gui.first_run_helpers import walk_to_backup_page
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


def test_cancel_while_creating_still_shows_the_kit(fresh_app: AppController, qtbot, app_folder: Path) -> None:
    wizard = fresh_app.wizard
    assert wizard is not None
    walk_to_backup_page(wizard, qtbot)
    wizard.button(QWizard.WizardButton.NextButton).click()  # no backup folder
    assert wizard.currentPage() is wizard.create_page
    wizard.button(QWizard.WizardButton.CommitButton).click()
    assert wizard.create_page.busy  # the vault is being made on the worker
    cancel = wizard.button(QWizard.WizardButton.CancelButton)
    back = wizard.button(QWizard.WizardButton.BackButton)
    assert not cancel.isEnabled(), "Cancel could be pressed while the vault was being created"
    assert not back.isEnabled()
    wizard.reject()  # what Escape and the window's close button do
    assert wizard.isVisible(), "the wizard closed while its vault was being created"
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.kit_page, timeout=20_000)
    created = wizard.create_page.created
    assert created is not None and any(app_folder.iterdir())  # the vault, made
    assert wizard.kit_page.key_label.text().replace("\n", "-") == created.recovery_key
    wizard.kit_page.kept.setChecked(True)
    wizard.button(QWizard.WizardButton.NextButton).click()
    wizard.check_page.answer.setText(created.recovery_key.rsplit("-", 1)[-1])
    wizard.button(QWizard.WizardButton.FinishButton).click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: fresh_app.main_window is not None, timeout=20_000)

"""Walking the first-run wizard to a page, as the tests of that page need."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWizard

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from vault_app.gui.create_wizard import CreateVaultWizard


def walk_to_backup_page(wizard: CreateVaultWizard, qtbot: Any) -> None:
    """Welcome, About you, the passphrase twice, the keyring (none in tests)."""
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    next_button.click()
    wizard.about_page.name.setText("Jordan Lee")
    next_button.click()
    wizard.passphrase_page.first.setText(PASSPHRASE)
    wizard.passphrase_page.second.setText(PASSPHRASE)
    next_button.click()
    wait_ops(qtbot)  # the keyring check: none in tests
    next_button.click()
    assert wizard.currentPage() is wizard.backup_page


def walk_to_kit_page(wizard: CreateVaultWizard, qtbot: Any) -> None:
    """To the backup page, no backup folder, Create."""
    walk_to_backup_page(wizard, qtbot)
    wizard.button(QWizard.WizardButton.NextButton).click()  # no backup folder
    assert wizard.currentPage() is wizard.create_page
    wizard.button(QWizard.WizardButton.CommitButton).click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.kit_page, timeout=20_000)

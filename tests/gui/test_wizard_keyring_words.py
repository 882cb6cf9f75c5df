"""The keyring page where no keyring is found (walk-first round 31, item 9): it opened with "Your
operating system has a protected keyring" and ended "open the vault there with your Emergency Kit
once", both wrong without a keyring. Tests have no keyring (tests/conftest.py)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QWizard

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


def test_no_keyring_no_keyring_words(fresh_app: AppController, qtbot) -> None:
    wizard = fresh_app.wizard
    assert wizard is not None
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    next_button.click()
    wizard.about_page.name.setText("Jordan Lee")
    next_button.click()
    wizard.passphrase_page.first.setText(PASSPHRASE)
    wizard.passphrase_page.second.setText(PASSPHRASE)
    next_button.click()
    wait_ops(qtbot)
    page = wizard.keyring_page
    qtbot.waitUntil(lambda: "No usable keyring" in page.status.text(), timeout=10_000)
    said = " ".join(label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page))
    assert "Your operating system has a protected keyring" not in said
    assert "Emergency Kit once" not in said
    assert "passphrase alone opens the vault" in said

"""The app's Jurisdiction settings dialog refuses an age of consent for treatment above the age
of majority with the sentence every other way of saving gives (domain/practice.py's
JURISDICTION_ORDER, judged by the service the dialog calls), and saves nothing."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.gui.conftest import wait_ops
from vault_app.domain.practice import CONSENT_ABOVE_MAJORITY
from vault_app.gui.decision_settings import JurisdictionDialog
from vault_app.gui.operations import VaultOps
from vault_app.services import practice, retention
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui


def test_the_dialog_refuses_a_consent_age_above_majority(vault: Vault, qtbot) -> None:
    retention.set_policy(vault, preset_key="CA")
    before = practice.load(vault)
    dialog = JurisdictionDialog(VaultOps.over(vault), before.jurisdiction)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.consent.setValue(25)
    dialog.name.setText("Texas")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "errorDialog") is not None, timeout=20_000)
    box = dialog.findChild(QMessageBox, "errorDialog")
    assert box is not None and box.text() == CONSENT_ABOVE_MAJORITY
    assert practice.load(vault) == before
    box.close()
    dialog.consent.setValue(16)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    wait_ops(qtbot)
    saved = practice.load(vault).jurisdiction
    # Renaming the jurisdiction in the app leaves the retention policy's name.
    assert (saved.age_of_consent_for_treatment, saved.name) == (16, "Texas")
    assert retention.policy(vault).name == "California: psychologists"

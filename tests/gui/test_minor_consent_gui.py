"""The license state's minors' consent rule in the app (walk-teen round 33: a California practice
stayed at the federal 18). Proposed with its section and conditions on the first-run wizard's
About you page, in Settings and in the Jurisdiction settings; applied only when the therapist
ticks or presses it, never by choosing the state alone. Real widgets, a real vault."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from vault_app.domain import minor_consent_presets as mcp
from vault_app.gui.controller import AppController
from vault_app.gui.create_wizard_about import AboutYouPage
from vault_app.gui.decision_settings import JurisdictionDialog
from vault_app.gui.minor_consent_words import CONDITIONS, rule_words
from vault_app.gui.operations import VaultOps
from vault_app.services import practice
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui


def test_the_words_repeat_the_domains_conditions() -> None:
    assert {k: CONDITIONS[k] for k in mcp.MINOR_CONSENT_PRESETS} == {
        k: p.conditions for k, p in mcp.MINOR_CONSENT_PRESETS.items()}


@pytest.mark.parametrize(("state", "offered", "words"), [
    ("CA", True, "6924(b)"), ("NY", True, "33.21"), ("TX", False, ""), ("", False, ""),
])
def test_the_wizard_proposes_it_unticked(qtbot, state: str, offered: bool, words: str) -> None:
    page = AboutYouPage()
    qtbot.addWidget(page)
    page.show()
    page.license_state.setCurrentIndex(page.license_state.findData(state) if state else 0)
    assert page.minor_consent.isVisible() is offered and page.minor_consent_rule.isVisible() is offered
    assert words in page.minor_consent_rule.text() and (not offered or "Conditions:" in page.minor_consent_rule.text())
    assert page.minor_consent_state() == ""  # not ticked: chosen by the therapist
    page.minor_consent.setChecked(True)
    assert page.minor_consent_state() == (state if offered else "")


def test_the_jurisdiction_dialog_uses_the_rule_when_pressed(vault: Vault, qtbot) -> None:
    before = practice.load(vault).jurisdiction
    dialog = JurisdictionDialog(VaultOps.over(vault), before, license_state="CA")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.use_state_rule.isVisible() and not dialog.consent_source.isVisible()
    dialog.use_state_rule.click()
    assert dialog.consent.value() == 12 and dialog.consent_source.text() == rule_words(mcp.find("CA"))
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    saved = practice.load(vault).jurisdiction
    assert saved.age_of_consent_for_treatment == 12 and saved.minor_consent_source == mcp.find("CA").statement()
    again = JurisdictionDialog(VaultOps.over(vault), saved, license_state="CA")
    qtbot.addWidget(again)
    again.show()
    assert not again.use_state_rule.isVisible() and "6924(b)" in again.consent_source.text()


def test_settings_propose_it_and_save_it_only_when_ticked(unlocked_app: AppController, qtbot) -> None:
    from vault_app.gui.settings_dialog import SettingsDialog

    window, vault = unlocked_app.main_window, unlocked_app.vault
    assert window is not None and vault is not None
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    wait_ops(qtbot)
    dialog.pages.setCurrentIndex(1)
    box = dialog.minor_consent
    dialog.profile["clinician_name"].setText("Jordan Lee")
    dialog.profile["license_number"].setText("A1")
    dialog.license_state.setCurrentIndex(dialog.license_state.findData("CA"))
    qtbot.waitUntil(lambda: box.accept_rule.isVisible())
    assert "6924(b)" in box.proposal.text() and "18" in box.in_force.text()
    dialog.save()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert practice.load(vault).jurisdiction.age_of_consent_for_treatment == 18  # proposed, not applied
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    wait_ops(qtbot)
    dialog.pages.setCurrentIndex(1)
    box = dialog.minor_consent
    qtbot.waitUntil(lambda: box.accept_rule.isVisible())
    box.accept_rule.setChecked(True)
    assert dialog.typed()  # Escape asks before losing it
    dialog.save()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    saved = practice.load(vault).jurisdiction
    assert saved.age_of_consent_for_treatment == 12 and "124260" in saved.minor_consent_source


def test_the_wizard_applies_the_rule_once_the_vault_exists_when_ticked(fresh_app: AppController, qtbot) -> None:
    wizard = fresh_app.wizard
    assert wizard is not None
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    next_button.click()
    about = wizard.about_page
    about.name.setText("Jordan Lee")
    about.credentials.setText("LMFT")
    about.license_number.setText("A1")
    about.license_state.setCurrentIndex(about.license_state.findData("CA"))
    about.minor_consent.setChecked(True)
    next_button.click()
    page = wizard.passphrase_page
    page.first.setText(PASSPHRASE)
    page.second.setText(PASSPHRASE)
    next_button.click()
    wait_ops(qtbot)
    next_button.click()
    next_button.click()  # no backup folder
    wizard.button(QWizard.WizardButton.CommitButton).click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.kit_page)
    wait_ops(qtbot)
    created = wizard.create_page.created
    assert created is not None
    j = practice.load(created.vault).jurisdiction
    assert j.age_of_consent_for_treatment == 12 and j.minor_consent_source == mcp.find("CA").statement()
    wizard.kit_page.kept.setChecked(True)
    next_button.click()
    wizard.check_page.answer.setText(created.recovery_key.rsplit("-", 1)[1])
    wizard.button(QWizard.WizardButton.FinishButton).click()
    wait_ops(qtbot)


def test_a_rule_applied_by_an_earlier_version_is_said_in_spanish(vault: Vault, qtbot, spanish: None) -> None:
    """Found: a vault whose rule was applied before migration 0107 showed the statement it saved then,
    in English ("... Section text NOT verified ... on 2026-12-06 ..."), in the Jurisdiction settings."""
    ca = mcp.find("CA")
    saved = (f"{ca.citation}: a minor 12 or older may consent to outpatient mental health treatment. Conditions: "
             f"{ca.conditions} Section text NOT verified ({mcp.CHECK_TEXT}) on 2026-12-06: {ca.how_checked}")
    practice.update(vault, jurisdiction={"age_of_consent_for_treatment": 12, "minor_consent_source": saved})
    dialog = JurisdictionDialog(VaultOps.over(vault), practice.load(vault).jurisdiction, license_state="CA")
    qtbot.addWidget(dialog)
    dialog.show()
    said = dialog.consent_source.text()
    assert said == rule_words(ca) and "NOT verified" not in said and "Conditions" not in said, said

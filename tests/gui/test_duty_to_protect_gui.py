"""California's duty to protect (domain/duty_to_protect.py: Tarasoff; Cal. Civ. Code 43.92) in the app's
settings, as the minors' and retention rules are offered (it was offered on the command line only, `practice
update` / `decision settings`): proposed with its citation on the first-run wizard's About you page, in
Settings and in the Jurisdiction settings; applied only when the therapist ticks or presses it, never by
choosing the state alone. Spanish too. Real widgets, a real vault."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from vault_app.domain import duty_to_protect
from vault_app.gui.controller import AppController
from vault_app.gui.create_wizard_about import AboutYouPage
from vault_app.gui.decision_settings import JurisdictionDialog
from vault_app.gui.duty_to_protect_words import proposal_words, rule_words, short_words
from vault_app.gui.operations import VaultOps
from vault_app.services import practice
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui
CITATION = "Civ. Code 43.92"


@pytest.mark.parametrize(("state", "offered"), [("CA", True), ("NY", False), ("TX", False), ("", False)])
def test_the_wizard_proposes_it_unticked(qtbot, state: str, offered: bool) -> None:  # type: ignore[no-untyped-def]
    page = AboutYouPage()
    qtbot.addWidget(page)
    page.show()
    page.license_state.setCurrentIndex(page.license_state.findData(state) if state else 0)
    assert page.duty_to_protect.isVisible() is offered and page.duty_to_protect_rule.isVisible() is offered
    assert (CITATION in page.duty_to_protect_rule.text()) is offered
    assert page.duty_to_protect_state() == ""  # not ticked: chosen by the therapist
    page.duty_to_protect.setChecked(True)
    assert page.duty_to_protect_state() == (state if offered else "")


def test_the_jurisdiction_dialog_uses_the_duty_when_pressed(vault: Vault, qtbot) -> None:  # type: ignore[no-untyped-def]
    before = practice.load(vault).jurisdiction
    assert before.duty_to_warn == "permissive"
    dialog = JurisdictionDialog(VaultOps.over(vault), before, license_state="CA")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.use_state_duty.isVisible() and dialog.duty.currentData() == "permissive"
    assert CITATION in dialog.duty_rule.text()  # said before it is pressed: why to press it
    dialog.use_state_duty.click()
    assert dialog.duty.currentData() == "mandatory" and not dialog.use_state_duty.isVisible()
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    saved = practice.load(vault).jurisdiction
    assert saved.duty_to_warn == "mandatory"
    again = JurisdictionDialog(VaultOps.over(vault), saved, license_state="CA")
    qtbot.addWidget(again)
    again.show()
    assert not again.use_state_duty.isVisible()
    other = JurisdictionDialog(VaultOps.over(vault), before, license_state="NY")  # no duty the app knows
    qtbot.addWidget(other)
    other.show()
    assert not other.use_state_duty.isVisible() and not other.duty_rule.isVisible()


def test_settings_propose_it_and_save_it_only_when_ticked(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    from vault_app.gui.settings_dialog import SettingsDialog

    window, vault = unlocked_app.main_window, unlocked_app.vault
    assert window is not None and vault is not None
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    wait_ops(qtbot)
    dialog.pages.setCurrentIndex(1)
    box = dialog.duty_to_protect
    dialog.profile["clinician_name"].setText("Jordan Lee")
    dialog.profile["license_number"].setText("A1")
    dialog.license_state.setCurrentIndex(dialog.license_state.findData("CA"))
    qtbot.waitUntil(lambda: box.accept_rule.isVisible())
    assert CITATION in box.proposal.text() and "Permissive" in box.in_force.text()
    assert not box.accept_rule.isChecked()
    dialog.save()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert practice.load(vault).jurisdiction.duty_to_warn == "permissive"  # proposed, not applied
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    wait_ops(qtbot)
    dialog.pages.setCurrentIndex(1)
    box = dialog.duty_to_protect
    qtbot.waitUntil(lambda: box.accept_rule.isVisible())
    box.accept_rule.setChecked(True)
    assert dialog.typed()  # Escape asks before losing it
    dialog.save()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert practice.load(vault).jurisdiction.duty_to_warn == "mandatory"
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    wait_ops(qtbot)
    dialog.pages.setCurrentIndex(1)
    box = dialog.duty_to_protect
    qtbot.waitUntil(lambda: "Mandatory" in box.in_force.text())
    assert not box.accept_rule.isVisible() and not dialog.typed()
    dialog.reject()


def test_the_wizard_applies_the_duty_once_the_vault_exists_when_ticked(  # type: ignore[no-untyped-def]
        fresh_app: AppController, qtbot) -> None:
    wizard = fresh_app.wizard
    assert wizard is not None
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    next_button.click()
    about = wizard.about_page
    about.name.setText("Jordan Lee")
    about.credentials.setText("LMFT")
    about.license_number.setText("A1")
    about.license_state.setCurrentIndex(about.license_state.findData("CA"))
    about.duty_to_protect.setChecked(True)
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
    assert j.duty_to_warn == "mandatory" and j.age_of_consent_for_treatment == 18  # the minors' rule not ticked
    wizard.kit_page.kept.setChecked(True)
    next_button.click()
    wizard.check_page.answer.setText(created.recovery_key.rsplit("-", 1)[1])
    wizard.button(QWizard.WizardButton.FinishButton).click()
    wait_ops(qtbot)


def test_the_duty_is_said_in_spanish(qtbot, spanish: None) -> None:  # type: ignore[no-untyped-def]
    said = rule_words(duty_to_protect.DUTY_RULES["CA"])
    assert "California" in said and CITATION in said and "has a duty" not in said, said
    page = AboutYouPage()
    qtbot.addWidget(page)
    page.show()
    page.license_state.setCurrentIndex(page.license_state.findData("CA"))
    # Short on the page (it fits a laptop's screen beside the state's other rules), whole on hover.
    shown, whole = page.duty_to_protect_rule.text(), page.duty_to_protect_rule.toolTip()
    assert shown == short_words(duty_to_protect.DUTY_RULES["CA"]) and CITATION in shown
    assert "must act" not in shown and "debe actuar" in shown, shown
    assert whole == proposal_words(duty_to_protect.DUTY_RULES["CA"]) and whole.startswith(said)
    assert "Applying it" not in whole and "Obligatorio" in whole, whole
    assert page.duty_to_protect.text() == "Aplicar el deber de proteger de su estado"

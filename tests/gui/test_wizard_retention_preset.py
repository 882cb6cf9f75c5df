"""The first run keeps records as the license state's law says (walk-life round 31, item 5: a
California LMFT chosen on About you, the vault's retention stayed "APA guideline (no state rule
chosen)", minors' charts kept 3 years after 18, not the 7 of Cal. Bus. & Prof. Code 4980.49).
The fitting preset is offered on About you, chosen by default, and in force in the vault made;
unchecked, or with no preset for the state, the default stays. Real wizard, real vault."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from vault_app.domain.retention_presets import BY_KEY
from vault_app.gui.controller import AppController
from vault_app.services import retention

pytestmark = pytest.mark.gui


def _create(fresh_app: AppController, qtbot, state: str, credentials: str, keep: bool | None) -> None:
    wizard = fresh_app.wizard
    assert wizard is not None
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    next_button.click()
    about = wizard.about_page
    about.name.setText("Dana Rivera")
    about.credentials.setText(credentials)
    about.license_state.setCurrentIndex(about.license_state.findData(state))
    about.license_number.setText("123456")
    if keep is None:
        # No preset for the state: nothing offered, but the guideline is not passed off as its law
        assert about.retention.isHidden() and not about.retention_rule.isHidden()
        assert about.retention_rule.text() == (
            f"The app has no record-retention preset for {state} (how long a chart is kept): the APA guideline "
            "is professional guidance, not your state's law; check your licensing board's rule and set it "
            "(Vault > Settings, after the vault is made).")
    else:
        assert not about.retention.isHidden() and about.retention.isChecked()  # offered, chosen by default
        assert f"{BY_KEY[state if state != 'CA' else 'CA-MFT'].adult_years} years" in about.retention_rule.text()
        about.retention.setChecked(keep)
    assert about.isComplete(), about.problem.text()
    next_button.click()
    wizard.passphrase_page.first.setText(PASSPHRASE)
    wizard.passphrase_page.second.setText(PASSPHRASE)
    next_button.click()
    wait_ops(qtbot)
    next_button.click()
    next_button.click()  # no backup folder
    wizard.button(QWizard.WizardButton.CommitButton).click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.kit_page, timeout=20_000)
    wait_ops(qtbot)


@pytest.mark.parametrize(("state", "credentials", "keep", "expected"), [
    ("CA", "LMFT", True, "CA-MFT"),
    ("CA", "LMFT", False, "apa"),
    ("NY", "LMFT", True, "NY"),  # 8 NYCRR 29.2(a)(3) (walk-close round 32)
    ("TX", "LPC", None, "apa"),
])
def test_the_state_rule_is_offered_and_kept(fresh_app: AppController, qtbot, app_folder: Path, state: str,
                                            credentials: str, keep: bool | None, expected: str) -> None:
    _create(fresh_app, qtbot, state, credentials, keep)
    created = fresh_app.wizard.create_page.created if fresh_app.wizard else None
    assert created is not None
    policy = retention.policy(created.vault)
    assert policy.name == BY_KEY[expected].name
    assert policy.minor_years_after_majority == BY_KEY[expected].minor_years_after_majority
    wizard = fresh_app.wizard
    assert wizard is not None
    wizard.kit_page.kept.setChecked(True)  # finished as a therapist does (closing it asks "Leave anyway?")
    wizard.button(QWizard.WizardButton.NextButton).click()
    wizard.check_page.answer.setText(created.recovery_key.rsplit("-", 1)[-1])
    wizard.button(QWizard.WizardButton.FinishButton).click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: fresh_app.main_window is not None, timeout=20_000)

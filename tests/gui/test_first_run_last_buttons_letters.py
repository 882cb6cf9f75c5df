"""The first-run wizard's own last buttons have an Alt letter (found by the round-44 walker on Xvfb,
screenshot 51: "Create vault" and "Open my vault" were the only buttons of the wizard without one,
while Back, Next and Cancel had theirs), each not taken by another button or label shown on its
page. English and Spanish screens; the real wizard, its real pages."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWizard

from tests.gui.first_run_helpers import walk_to_backup_page
from tests.gui.test_window_mnemonics import language  # noqa: F401  (the fixture: en, then es)
from vault_app.gui.controller import AppController
from vault_app.gui.widgets import mnemonic_of

pytestmark = pytest.mark.gui


def _letters_shown(wizard: QWizard, but: QAbstractButton) -> list[str]:
    """The letters of what else the keyboard reaches on the current page and beneath it."""
    page = wizard.currentPage()
    owners = [*page.findChildren(QAbstractButton), *page.findChildren(QLabel)]
    owners += [wizard.button(b) for b in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                                          QWizard.WizardButton.CancelButton)]
    return [mnemonic_of(w.text()) for w in owners if w is not but and w.isVisible() and mnemonic_of(w.text())]


def test_create_vault_has_a_letter_of_its_own(language: str, fresh_app: AppController, qtbot) -> None:  # noqa: F811
    wizard = fresh_app.wizard
    assert wizard is not None
    walk_to_backup_page(wizard, qtbot)
    wizard.button(QWizard.WizardButton.NextButton).click()  # no backup folder
    assert wizard.currentPage() is wizard.create_page
    create = wizard.button(QWizard.WizardButton.CommitButton)
    assert create.isVisible()
    letter = mnemonic_of(create.text())
    assert letter, create.text()
    assert letter not in _letters_shown(wizard, create), create.text()


def test_open_my_vault_has_a_letter(language: str, fresh_app: AppController) -> None:  # noqa: F811
    wizard = fresh_app.wizard
    assert wizard is not None
    text = wizard.buttonText(QWizard.WizardButton.FinishButton)
    assert mnemonic_of(text), text
    # The check page's own words: "Last group:" and its answer; Back beneath.
    own = [mnemonic_of(w.text()) for w in (*wizard.check_page.findChildren(QLabel),
                                            *wizard.check_page.findChildren(QAbstractButton))]
    assert mnemonic_of(text) not in [*own, mnemonic_of(wizard.buttonText(QWizard.WizardButton.BackButton))], text

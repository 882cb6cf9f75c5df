"""Alt letters for a wizard's field labels, page by page, as the forms get theirs
(widgets.give_form_mnemonics): the export wizard's Recipient, Address, Purpose and the rest had
none, in English or Spanish, and were reached only by Tab after Tab. Each page is lettered on
its own: one page is on screen at a time, with the wizard's Back, Next, Finish (or the page's
Commit) and Cancel around it, whose letters it leaves alone."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard, QWizardPage

from vault_app.gui.widgets import give_form_mnemonics, mnemonic_of

BUTTONS = (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton, QWizard.WizardButton.CommitButton,
           QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton)


def give_page_mnemonics(page: QWizardPage) -> None:
    """Letters for the page's labels and buttons that have none, none of them the letter of a
    wizard button shown with the page, nor of another on the page. Again after the page built
    new fields (the legal basis's evidence): those made since get theirs, the others keep."""
    around = [mnemonic_of(page.buttonText(which)) for which in BUTTONS]
    give_form_mnemonics(page, [], taken_outside=around)


def give_wizard_mnemonics(wizard: QWizard) -> None:
    """Every page of `wizard`, once its pages are added and their words translated."""
    for page_id in wizard.pageIds():
        give_page_mnemonics(wizard.page(page_id))


__all__ = ["give_page_mnemonics", "give_wizard_mnemonics"]

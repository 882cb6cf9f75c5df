"""Every page of the first-run wizard: each field label and button an Alt letter, none twice on a
page nor one of the wizard's Back, Next, Finish, Cancel around it, none under a faint letter, in
English and in Spanish. Found on Xvfb in Spanish: "Sobre usted"'s six labels, "Elegir…",
"Guardar como PDF…" and the Kit's "He guardado…" box had none (the first window a therapist
sees, walked by Tab after Tab). Real widgets, the real es.ts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from vault_app.gui.widgets import FAINT, form_letters, mnemonic_of, underlined

pytestmark = pytest.mark.gui

AROUND = (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton, QWizard.WizardButton.CommitButton,
          QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton)


def test_every_first_run_page_has_letters_of_its_own(qtbot, language: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from vault_app.gui.create_wizard import CreateVaultWizard

    wizard = CreateVaultWizard(tmp_path / "new-vault")
    qtbot.addWidget(wizard)
    spanish = wizard.about_page.title() == "Sobre usted"
    assert spanish == (language == "es"), wizard.about_page.title()
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        name = type(page).__name__
        around = {mnemonic_of(page.buttonText(which)) for which in AROUND} - {""}
        found = [(w.text(), letter) for w, letter in form_letters(page)]
        letters = [letter for _text, letter in found if letter]
        assert len(set(letters)) == len(letters), (name, sorted(found, key=lambda f: f[1]))
        assert not set(letters) & around, (name, found, around)
        for text, letter in found:
            assert letter, (name, text, found)
            assert underlined(text) not in FAINT, (name, text, found)
    # Show is out of the keyboard's reach (gui/passphrase.py): no letter that Hide would drop
    for field in (wizard.passphrase_page.first, wizard.passphrase_page.second):
        assert not mnemonic_of(field.toggle.text()), field.toggle.text()
    kit = [w for w, _letter in form_letters(wizard.kit_page)]
    assert wizard.kit_page.save_button in kit and wizard.kit_page.kept in kit
    about_labels = [w for w, _letter in form_letters(wizard.about_page) if w.inherits("QLabel")]
    assert len(about_labels) == 6, [w.text() for w in about_labels]  # name, credentials, … dates and money


def test_the_wizards_own_cancel_has_a_letter(qtbot, language: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Qt's Cancel has no letter of its own: the first-run wizard's was the one button without
    (found by walkers), Back and Next had theirs. On every page, none of the page's own."""
    from vault_app.gui.create_wizard import CreateVaultWizard

    wizard = CreateVaultWizard(tmp_path / "new-vault")
    qtbot.addWidget(wizard)
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        cancel = page.buttonText(QWizard.WizardButton.CancelButton)
        letter = mnemonic_of(cancel)
        assert letter, (type(page).__name__, cancel)
        assert underlined(cancel) not in FAINT, cancel
        assert letter not in {mnemonic_of(page.buttonText(which)) for which in AROUND[:-1]}, cancel
        assert letter not in {found for _w, found in form_letters(page)}, (type(page).__name__, cancel)
    wizard.show()
    qtbot.waitExposed(wizard)
    assert mnemonic_of(wizard.button(QWizard.WizardButton.CancelButton).text()) == letter

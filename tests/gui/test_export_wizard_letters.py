"""The export wizard's field labels each have an Alt letter on every page, in English and in
Spanish, none another's on the page nor a wizard button's (Back, Next, Export, Finish, Cancel):
Destinatario, Dirección, Finalidad had none (found in the real app), and the fields were reached
only by Tab after Tab. Real vault, real widgets, the real es.ts; Alt and a label's letter is
pressed to see the keyboard land in its field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QWizard, QWizardPage

from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_export_and_lock import _chart_with_signed_note
from tests.gui.test_window_mnemonics import language  # noqa: F401  (the fixture: en, then es)
from vault_app.gui.controller import AppController
from vault_app.gui.widgets import form_letters, mnemonic_of

pytestmark = pytest.mark.gui

BUTTONS = (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton, QWizard.WizardButton.CommitButton,
           QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton)


def _check_page(page: QWizardPage) -> dict[str, str]:
    found = form_letters(page)
    labels = {lab.text(): letter for lab, letter in found if isinstance(lab, QLabel)}
    assert all(labels.values()), labels
    around = [mnemonic_of(page.buttonText(b)) for b in BUTTONS]
    letters = [letter for _w, letter in found if letter] + [a for a in around if a]
    assert len(set(letters)) == len(letters), sorted(
        [(letter, w.text()) for w, letter in found] + [(a, "wizard button") for a in around])
    return labels


def test_every_page_s_labels_have_letters_of_their_own(language: str, locked_app: AppController, qtbot) -> None:  # noqa: F811
    unlock(locked_app, qtbot)
    window = locked_app.main_window
    assert window is not None
    _chart_with_signed_note(locked_app, qtbot)
    wizard = window.chart.start_export()
    wait_ops(qtbot)
    what = _check_page(wizard.what_page)
    # Records, the measures box's words (a label beside it, so that they wrap), the words of the tick
    # for notes that may hold what other people said (shown when one is ticked), Recipient, Address,
    # Purpose
    assert len(what) == 6, what
    assert any(("Destinatario" if language == "es" else "Recipient") in t.replace("&", "") for t in what), what
    basis = wizard.basis_page
    _check_page(basis)
    save = _check_page(wizard.save_page)
    assert len(save) == 3, save  # Password, Confirm, Save to
    # Another basis builds its evidence fields anew: those get letters too.
    form = basis.form
    for i in range(form.basis.count()):
        form.basis.setCurrentIndex(i)
        labels = _check_page(basis)
        assert len(labels) >= 2, labels  # Basis, Authorization, and the evidence asked for
    wizard.close()


def test_alt_and_a_label_s_letter_lands_in_its_field(language: str, locked_app: AppController, qtbot) -> None:  # noqa: F811
    unlock(locked_app, qtbot)
    window = locked_app.main_window
    assert window is not None
    _chart_with_signed_note(locked_app, qtbot)
    wizard = window.chart.start_export()
    wait_ops(qtbot)
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    page = wizard.what_page
    for field in (page.recipient, page.address, page.purpose, page.kind):
        label = next(lab for lab in page.findChildren(QLabel) if lab.buddy() is field)
        letter = mnemonic_of(label.text())
        assert letter, label.text()
        key = QKeySequence(letter.upper())[0].key()
        qtbot.keyClick(wizard.focusWidget() or wizard, key, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda f=field: f.hasFocus(), timeout=5_000)
    wizard.close()

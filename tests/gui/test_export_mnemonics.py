"""Every button and check box of the export wizard, the open export dialog and the search has
an underlined letter of its own (found: "Include psychotherapy notes" had none; a keyboard
user had to tab through the dialog to reach it). Walks the real widgets, page by page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget, QWizard

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from tests.gui.test_export_and_lock import _chart_with_signed_note
from vault_app.gui.controller import AppController
from vault_app.gui.open_export_dialog import OpenExportDialog
from vault_app.gui.search_dialog import SearchDialog

pytestmark = pytest.mark.gui


def _letter(text: str) -> str | None:
    """The underlined letter of a label ("&&" is a literal ampersand, not one)."""
    at = text.replace("&&", "").find("&")
    plain = text.replace("&&", "")
    return plain[at + 1].casefold() if 0 <= at < len(plain) - 1 else None


def _letters(widgets: list[QWidget]) -> list[tuple[str, str | None]]:
    """(text, letter) of each button with text and each label that takes the keyboard to a field."""
    found = []
    for w in widgets:
        if isinstance(w, QAbstractButton) and w.text() and w.focusPolicy() != Qt.FocusPolicy.NoFocus:
            # A password's Show is kept out of keyboard reach on purpose (gui/passphrase.py).
            found.append((w.text(), _letter(w.text())))
        elif isinstance(w, QLabel) and w.buddy() is not None and "&" in w.text():
            found.append((w.text(), _letter(w.text())))
    return found


def _check(widgets: list[QWidget], more: tuple[str, ...] = ()) -> None:
    found = _letters(widgets) + [(t, _letter(t)) for t in more]
    assert found
    assert [t for t, letter in found if letter is None] == [], found
    letters = [letter for _t, letter in found]
    assert len(set(letters)) == len(letters), found


def _own(root: QWidget) -> list[QWidget]:
    return [root, *root.findChildren(QWidget)]


def test_the_export_wizard_has_a_letter_for_every_button_on_each_page(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    _chart_with_signed_note(unlocked_app, qtbot)
    wizard = window.chart.start_export()
    wait_ops(qtbot)
    buttons = [QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton, QWizard.WizardButton.CancelButton]
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        last = [QWizard.WizardButton.CommitButton if page.isCommitPage() else QWizard.WizardButton.FinishButton]
        # The page's own text for a wizard button (the save page's Commit reads Export).
        _check(_own(page), tuple(page.buttonText(b) for b in (*buttons, *last)))
    assert wizard.what_page.measures_words.text().count("&") == 1
    wizard.close()


def test_the_open_export_dialog_has_a_letter_for_every_button(unlocked_app: AppController, qtbot) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    dialog = OpenExportDialog(unlocked_app, chart.client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops(qtbot)
    # The rows shown: a tick hidden for this chart gives its letter back until it shows
    # (wizard_letters.give_shown_mnemonics_as_rows_change).
    _check([w for w in _own(dialog) if w.isVisibleTo(dialog) or w is dialog])
    dialog.close()


def test_include_psychotherapy_notes_has_its_letter(unlocked_app: AppController, qtbot) -> None:
    dialog = SearchDialog(unlocked_app)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops(qtbot)
    assert dialog.include_psy.text() == "Include &psychotherapy notes"
    _check(_own(dialog))

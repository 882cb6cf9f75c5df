"""Alt letters for a wizard's field labels, page by page, as the forms get theirs
(widgets.give_form_mnemonics): the export wizard's Recipient, Address, Purpose and the rest had
none, in English or Spanish, and were reached only by Tab after Tab. Each page is lettered on
its own: one page is on screen at a time, with the wizard's Back, Next, Finish (or the page's
Commit) and Cancel around it, whose letters it leaves alone."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget, QWizard, QWizardPage

from vault_app.gui.widgets import _trade_for_accented, _with_letter, form_letters, give_form_mnemonics, mnemonic_of

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


# The text a widget had before give_shown_mnemonics gave it a letter
_BEFORE_LETTER = "textBeforeItsLetter"


def give_shown_mnemonics(page: QWidget) -> None:
    """As give_page_mnemonics for a page with more labels and choices than letters, most of
    them shown only for some answers (the decision's outcome: a court order's fields, another
    basis's, the disclosure's): the letters go to what is shown now. Again each time the page
    shows other fields: the letters given before are taken back and given anew, so a label
    just shown is not left without one because a hidden one kept it. Also a window that is no
    wizard page (the open export's and the manual disclosure's basis form): the letters it gave
    at opening stay, those of the fields built since are given here."""
    for widget, _letter in form_letters(page):
        before = widget.property(_BEFORE_LETTER)
        if isinstance(before, str) and isinstance(widget, QAbstractButton | QLabel):
            widget.setText(before)
            widget.setProperty(_BEFORE_LETTER, None)
    shown = [w for w, _letter in form_letters(page)
             if isinstance(w, QAbstractButton | QLabel) and w.isVisibleTo(page)]
    around = [mnemonic_of(page.buttonText(which)) for which in BUTTONS] if isinstance(page, QWizardPage) else []
    taken = ({mnemonic_of(w.text()) for w in shown} | set(around)) - {""}
    # The labels before the choices, each with the fewest letters to choose from first: a
    # court order's "Dated:" found its four taken by the longer labels before it
    labels = sorted((w for w in shown if isinstance(w, QLabel)), key=_choice)
    given = [w for w in shown if "&" not in w.text()]
    for widget in [*labels, *sorted((w for w in shown if w not in labels), key=_choice)]:
        text = widget.text()
        lettered = _with_letter(text, taken)
        if lettered != text:
            widget.setProperty(_BEFORE_LETTER, text)
            widget.setText(lettered)
    _trade_for_accented(given, taken)
    for widget in given:  # one lettered only by the trade: its words before, to be given anew too
        if widget.property(_BEFORE_LETTER) is None and mnemonic_of(widget.text()):
            widget.setProperty(_BEFORE_LETTER, widget.text().replace("&", "", 1))


def _choice(widget: QAbstractButton | QLabel) -> int:
    return len({c.casefold() for c in widget.text() if c.isalpha()})


__all__ = ["give_page_mnemonics", "give_shown_mnemonics", "give_wizard_mnemonics"]

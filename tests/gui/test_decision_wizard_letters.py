"""The confidentiality decision's labels and choices each have an Alt letter on every page, in
English and in Spanish, none another's on the page nor a wizard button's: "When:", "Session:"
and the step pages' fields had none and were reached only by Tab after Tab (gui/wizard_letters.py).
The trigger's and the outcome's choices, made anew for each trigger, keep letters that work:
Alt and a choice's letter chooses it. Real vault, real widgets, the real es.ts, real key events."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QRadioButton, QWidget, QWizard, QWizardPage

from tests.core.decision_helpers import REASONING, make_chart
from tests.gui.test_decision_dialog import open_dialog, press
from vault_app.gui.decision_dialog import DecisionDialog
from vault_app.gui.widgets import form_letters, mnemonic_of
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui

BUTTONS = (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton, QWizard.WizardButton.CommitButton,
           QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton)


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    from vault_app.gui import i18n

    assert i18n.install(str(request.param)) == request.param
    yield str(request.param)
    i18n.install("en")


def _check_page(page: QWizardPage) -> dict[str, str]:
    """Each label and choice the page shows has a letter, none used twice nor a wizard
    button's (hidden ones may lack one: the outcome page has more than there are letters)."""
    found = [(w, letter) for w, letter in form_letters(page) if w.isVisibleTo(page)]
    missing = [w.text() for w, letter in found if not letter]
    assert not missing, missing
    around = [mnemonic_of(page.buttonText(b)) for b in BUTTONS]
    letters = [letter for _w, letter in found] + [a for a in around if a]
    assert len(set(letters)) == len(letters), sorted(
        [(letter, w.text()) for w, letter in found] + [(a, "wizard button") for a in around])
    return {w.text(): letter for w, letter in found}


def _alt(qtbot, dialog: DecisionDialog, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    text = widget.text()  # type: ignore[attr-defined]
    key = QKeySequence(mnemonic_of(text).upper())[0].key()
    qtbot.keyClick(dialog.focusWidget() or dialog, key, Qt.KeyboardModifier.AltModifier)


def test_every_page_has_letters_and_the_choices_answer_to_them(  # type: ignore[no-untyped-def]
        language: str, vault: Vault, qtbot) -> None:
    chart = make_chart(vault)
    dialog = open_dialog(vault, qtbot, chart.client_id, session_id=chart.session_id)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    trigger = dialog.trigger_page
    labels = _check_page(trigger)
    when = "Cuándo" if language == "es" else "When"
    assert any(when in t.replace("&", "") for t in labels), labels
    # Alt and a label's letter: the keyboard in its field; a choice's: that choice chosen
    for field in (trigger.when, trigger.session):
        label = next(lab for lab in trigger.findChildren(QLabel) if lab.buddy() is field)
        _alt(qtbot, dialog, label)
        qtbot.waitUntil(lambda f=field: f.hasFocus(), timeout=5_000)
    for key in ("duty_to_warn", "child_abuse"):
        _alt(qtbot, dialog, trigger.buttons[key])
        qtbot.waitUntil(lambda k=key: trigger.buttons[k].isChecked(), timeout=5_000)
    press(dialog, qtbot)
    duty = dialog.duty_page
    _check_page(duty)
    _alt(qtbot, dialog, duty.answers["yes"])
    qtbot.waitUntil(lambda: duty.answers["yes"].isChecked(), timeout=5_000)
    press(dialog, qtbot)
    _check_page(dialog.exception_page)
    press(dialog, qtbot)
    ask = dialog.ask_page
    _check_page(ask)
    ask.who.setText("Clinical supervisor")
    ask.advice.setText("Report today.")
    ask.add_button.click()
    press(dialog, qtbot)
    dialog.law_page.statute.setText("State child-abuse reporting act")
    _check_page(dialog.law_page)
    press(dialog, qtbot)
    dialog.reasoning_page.reasoning.setPlainText(REASONING)
    _check_page(dialog.reasoning_page)
    press(dialog, qtbot)
    outcome = dialog.outcome_page  # its choices made for this trigger: lettered too
    _check_page(outcome)
    made = [b for b in outcome.outcomes.values() if isinstance(b, QRadioButton)]
    assert len(made) == 2
    for button in made:
        _alt(qtbot, dialog, button)
        qtbot.waitUntil(button.isChecked, timeout=5_000)
    # another basis builds its evidence anew: lettered as well
    for i in range(outcome.basis.count()):
        outcome.basis.setCurrentIndex(i)
        _check_page(outcome)
    dialog.reject()


@pytest.mark.parametrize("trigger", ["court_order", "other", "duty_to_warn", "self_harm"])
def test_the_outcome_page_letters_what_each_trigger_shows(  # type: ignore[no-untyped-def]
        language: str, vault: Vault, qtbot, trigger: str) -> None:
    chart = make_chart(vault)
    dialog = open_dialog(vault, qtbot, chart.client_id, trigger=trigger)
    dialog.guide = dialog.guide_for(trigger)
    outcome = dialog.outcome_page
    page_id = next(i for i in dialog.pageIds() if dialog.page(i) is outcome)
    dialog.initializePage(page_id)  # as Next does on the way to it
    _check_page(outcome)
    for button in list(outcome.outcomes.values()):  # each outcome shows its own fields
        button.setChecked(True)
        _check_page(outcome)
    for i in range(outcome.basis.count()):
        outcome.basis.setCurrentIndex(i)
        _check_page(outcome)
    dialog.reject()

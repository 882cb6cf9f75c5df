"""The confidentiality-decision dialog walked from the trigger to a signed record."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from tests.core.decision_helpers import REASONING, accounting_for, complete, make_chart
from tests.gui.conftest import wait_ops
from vault_app.gui.decision_dialog import DecisionDialog
from vault_app.gui.decision_list import DecisionList, DecisionRecordDialog
from vault_app.gui.operations import VaultOps
from vault_app.services import decisions, export, holds
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui


def press(dialog: DecisionDialog, qtbot, which: QWizard.WizardButton = QWizard.WizardButton.NextButton) -> None:
    button = dialog.button(which)
    assert button.isVisible() and button.isEnabled(), f"{which} is not available on {dialog.currentPage().title()}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)


def open_dialog(vault: Vault, qtbot, client_id: str, **kwargs) -> DecisionDialog:
    dialog = DecisionDialog(VaultOps.over(vault), client_id, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops(qtbot)
    return dialog


def test_walk_a_child_abuse_report_from_trigger_to_signed_record(vault: Vault, qtbot) -> None:
    chart = make_chart(vault)
    dialog = open_dialog(vault, qtbot, chart.client_id, session_id=chart.session_id)

    trigger = dialog.trigger_page
    assert not dialog.button(QWizard.WizardButton.NextButton).isEnabled()  # nothing chosen yet
    trigger.buttons["child_abuse"].click()
    assert "reasonable suspicion" in trigger.summary.text()
    assert trigger.session.currentData() == chart.session_id
    press(dialog, qtbot)
    assert dialog.currentPage() is dialog.duty_page
    assert dialog.decision_id is not None  # the draft exists from the first step on

    duty = dialog.duty_page
    assert duty.question.text() == "Is what you learned confidential?"
    assert "Step 1 of 7" in duty.subTitle()
    duty.answers["yes"].setChecked(True)
    duty.notes.setText("Said in today's session.")
    press(dialog, qtbot)

    exception = dialog.exception_page
    assert exception.name.text() == "Mandatory report of suspected child abuse or neglect"
    assert exception.kinds["mandatory"].isChecked()
    assert "age of majority 18" in exception.setting.text()
    press(dialog, qtbot)

    ask = dialog.ask_page
    ask.who.setText("Clinical supervisor")
    ask.advice.setText("Report today; tell the client afterwards.")
    ask.add_button.click()
    assert ask.list.topLevelItemCount() == 1
    press(dialog, qtbot)

    law = dialog.law_page
    assert "Duty to warn: permissive" in law.snapshot.text()
    law.statute.setText("State child-abuse reporting act")
    press(dialog, qtbot)

    reasoning = dialog.reasoning_page
    reasoning.reasoning.setPlainText(REASONING)
    assert reasoning.factors["history"].isVisibleTo(dialog)
    assert not reasoning.factors["plan"].isVisibleTo(dialog)
    press(dialog, qtbot)

    outcome = dialog.outcome_page
    assert set(outcome.outcomes) == {"disclose", "do_not_disclose"}
    assert outcome.outcomes["disclose"].isChecked()  # what the law requires here, preselected
    assert outcome.disclosure.isVisibleTo(dialog)
    assert outcome.selected() == [chart.note_id]  # the session's note, preselected as the minimum
    assert outcome.recipient.currentText() == "Child protective services"
    outcome.what.setPlainText("The child's name and the bruises described.")
    outcome.reference.setText("CPS-4471")
    outcome.minimum.setChecked(True)
    press(dialog, qtbot)

    client = dialog.client_page
    client.answers["yes"].setChecked(True)
    client.how.setText("In session, before the call")
    assert "Write down the report" in client.follow_up.toPlainText()
    press(dialog, qtbot)

    review = dialog.review_page
    assert dialog.currentPage() is review
    assert review.state.text() == "Ready to sign.", review.details.text()
    assert "Disclosure allowed under a disclosure required by law" in review.verdict.text()
    assert "accounting of disclosures" in review.verdict.text()
    press(dialog, qtbot, QWizard.WizardButton.CommitButton)

    assert dialog.currentPage() is dialog.done_page
    result = dialog.result_signed
    assert result is not None and result.disclosure_id
    assert result.disclosure_id in dialog.done_page.text.text()

    signed = decisions.view(vault, result.decision.decision_id)
    d = signed.decision
    assert d.signed and signed.signature_valid
    assert d.reasoning == REASONING
    assert d.consultations[0].with_whom == "Clinical supervisor"
    assert d.disclosure is not None and d.disclosure.recipient == "Child protective services"
    assert d.disclosure.method == "phone" and d.disclosure.minimum_necessary
    assert d.client_informed.informed and d.client_informed.how == "In session, before the call"
    assert [r.disclosure_id for r in export.disclosures(vault, chart.client_id)] == [result.disclosure_id]
    assert [line.first.disclosure_id for line in accounting_for(vault, chart.client_id).lines] == [
        result.disclosure_id
    ]


def test_a_subpoena_in_the_dialog_signs_without_disclosing(vault: Vault, qtbot) -> None:
    chart = make_chart(vault)
    dialog = open_dialog(vault, qtbot, chart.client_id, trigger="subpoena")
    assert "A subpoena alone is not a court order" in dialog.trigger_page.summary.text()
    press(dialog, qtbot)
    dialog.duty_page.answers["yes"].setChecked(True)
    for _ in range(5):
        press(dialog, qtbot)
    assert dialog.currentPage() is dialog.outcome_page
    assert "disclose" not in dialog.outcome_page.outcomes
    assert dialog.outcome_page.outcomes["seek_order"].isChecked()
    assert not dialog.outcome_page.disclosure.isVisibleTo(dialog)
    press(dialog, qtbot)
    assert "Notify the client" in dialog.client_page.follow_up.toPlainText()
    dialog.client_page.answers["no"].setChecked(True)
    press(dialog, qtbot)

    review = dialog.review_page
    assert review.state.text() == "Not ready to sign yet."
    assert "your clinical reasoning" in review.details.text()
    assert "why the client was not informed" in review.details.text()
    assert not dialog.button(QWizard.WizardButton.CommitButton).isEnabled()

    press(dialog, qtbot, QWizard.WizardButton.BackButton)
    dialog.client_page.reason.setText("Will call the client and their attorney tomorrow.")
    dialog.client_page.reason_code.setCurrentIndex(dialog.client_page.reason_code.findData("not_yet"))
    for _ in range(2):
        press(dialog, qtbot, QWizard.WizardButton.BackButton)
    assert dialog.currentPage() is dialog.reasoning_page
    dialog.reasoning_page.reasoning.setPlainText("Subpoena from opposing counsel, no court order attached.")
    for _ in range(3):
        press(dialog, qtbot)
    assert review.state.text() == "Ready to sign.", review.details.text()
    assert "No disclosure: A subpoena alone is not a court order" in review.verdict.text()
    press(dialog, qtbot, QWizard.WizardButton.CommitButton)
    assert dialog.result_signed is not None and dialog.result_signed.disclosure_id is None
    assert export.disclosures(vault, chart.client_id) == []
    # The signed subpoena offers a legal hold (docs/retention.md), placed only on the click.
    offer = dialog.done_page.hold
    qtbot.waitUntil(offer.isVisible)
    assert "subpoena received" in offer.details.text() and holds.active_holds(vault, chart.client_id) == []
    qtbot.mouseClick(offer.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: [h.reason for h in holds.active_holds(vault, chart.client_id)] == ["subpoena"])


def test_closing_keeps_the_draft_and_the_list_reopens_it(vault: Vault, qtbot) -> None:
    chart = make_chart(vault)
    listing = DecisionList(VaultOps.over(vault), chart.client_id)
    qtbot.addWidget(listing)
    wait_ops(qtbot)
    assert listing.empty.isVisibleTo(listing)
    dialog = listing.start(trigger="duty_to_warn")
    wait_ops(qtbot)
    press(dialog, qtbot)
    press(dialog, qtbot)  # duty, unanswered: nothing blocks moving on under stress
    dialog.exception_page.name.setText("Duty to protect a named coworker")
    dialog.reject()
    wait_ops(qtbot)
    assert listing.tree.topLevelItemCount() == 1
    assert listing.tree.topLevelItem(0).text(3) == "draft"
    decision_id = listing.rows[0].decision_id
    assert decisions.get(vault, decision_id).exception.name == "Duty to protect a named coworker"

    resumed = listing.open(decision_id)
    wait_ops(qtbot)
    assert isinstance(resumed, DecisionDialog)
    assert resumed.exception_page.name.text() == "Duty to protect a named coworker"
    assert not resumed.trigger_page.buttons["child_abuse"].isEnabled()
    resumed.reject()
    wait_ops(qtbot)

    everywhere = DecisionList(VaultOps.over(vault))
    qtbot.addWidget(everywhere)
    wait_ops(qtbot)
    assert everywhere.tree.headerItem().text(1) == "Chart"
    assert everywhere.tree.topLevelItemCount() == 1


def test_a_signed_record_opens_read_only_and_takes_addenda(vault: Vault, qtbot) -> None:
    chart = make_chart(vault)
    draft = decisions.start(vault, chart.client_id, "child_abuse", changes=complete("child_abuse", chart))
    decisions.sign(vault, draft.decision_id)
    listing = DecisionList(VaultOps.over(vault), chart.client_id)
    qtbot.addWidget(listing)
    wait_ops(qtbot)
    record = listing.open(draft.decision_id)
    wait_ops(qtbot)
    assert isinstance(record, DecisionRecordDialog)
    assert REASONING in record.text.toPlainText()
    record.addendum.setPlainText("CPS opened a case.")
    record.add_button.click()
    wait_ops(qtbot)
    assert "Addendum" in record.text.toPlainText() and "CPS opened a case." in record.text.toPlainText()
    record.close()


def test_jurisdiction_settings_are_editable_from_the_dialog(vault: Vault, qtbot) -> None:
    from vault_app.services import practice

    chart = make_chart(vault)
    dialog = open_dialog(vault, qtbot, chart.client_id, trigger="duty_to_warn")
    press(dialog, qtbot)
    press(dialog, qtbot)
    page = dialog.exception_page
    assert page.kinds["permissive"].isChecked()  # the neutral default
    page.settings_button.click()
    settings = dialog.settings_dialog
    assert settings is not None
    settings.duty.setCurrentIndex(settings.duty.findData("mandatory"))
    settings.name.setText("Example State")
    settings.buttons.button(settings.buttons.StandardButton.Save).click()
    wait_ops(qtbot)
    assert practice.load(vault).jurisdiction.duty_to_warn == "mandatory"
    assert page.kinds["mandatory"].isChecked()
    assert "duty to warn: mandatory (Example State)" in page.setting.text()
    assert "Duty to warn: mandatory" in dialog.law_page.snapshot.text()
    dialog.reject()
    wait_ops(qtbot)


def test_a_signed_court_order_offers_a_litigation_hold_placed_on_the_click(vault: Vault, qtbot) -> None:
    """Found by a walker: a court-order export offered a legal hold, signing a court-order
    decision none, though a court order means litigation (docs/retention.md)."""
    chart = make_chart(vault)
    draft = decisions.start(vault, chart.client_id, "court_order", changes=complete("court_order", chart))
    dialog = open_dialog(vault, qtbot, chart.client_id, decision_id=draft.decision_id)
    while dialog.currentPage() is not dialog.review_page:
        press(dialog, qtbot)
    assert dialog.review_page.state.text() == "Ready to sign.", dialog.review_page.details.text()
    press(dialog, qtbot, QWizard.WizardButton.CommitButton)
    assert dialog.result_signed is not None and dialog.result_signed.disclosure_id
    offer = dialog.done_page.hold
    qtbot.waitUntil(offer.isVisible)
    assert "court order" in offer.details.text() and holds.active_holds(vault, chart.client_id) == []
    assert "litigation" in offer.note.text()
    qtbot.mouseClick(offer.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: [h.reason for h in holds.active_holds(vault, chart.client_id)] == ["litigation"])

"""The decision's "What goes out" page marks a family session's note, counts it beside the
review tick, and the tick decides the gate's verdict, as the export wizard's does. A real vault,
the real dialog and its worker."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard

from tests.core.decision_helpers import complete, make_chart
from tests.gui.test_decision_dialog import open_dialog, press
from vault_app.gui import i18n
from vault_app.gui.export_checks import counted_words
from vault_app.services import decisions, notes, sessions
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui


def test_a_family_note_in_a_decision_is_reviewed_or_refused(vault: Vault, qtbot) -> None:
    chart = make_chart(vault)
    s = sessions.add_session(vault, chart.client_id, date=chart.day, duration_minutes=53, modality="family")
    family = notes.create_progress_note(vault, chart.client_id, session_id=s.session_id, note_date=chart.day,
                                        text="Family session: the sibling spoke of school.")
    notes.sign_note(vault, family.note_id)
    answers = complete("child_abuse", chart)
    answers["disclosure"]["item_ids"] = [chart.note_id, family.note_id]
    draft = decisions.start(vault, chart.client_id, "child_abuse", changes=answers)
    dialog = open_dialog(vault, qtbot, chart.client_id, decision_id=draft.decision_id)
    while dialog.currentPage() is not dialog.outcome_page:
        press(dialog, qtbot)
    outcome = dialog.outcome_page
    assert sorted(outcome.selected()) == sorted([chart.note_id, family.note_id])
    rows = {outcome.items.topLevelItem(i).text(1) for i in range(outcome.items.topLevelItemCount())}
    assert "signed · family session: may hold what other people said" in rows
    assert outcome.others.isVisibleTo(dialog) and not outcome.others.box.isChecked()
    assert outcome.others.count.text() == "1 family session's note may hold what other people said."
    press(dialog, qtbot)
    press(dialog, qtbot)
    review = dialog.review_page
    assert dialog.currentPage() is review
    assert "other people said" in review.verdict.text()
    assert not dialog.button(QWizard.WizardButton.CommitButton).isEnabled()

    press(dialog, qtbot, QWizard.WizardButton.BackButton)
    press(dialog, qtbot, QWizard.WizardButton.BackButton)
    outcome.others.box.click()
    press(dialog, qtbot)
    press(dialog, qtbot)
    assert review.state.text() == "Ready to sign.", review.details.text()
    press(dialog, qtbot, QWizard.WizardButton.CommitButton)
    result = dialog.result_signed
    assert result is not None and result.disclosure_id
    d = decisions.get(vault, draft.decision_id).disclosure
    assert d is not None and d.others_reviewed

    # Left out, the tick goes away and a review ticked before is not kept.
    outcome.check_items([chart.note_id])
    assert not outcome.others.isVisibleTo(dialog) and not outcome.others.reviewed()


def test_the_count_is_said_in_spanish(qapp: object) -> None:
    assert counted_words(["family", "family", "couple"]) == (
        "1 couple session's note, 2 family sessions' notes may hold what other people said.")
    assert counted_words([]) == ""
    assert i18n.install("es") == "es"
    try:
        assert counted_words(["family", "family", "couple"]) == (
            "Puede haber lo que dijeron otras personas en: 1 nota de una sesión de pareja, "
            "2 notas de sesiones familiares.")
    finally:
        i18n.install("en")

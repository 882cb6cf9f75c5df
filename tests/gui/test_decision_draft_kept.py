"""A draft confidentiality decision stays as written when it is reopened and left, and a
scrolling wheel never turns its answers (walker wfamily, California family practice, 2026-12-06).

Found in the real app: a duty-to-warn draft whose decision was "Disclose" (what, to whom, by
phone, when) was opened from the Decisions tab, Next pressed once, then Escape: the list said
Decision "-" and `decision show` had lost the disclosure, a warning already given by phone
erased from its record. And scrolling step 5 with the wheel turned "Plan" and "Identifiable
victim" from "Not assessed" to "No" unseen, kept in the draft on closing.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget, QWizard

from tests.core.decision_helpers import complete, make_chart
from tests.gui.conftest import wait_ops
from vault_app.gui.decision_dialog import DecisionDialog
from vault_app.gui.operations import VaultOps
from vault_app.services import decisions
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui


def _open(vault: Vault, qtbot, client_id: str, decision_id: str) -> DecisionDialog:
    dialog = DecisionDialog(VaultOps.over(vault), client_id, decision_id=decision_id)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops(qtbot)
    return dialog


def _next(dialog: DecisionDialog, qtbot) -> None:
    qtbot.mouseClick(dialog.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    wait_ops(qtbot)


def _wheel(widget: QWidget) -> None:
    centre = widget.rect().center()
    event = QWheelEvent(QPointF(centre), QPointF(widget.mapToGlobal(centre)), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


@pytest.mark.parametrize("trigger, steps", [
    ("duty_to_warn", 1),  # left on the Duty step
    ("duty_to_warn", 5),  # left on the Reasoning step, the one before the Decision
    ("child_abuse", 0),  # left at once, on the first page
    ("court_order", 3),
])
def test_a_reopened_draft_left_before_the_decision_step_keeps_its_decision(
        vault: Vault, qtbot, trigger: str, steps: int) -> None:
    chart = make_chart(vault)
    draft = decisions.start(vault, chart.client_id, trigger, changes=complete(trigger, chart))
    before = decisions.get(vault, draft.decision_id)
    assert before.outcome == "disclose" and before.disclosure is not None
    dialog = _open(vault, qtbot, chart.client_id, draft.decision_id)
    for _ in range(steps):
        _next(dialog, qtbot)
    assert dialog.currentPage() is not dialog.outcome_page
    dialog.reject()
    wait_ops(qtbot)
    kept = decisions.get(vault, draft.decision_id)
    assert kept.outcome == "disclose"
    assert kept.disclosure == before.disclosure


def test_a_decision_changed_on_its_own_step_is_saved_as_changed(vault: Vault, qtbot) -> None:
    """The other side: once the Decision step is shown, what it says is what is saved."""
    chart = make_chart(vault)
    draft = decisions.start(vault, chart.client_id, "duty_to_warn", changes=complete("duty_to_warn", chart))
    dialog = _open(vault, qtbot, chart.client_id, draft.decision_id)
    while dialog.currentPage() is not dialog.outcome_page:
        _next(dialog, qtbot)
    assert dialog.outcome_page.outcome() == "disclose"
    dialog.outcome_page.outcomes["do_not_disclose"].setChecked(True)
    dialog.reject()
    wait_ops(qtbot)
    kept = decisions.get(vault, draft.decision_id)
    assert kept.outcome == "do_not_disclose" and kept.disclosure is None


def test_the_wheel_scrolls_past_the_risk_factors_without_turning_them(vault: Vault, qtbot) -> None:
    chart = make_chart(vault)
    answers = complete("duty_to_warn", chart)
    answers["risk"] = {**answers["risk"], "plan": None, "identifiable_victim": None}
    draft = decisions.start(vault, chart.client_id, "duty_to_warn", changes=answers)
    dialog = _open(vault, qtbot, chart.client_id, draft.decision_id)
    while dialog.currentPage() is not dialog.reasoning_page:
        _next(dialog, qtbot)
    boxes = [w for w in dialog.findChildren(QComboBox) + dialog.findChildren(QAbstractSpinBox)
             if w.isVisibleTo(dialog)]
    factors = dialog.reasoning_page.factors
    assert factors["plan"] in boxes and factors["identifiable_victim"] in boxes
    before = {id(w): (w.currentIndex() if isinstance(w, QComboBox) else w.text()) for w in boxes}
    for box in boxes:
        if box.hasFocus():
            continue
        _wheel(box)
        now = box.currentIndex() if isinstance(box, QComboBox) else box.text()
        assert now == before[id(box)], f"{box.accessibleName()} turned under the wheel"
    dialog.reject()
    wait_ops(qtbot)
    risk = decisions.get(vault, draft.decision_id).risk
    assert risk.plan is None and risk.identifiable_victim is None
    # Chosen (clicked or tabbed to), a choice still turns with the wheel, as everywhere else.
    again = _open(vault, qtbot, chart.client_id, draft.decision_id)
    while again.currentPage() is not again.reasoning_page:
        _next(again, qtbot)
    plan = again.reasoning_page.factors["plan"]
    plan.setFocus()
    qtbot.waitUntil(plan.hasFocus)
    index = plan.currentIndex()
    _wheel(plan)
    assert plan.currentIndex() != index
    again.reject()
    wait_ops(qtbot)


def test_a_warning_phoned_before_the_note_is_written_can_be_signed(vault: Vault, qtbot) -> None:
    """Found in the real app: a chart with no note yet (the warning phoned right after the session): the
    Decision step offered only empty lists to draw on, and Review said "Still needed: which records the
    disclosure draws on"; the command line takes a date range (--records-from/--records-to), the wizard
    none. Now the step takes "what was said in session, on the event's day"; left unticked, still needed."""
    from vault_app.services import clients

    client = clients.create_client(vault, "Casey Noe", date_of_birth="1992-02-02")
    answers = {k: v for k, v in complete("duty_to_warn", make_chart(vault)).items() if k != "disclosure"}
    answers["disclosure"] = {"what": "A threat to a neighbor.", "recipient": "City Police Department",
                             "method": "phone", "on": draft_day().isoformat(), "minimum_necessary": True}
    draft = decisions.start(vault, client.client_id, "duty_to_warn", changes=answers)
    assert "decision.needs.records" in [p.code for p in decisions.readiness(vault, draft.decision_id).problems]
    dialog = _open(vault, qtbot, client.client_id, draft.decision_id)
    while dialog.currentPage() is not dialog.outcome_page:
        _next(dialog, qtbot)
    page = dialog.outcome_page
    assert page.items.topLevelItemCount() == 0 and page.said_in_session.isVisibleTo(dialog)
    page.said_in_session.setChecked(True)
    while dialog.currentPage() is not dialog.review_page:
        _next(dialog, qtbot)
    assert dialog.review_page.state.text() == "Ready to sign.", dialog.review_page.details.text()
    kept = decisions.get(vault, draft.decision_id)
    assert kept.disclosure is not None and kept.disclosure.date_from == kept.disclosure.date_to == kept.occurred_on
    dialog.reject()
    wait_ops(qtbot)
    again = _open(vault, qtbot, client.client_id, draft.decision_id)  # reopened, the tick says so
    while again.currentPage() is not again.outcome_page:
        _next(again, qtbot)
    assert again.outcome_page.said_in_session.isChecked()
    again.reject()
    wait_ops(qtbot)


def draft_day():  # type: ignore[no-untyped-def]
    from datetime import date

    return date.today()

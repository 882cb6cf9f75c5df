"""The review of a reviewable access denial in the request's window (found by a walker, W13): the
letter tells the client they may ask for a review, but only `vault-app request review` and
`review-decide` recorded it. The window now refers it (reviewer, license, "took no part") with the
command line's checks, and records the reviewer's decision with its letter (45 CFR 164.524(a)(4),
(d)(4)). Real vault, real widgets, real key presses."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.services import practice, request_reviews, requests

pytestmark = pytest.mark.gui


def _denied_detail(app: AppController, qtbot, ground: str = "endangerment"):  # type: ignore[no-untyped-def]
    from vault_app.gui.requests_dialog import RequestDetailDialog

    vault = app.vault
    assert vault is not None
    practice.update(vault, practice_name="Oakes Therapy", phone="555-0100", clinician_name="Dr. Maren Oakes")
    chart = fx.make_chart(vault, n=2)
    asked = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3))
    requests.deny_request(vault, asked.id, grounds=[ground], denied="the note of last week",
                          granted="the other progress notes")
    detail = RequestDetailDialog(app, asked.id)
    qtbot.addWidget(detail)
    detail.show()
    qtbot.waitUntil(lambda: detail.client_id is not None, timeout=10_000)
    return detail, asked.id


def _press(qtbot, button) -> QWidget:  # type: ignore[no-untyped-def]
    """Space on the button; the window it opens, as a user sees it (the modal one)."""
    before = QApplication.activeModalWidget()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() not in (None, before), timeout=10_000)
    found = QApplication.activeModalWidget()
    assert found is not None
    return found


def test_a_review_is_referred_and_decided_in_the_window(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    detail, rid = _denied_detail(unlocked_app, qtbot)
    row = detail.review  # type: ignore[attr-defined]
    qtbot.waitUntil(row.isVisible, timeout=10_000)
    assert "No review asked" in row.label.text()
    assert not row.decide_button.isEnabled()
    refer = _press(qtbot, row.refer_button)
    assert refer.objectName() == "requestReviewReferDialog"
    # The therapist who denied it cannot review it; nor one not confirmed to have taken no part.
    denier = practice.load(unlocked_app.vault).clinician_name  # type: ignore[arg-type]
    qtbot.keyClicks(refer.reviewer, denier)  # type: ignore[attr-defined]
    qtbot.keyClicks(refer.license, "PSY 1 CA")  # type: ignore[attr-defined]
    qtbot.keyClick(refer.license, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    wait_ops(qtbot)
    said = refer.message.text()  # type: ignore[attr-defined]
    assert refer.isVisible() and "cannot review it" in said and "taken part" in said, said
    refer.reviewer.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(refer.reviewer, "Dr. Ines Calder")  # type: ignore[attr-defined]
    refer.took_no_part.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(refer.took_no_part, Qt.Key.Key_Space)  # type: ignore[attr-defined]
    qtbot.keyClick(refer.license, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not refer.isVisible(), timeout=10_000)
    review = request_reviews.get_review(unlocked_app.vault, rid)  # type: ignore[arg-type]
    assert review.reviewer_name == "Dr. Ines Calder" and review.reviewer_license == "PSY 1 CA"
    qtbot.waitUntil(lambda: "Dr. Ines Calder" in row.label.text(), timeout=10_000)
    assert not row.refer_button.isEnabled() and row.decide_button.isEnabled()
    decide = _press(qtbot, row.decide_button)
    assert decide.objectName() == "requestReviewDecideDialog"
    qtbot.keyClick(decide.record_button, Qt.Key.Key_Space)  # type: ignore[attr-defined]
    assert "Choose the reviewer's decision" in decide.message.text()  # type: ignore[attr-defined]  # none chosen for them
    upheld = decide.choices["upheld"]  # type: ignore[attr-defined]
    upheld.setFocus()
    qtbot.keyClick(upheld, Qt.Key.Key_Space)
    qtbot.keyClick(decide.record_button, Qt.Key.Key_Space)  # type: ignore[attr-defined]
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not decide.isVisible(), timeout=10_000)
    assert request_reviews.get_review(unlocked_app.vault, rid).decision == "upheld"  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: "Decision of the review" in detail.letters.toPlainText(), timeout=10_000)
    qtbot.waitUntil(lambda: "Upheld" in row.label.text(), timeout=10_000)
    assert not row.decide_button.isEnabled()
    detail.close()
    wait_ops(qtbot)


def test_no_review_is_offered_for_an_unreviewable_denial(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    detail, _rid = _denied_detail(unlocked_app, qtbot, ground="psychotherapy_notes")
    qtbot.waitUntil(lambda: "partially granted" in detail.summary.text(), timeout=10_000)
    wait_ops(qtbot)
    assert detail.review.isHidden()  # type: ignore[attr-defined]
    detail.close()
    wait_ops(qtbot)

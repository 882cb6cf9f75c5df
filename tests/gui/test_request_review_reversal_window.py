"""A review reversing an access denial, in the request's window (found by a walker, W12): the window
said "granted", greyed every button, and hid the review; nothing the reviewer released could be
given (45 CFR 164.524(d)(4): the practice carries out the reviewer's determination; (c)(1)). Now the
window says the review and its decision, offers "Provide the copy of what the reviewer released…"
until it is given, then greys it. Real vault, real widgets, real key presses."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.services import practice, request_reviews, requests

pytestmark = pytest.mark.gui


def _press(qtbot, button) -> QWidget:  # type: ignore[no-untyped-def]
    before = QApplication.activeModalWidget()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() not in (None, before), timeout=10_000)
    found = QApplication.activeModalWidget()
    assert found is not None
    return found


def test_a_reversal_reopens_the_copy_until_it_is_given(unlocked_app: AppController, qtbot,  # type: ignore[no-untyped-def]
                                                       tmp_path: Path) -> None:
    from vault_app.gui.requests_dialog import RequestDetailDialog

    vault = unlocked_app.vault
    assert vault is not None
    practice.update(vault, practice_name="Oakes Therapy", phone="555-0100", clinician_name="Dr. Maren Oakes")
    chart = fx.make_chart(vault, n=2)
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(5))
    requests.deny_request(vault, q.id, grounds=["endangerment"], denied="the note of last week",
                          granted="the other progress notes", decided_on=fx.days_ago(4))
    request_reviews.request_review(vault, q.id, requested_on=fx.days_ago(3), reviewer_name="Dr. Ines Calder",
                                   reviewer_license="PSY 1 CA", took_no_part=True, referred_on=fx.days_ago(3))
    detail = RequestDetailDialog(unlocked_app, q.id)
    qtbot.addWidget(detail)
    detail.show()
    qtbot.waitUntil(lambda: detail.client_id is not None, timeout=10_000)
    row = detail.review  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: row.decide_button.isEnabled(), timeout=10_000)
    decide = _press(qtbot, row.decide_button)
    reversed_ = decide.choices["reversed"]  # type: ignore[attr-defined]
    reversed_.setFocus()
    qtbot.keyClick(reversed_, Qt.Key.Key_Space)
    qtbot.keyClick(decide.record_button, Qt.Key.Key_Space)  # type: ignore[attr-defined]
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not decide.isVisible(), timeout=10_000)
    # The review and its decision are said, with what it leaves owed; the copy is offered.
    qtbot.waitUntil(lambda: "Reversed" in row.label.text(), timeout=10_000)
    assert row.isVisible() and "Dr. Ines Calder" in row.label.text()
    assert "Provide the copy of what the reviewer released" in row.label.text()
    qtbot.waitUntil(lambda: detail.grant_button.isEnabled(), timeout=10_000)
    assert detail.grant_button.text().replace("&", "") == "Provide the copy of what the reviewer released…"
    assert not detail.deny_button.isEnabled()  # the decision stands as the reviewer made it
    copy = _press(qtbot, detail.grant_button)
    qtbot.keyClicks(copy.password, fx.PASSWORD)  # type: ignore[attr-defined]
    qtbot.keyClicks(copy.password_again, fx.PASSWORD)  # type: ignore[attr-defined]
    out = tmp_path / "copy"
    out.mkdir()
    qtbot.keyClick(copy.folder, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    qtbot.keyClicks(copy.folder, str(out))  # type: ignore[attr-defined]
    copy.make_button.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(copy.make_button, Qt.Key.Key_Space)  # type: ignore[attr-defined]
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: bool(copy.outcome.text() or copy.message.text()), timeout=20_000)  # type: ignore[attr-defined]
    assert not copy.message.text(), copy.message.text()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not detail.grant_button.isEnabled(), timeout=20_000)
    given = requests.get_request(vault, q.id).given
    assert given is not None and given.on == fx.today()
    qtbot.waitUntil(lambda: "was given" in row.label.text(), timeout=10_000)
    detail.close()
    wait_ops(qtbot)

"""Extend a request: what the notice letter needs is checked before the reason is asked, and a
reason refused is offered again as typed.

Found by a walker (round 44): with no practice phone set, Extend asked for the reason, and only
after it was typed said "Letters must say how to reach the practice…"; the reason was lost and
had to be typed again. Real vault, real widgets, the real question and refusal box."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.requests_dialog import RequestDetailDialog
from vault_app.services import practice, requests

pytestmark = pytest.mark.gui


def _detail(app: AppController, qtbot, *, phone: str) -> tuple[RequestDetailDialog, str]:  # type: ignore[no-untyped-def]
    vault = app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    practice.update(vault, phone=phone)
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3))
    detail = RequestDetailDialog(app, q.id)
    qtbot.addWidget(detail)
    detail.show()
    wait_ops(qtbot)
    return detail, q.id


def _answering(answer: Callable[[QInputDialog], None], seen: list[str]) -> list[bool]:
    """Answers the extension's question when it comes (its text as found recorded in `seen`);
    set the list returned true to stop waiting for one."""
    stop: list[bool] = []

    def look() -> None:
        if stop:
            return
        question = QApplication.activeModalWidget()
        if not isinstance(question, QInputDialog):
            QTimer.singleShot(50, look)
            return
        seen.append(question.textValue())
        answer(question)

    QTimer.singleShot(50, look)
    return stop


def _refusals(detail: RequestDetailDialog) -> list[QMessageBox]:
    return [box for box in detail.findChildren(QMessageBox, "errorDialog") if box.isVisible()]


def test_no_practice_phone_is_said_before_the_reason_is_asked(unlocked_app: AppController, qtbot) -> None:
    detail, rid = _detail(unlocked_app, qtbot, phone="")
    seen: list[str] = []

    def typed(question: QInputDialog) -> None:
        question.setTextValue("records are in off-site storage")
        question.accept()

    stop = _answering(typed, seen)
    detail.extend()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: bool(_refusals(detail)), timeout=10_000)
    (box,) = _refusals(detail)
    assert "how to reach the practice" in box.text()
    assert seen == [], "the reason was asked, then refused for want of the practice's phone: typed for nothing"
    vault = unlocked_app.vault
    assert vault is not None
    assert requests.get_request(vault, rid).extension is None
    box.close()
    qtbot.wait(200)  # the answering timer gives up only once a question came: none must come
    assert seen == []
    stop.append(True)
    detail.close()
    wait_ops(qtbot)


def test_a_refused_reason_is_offered_again_as_typed(unlocked_app: AppController, qtbot) -> None:
    detail, rid = _detail(unlocked_app, qtbot, phone="555-0100")
    too_long = "records are in off-site storage; " * 700  # over the 20,000 characters a reason may hold
    seen: list[str] = []

    def typed(question: QInputDialog) -> None:
        question.setTextValue(too_long)
        question.accept()

    _answering(typed, seen)
    detail.extend()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: bool(_refusals(detail)), timeout=10_000)
    _refusals(detail)[0].close()
    vault = unlocked_app.vault
    assert vault is not None
    assert requests.get_request(vault, rid).extension is None
    _answering(lambda question: (question.setTextValue("records are in off-site storage"), question.accept()), seen)
    detail.extend()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10_000)
    wait_ops(qtbot)
    assert seen[1] == too_long, "the reason refused was not offered again"
    assert requests.get_request(vault, rid).extension is not None
    assert detail.extension_reason == ""  # extended: the next question starts empty
    detail.close()
    wait_ops(qtbot)

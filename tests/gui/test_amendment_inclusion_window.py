"""The request's window records the client's ask that a denied amendment request and its denial go
with later disclosures of the notes (45 CFR 164.526(d)(1)(iii), (d)(5)(ii)); without it, and without a
statement of disagreement, they stay out (found by a walker: they went with every disclosure)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QDate

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.requests_dialog import RequestDetailDialog
from vault_app.services import request_amendments, requests

pytestmark = pytest.mark.gui


def _denied(app: AppController) -> str:
    vault = app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    q = requests.add_request(vault, chart.client_id, kind="amendment", received_on=fx.days_ago(5),
                             note_ids=chart.progress[:1], description="the date of my move is wrong")
    requests.deny_request(vault, q.id, grounds=["accurate_and_complete"], decided_on=fx.days_ago(3))
    return q.id


def test_the_clients_ask_is_recorded_in_the_window(unlocked_app: AppController, qtbot: Any) -> None:
    rid = _denied(unlocked_app)
    detail = RequestDetailDialog(unlocked_app, rid)
    qtbot.addWidget(detail)
    detail.show()
    row = detail.disagreement
    qtbot.waitUntil(lambda: row.isVisible(), timeout=10_000)
    button = row.include_button
    assert button.isVisible() and button.isEnabled()
    assert "&" in button.text()  # an Alt letter of its own
    assert "only if the client asks" in row.label.text()
    dialog = row.ask_inclusion()
    dialog.asked.setDate(QDate.currentDate().addDays(-1))
    dialog.record_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert requests.get_request(unlocked_app.vault, rid).include_asked_on == fx.days_ago(1)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: not button.isEnabled(), timeout=10_000)
    assert "At the client's request of" in row.label.text()
    detail.close()
    wait_ops(qtbot)


def test_an_ask_before_the_denial_is_said_in_the_dialog(unlocked_app: AppController, qtbot: Any) -> None:
    rid = _denied(unlocked_app)
    detail = RequestDetailDialog(unlocked_app, rid)
    qtbot.addWidget(detail)
    detail.show()
    qtbot.waitUntil(lambda: detail.disagreement.include_button.isEnabled(), timeout=10_000)
    dialog = detail.disagreement.ask_inclusion()
    dialog.asked.setDate(QDate.currentDate().addDays(-4))
    dialog.record_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=10_000)
    assert "before the denial" in dialog.message.text() and dialog.isVisible()
    assert requests.get_request(unlocked_app.vault, rid).include_asked_on is None  # type: ignore[arg-type]
    dialog.close()
    detail.close()
    wait_ops(qtbot)


def test_with_a_statement_the_ask_is_not_offered(unlocked_app: AppController, qtbot: Any) -> None:
    rid = _denied(unlocked_app)
    request_amendments.file_disagreement(unlocked_app.vault, rid, text="It was March.",  # type: ignore[arg-type]
                               received_on=fx.days_ago(1))
    detail = RequestDetailDialog(unlocked_app, rid)
    qtbot.addWidget(detail)
    detail.show()
    qtbot.waitUntil(lambda: detail.disagreement.rebuttal_button.isEnabled(), timeout=10_000)
    assert not detail.disagreement.include_button.isVisible()
    detail.close()
    wait_ops(qtbot)

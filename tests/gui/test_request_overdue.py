"""An access request past its 30 days (164.524(b)(2)), as its window shows it. Found in the real
app: "Due 12/04/2026. Status: open" the day after, nothing saying it was overdue, and "Extend
once" still offered: it asked for the delay's reason, then refused it (the notice had to go out
within the first 30 days). Both sides: a day before the due date, extendable and not overdue."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_deadline
from vault_app.services import requests

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("days_ago, overdue", [(31, True), (29, False), (30, False)])
def test_an_overdue_request_says_so_and_offers_no_late_extension(unlocked_app: AppController, qtbot,
                                                                 days_ago: int, overdue: bool) -> None:
    from vault_app.gui.requests_dialog import RequestDetailDialog

    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    received = date.today() - timedelta(days=days_ago)
    asked = requests.add_request(vault, chart.client_id, kind="access", received_on=received)
    detail = RequestDetailDialog(unlocked_app, asked.id)
    qtbot.addWidget(detail)
    qtbot.waitUntil(lambda: "Access request" in detail.summary.text(), timeout=10_000)
    assert ("<b>overdue</b>" in detail.summary.text()) is overdue
    assert detail.extend_button.isEnabled() is not overdue
    due = show_deadline(received + timedelta(days=30))
    assert detail.extend_button.toolTip() == (
        f"Too late to extend: the written notice had to go out by {due}." if overdue else "")
    detail.close()
    wait_ops(qtbot)

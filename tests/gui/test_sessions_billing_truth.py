"""The Sessions tab's Billing column says what the account says: a session marked "paid" by hand
with no payment recorded reads "marked paid, not in the account" (the Account window charges it in
full), and "paid" once a payment covering it is recorded. Found by a walker: the tab said paid for
sessions the Account window and `payment list` charged at $1,440."""

from __future__ import annotations

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_chart_editing import _session_item, chart_of_new_client
from vault_app.gui.controller import AppController
from vault_app.services import billing, sessions

pytestmark = pytest.mark.gui


def test_billing_column_follows_the_account(unlocked_app: AppController, qtbot) -> None:
    window, client_id, vault = chart_of_new_client(unlocked_app, qtbot)
    billing.set_scheduled_fee(vault, "90837", "180")
    marked = sessions.add_session(vault, client_id, date="2026-08-21", start_time="10:00", duration_minutes=53,
                                  cpt_code="90837", billing_status="paid")
    window.chart.reload()
    wait_ops(qtbot)
    window.chart.tabs.setCurrentWidget(window.chart.sessions)
    header = window.chart.sessions.sessions.headerItem()
    column = next(i for i in range(header.columnCount()) if header.text(i) == "Billing")
    qtbot.waitUntil(lambda: _session_item(window, marked.session_id).text(column)
                    == "marked paid, not in the account", timeout=10_000)
    assert "no payment" in _session_item(window, marked.session_id).toolTip(column)

    billing.record_payment(vault, client_id, paid_on="2026-08-21", amount="180", method="check")
    window.chart.reload()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: _session_item(window, marked.session_id).text(column) == "paid", timeout=10_000)

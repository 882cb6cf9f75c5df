"""A California practice's access request as its windows show it: due at California's 5
working days (Cal. Health & Safety Code 123110(a)), earlier than HIPAA's 30, the rule named, the
weekend skipped; a practice with no state rule known is told the date is HIPAA's only. Found by
two walkers: "Vence 04/01/2027", HIPAA's date, shown as if it were the deadline."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.domain.state_deadlines import add_working_days
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_deadline, show_due
from vault_app.gui.request_row_dates import due_cell
from vault_app.services import practice, requests

pytestmark = pytest.mark.gui


def _friday_before(day: date) -> date:
    return day - timedelta(days=(day.weekday() - 4) % 7 or 7)


@pytest.mark.parametrize("state", ["CA", "TX"])
def test_the_request_window_list_and_dashboard_show_the_earlier_date(unlocked_app: AppController, qtbot,
                                                                    state: str) -> None:
    from vault_app.gui.dashboard import DashboardPage
    from vault_app.gui.open_requests_dialog import RequestsDialog
    from vault_app.gui.requests_dialog import RequestDetailDialog

    vault = unlocked_app.vault
    assert vault is not None
    practice.set_clinician(vault, name="Jordan Lee", license_state=state, license_number="LMFT 1")
    chart = fx.make_chart(vault, n=1)
    # Received on a Friday within the week: the state's date is the Friday after, never overdue yet
    received = _friday_before(date.today() + timedelta(days=1))
    asked = requests.add_request(vault, chart.client_id, kind="access", received_on=received)
    ca_due = show_deadline(add_working_days(received, 5))
    federal = show_deadline(received + timedelta(days=30))
    # The due column and line: its weekday on a weekend or a federal holiday (show_due)
    due = show_due(add_working_days(received, 5) if state == "CA" else received + timedelta(days=30))
    rule = "Cal. Health & Safety Code 123110(a)" if state == "CA" else "HIPAA (federal; your state's may be shorter)"

    detail = RequestDetailDialog(unlocked_app, asked.id)
    qtbot.addWidget(detail)
    qtbot.waitUntil(lambda: "Access request" in detail.summary.text(), timeout=10_000)
    text = detail.summary.text()
    assert f"Due <b>{due}</b>" in text, text
    if state == "CA":
        assert f"Set by Cal. Health &amp; Safety Code 123110(a): inspection within 5 working days. HIPAA's date " \
               f"is {federal}." in text, text
        assert f"Also copies within 15 days: by {show_deadline(received + timedelta(days=15))}" in text, text
        assert "not holidays" in text and "not checked against the statute's own text" in text
    else:
        assert "This is HIPAA's date (45 CFR 164.524(b)(2)): federal deadline; your state's may be shorter." in text
    detail.close()

    listing = RequestsDialog(unlocked_app)
    qtbot.addWidget(listing)
    qtbot.waitUntil(lambda: listing.tree.topLevelItemCount() == 1, timeout=10_000)
    row = listing.tree.topLevelItem(0)
    assert (row.text(0), row.text(5)) == (due, rule)
    listing.close()

    # The chart's Requests tab: the same date, its rule as the cell's tip
    from vault_app.gui.chart_view import ChartView

    view = ChartView(unlocked_app)
    qtbot.addWidget(view)
    view.load(chart.client_id)
    view.tabs.setCurrentWidget(view.requests)
    qtbot.waitUntil(lambda: view.requests.tree.topLevelItemCount() == 1, timeout=10_000)
    cell = view.requests.tree.topLevelItem(0)
    # HIPAA's 30 days from a Friday end on a Sunday: said with its weekday, the Friday before in the tip
    # (test_due_weekend_gui.py).
    due_day = add_working_days(received, 5) if state == "CA" else received + timedelta(days=30)
    assert (cell.text(2), cell.toolTip(2).split("\n")[0]) == (due_cell(due_day), rule)

    if state == "CA":  # within 7 days: on the dashboard's tile, with its rule
        page = DashboardPage(unlocked_app)
        qtbot.addWidget(page)
        page.refresh()
        card = page.cards["requests"]
        qtbot.waitUntil(lambda: "due" in card.detail.text() and ca_due in card.detail.text(), timeout=10_000)
        assert f"due {ca_due} (Cal. Health & Safety Code 123110(a))" in card.detail.text(), card.detail.text()
    wait_ops(qtbot)

"""The worklist's "Measures due" section on the real app: the row names the chart by number,
and Enter opens that client's chart on its Measures tab."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.services import measures, sessions

pytestmark = pytest.mark.gui


def test_measures_due_row_opens_the_measures_tab(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot, name="Ottilie Duemeasure")
    other = add_client(unlocked_app, qtbot, name="Bram Otherchart")
    vault = unlocked_app.vault
    assert vault is not None
    today = date.today()
    measures.record_measure(vault, client_id, "phq9", [1, 1, 1, 1, 1, 1, 1, 1, 0],
                            taken_on=today - timedelta(days=30))
    sessions.add_session(vault, client_id, date=today - timedelta(days=3), duration_minutes=53)
    window.chart.tabs.setCurrentWidget(window.chart.sessions)
    window.open_chart(other)  # on another chart, on another tab: the row must switch both
    wait_ops(qtbot)
    assert window.chart.client_id == other and window.chart.tabs.currentWidget() is not window.chart.measures

    window.show_worklist("measures_due")
    wait_ops(qtbot)
    page = window.worklist
    assert window.stack.currentWidget() is page
    assert page.sections["measures_due"].text(0) == "Measures due (1)"
    current = page.tree.currentItem()
    assert current is not None
    item = current.data(0, Qt.ItemDataRole.UserRole)
    assert (item.kind, item.item_id, item.client_id) == ("measure", "phq9", client_id)
    shown = [current.text(c) for c in range(4)]
    assert shown[0] == "PHQ-9 due again" and shown[1].startswith("chart ")
    # 2 days overdue on the test's day; the worklist counts from its own clock, one day more if
    # the run crossed midnight since `today` was taken.
    assert shown[3] in {f"{2 + (day - today).days} days overdue" for day in {today, date.today()}}
    assert "Ottilie" not in " ".join(shown) and "Duemeasure" not in " ".join(shown)

    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    wait_ops(qtbot)
    chart = window.chart
    qtbot.waitUntil(lambda: chart.client_id == client_id and chart.tabs.currentWidget() is chart.measures,
                    timeout=10_000)
    assert window.stack.currentWidget() is not page

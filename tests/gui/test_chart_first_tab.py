"""The tab a chart opens on. Found in the real app: a chart opened on the tab last used for
another client, so a therapist who had looked at client A's Psychotherapy tab opened client
B's chart, with B in the room, straight on B's Psychotherapy tab. Now a chart opened the first
time since the unlock opens on its Overview; opened again, on the tab it was left on, except
Psychotherapy, which never opens by itself. Real vault, real widgets, real tab clicks."""

from __future__ import annotations

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.chart_view import ChartView
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


def _open(app: AppController, qtbot: object, client_id: str) -> ChartView:
    window = app.main_window
    assert window is not None
    window.open_chart(client_id)
    wait_ops(qtbot)
    chart = window.chart
    assert chart.shown_client() is not None and chart.client_id == client_id
    return chart


def _choose(chart: ChartView, qtbot: object, page: object) -> None:
    """The tab chosen as a therapist does: a click on its title in the tab bar."""
    from PySide6.QtCore import Qt

    bar = chart.tabs.tabBar()
    index = chart.tabs.indexOf(page)  # type: ignore[arg-type]
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())  # type: ignore[attr-defined]
    wait_ops(qtbot)
    assert chart.tabs.currentWidget() is page


def test_another_client_s_chart_opens_on_its_overview(unlocked_app: AppController, qtbot) -> None:
    first = add_client(unlocked_app, qtbot, "Ana Firstclient")
    second = add_client(unlocked_app, qtbot, "Bea Secondclient")
    chart = _open(unlocked_app, qtbot, first)
    _choose(chart, qtbot, chart.psychotherapy)
    chart = _open(unlocked_app, qtbot, second)
    assert chart.tabs.currentWidget() is chart.overview
    _choose(chart, qtbot, chart.measures)
    chart = _open(unlocked_app, qtbot, first)
    # Left on Psychotherapy: reopened, it does not open there by itself.
    assert chart.tabs.currentWidget() is chart.overview
    _choose(chart, qtbot, chart.attachments)
    chart = _open(unlocked_app, qtbot, second)
    assert chart.tabs.currentWidget() is chart.measures  # where B was left
    chart = _open(unlocked_app, qtbot, first)
    assert chart.tabs.currentWidget() is chart.attachments  # where A was left


def test_the_same_chart_opened_again_stays_on_its_tab(unlocked_app: AppController, qtbot) -> None:
    client = add_client(unlocked_app, qtbot, "Cy Sameclient")
    chart = _open(unlocked_app, qtbot, client)
    _choose(chart, qtbot, chart.psychotherapy)
    chart = _open(unlocked_app, qtbot, client)  # its row in the list chosen again
    assert chart.tabs.currentWidget() is chart.psychotherapy


def test_the_tab_a_link_asks_for_still_opens(unlocked_app: AppController, qtbot) -> None:
    """A link to a tab (a worklist item, a document found by search) opens that tab, also on a
    chart left elsewhere."""
    first = add_client(unlocked_app, qtbot, "Dee Linkedclient")
    second = add_client(unlocked_app, qtbot, "Eli Otherclient")
    chart = _open(unlocked_app, qtbot, first)
    _choose(chart, qtbot, chart.history)
    chart = _open(unlocked_app, qtbot, second)
    window = unlocked_app.main_window
    assert window is not None
    window.open_chart(first)
    chart.when_shown(first, lambda: chart.tabs.setCurrentWidget(chart.requests))
    wait_ops(qtbot)
    assert chart.shown_client() is not None and chart.client_id == first
    assert chart.tabs.currentWidget() is chart.requests

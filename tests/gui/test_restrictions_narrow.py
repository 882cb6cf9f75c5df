"""The restrictions list in a 1000-pixel window, in Spanish (found in the real app on Xvfb: the
recipient's column kept a fixed 230 pixels and the wider Spanish headings took the rest, so
'What the client asked' showed as 'Lo c…' with a scroll bar under the list)."""

from __future__ import annotations

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.services import clients, restrictions

pytestmark = pytest.mark.gui


def test_the_restrictions_list_keeps_the_client_s_words_in_a_1000_pixel_window(
        unlocked_app: AppController, qtbot, spanish: None) -> None:
    from vault_app.gui.chart_view import ChartView

    vault = unlocked_app.vault
    assert vault is not None
    client = clients.create_client(vault, "Lucia Estrecha", date_of_birth="1980-01-01")
    restrictions.request_restriction(vault, client.client_id, kind="other", description="no a mi empresa",
                                     requested_on=fx.days_ago(1), kinds=["progress", "psychotherapy"],
                                     recipient="Programa de ayuda al empleado")
    view = ChartView(unlocked_app)  # built with Spanish installed
    qtbot.addWidget(view)
    view.load(client.client_id)
    wait_ops(qtbot)
    view.resize(720, 700)  # the chart's share of a 1000-pixel window beside the client list
    view.show()
    qtbot.waitExposed(view)
    view.tabs.setCurrentWidget(view.requests)
    wait_ops(qtbot)
    tree = view.requests.restrictions.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1, timeout=10_000)
    header = tree.header()
    assert header.sectionSize(0) >= 100
    assert header.length() <= tree.viewport().width() + 1  # nothing scrolled out of sight

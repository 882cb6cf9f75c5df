"""The window that gives the copy for an access request says whose chart, as every window
that writes to one does (docs/gui.md, "Whose chart"). Found in the real app: opened from
the request's window, "Provide the copy" named neither the client nor the chart."""

from __future__ import annotations

from datetime import date

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.access_copy_dialog import AccessCopyDialog
from vault_app.gui.chart_binding import chart_headers
from vault_app.gui.controller import AppController
from vault_app.gui.requests_dialog import RequestDetailDialog
from vault_app.services import requests

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("privacy", [False, True])
def test_the_copy_window_says_whose_chart(unlocked_app: AppController, qtbot, privacy: bool) -> None:
    window, vault = unlocked_app.main_window, unlocked_app.vault
    assert window is not None and vault is not None
    cid = add_client(unlocked_app, qtbot, "Noor Copyrequest")
    requests.add_request(vault, cid, kind="access", received_on=date.today().isoformat(),
                          description="a copy of my notes")
    chart = window.chart
    number = chart.shown_client().chart_number
    chart.privacy = privacy
    chart.tabs.setCurrentWidget(chart.requests)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: chart.requests.tree.topLevelItemCount() == 1)
    chart.requests.tree.itemActivated.emit(chart.requests.tree.topLevelItem(0), 0)
    wait_ops(qtbot)
    detail = window.findChildren(RequestDetailDialog)[-1]
    copy = detail.grant()
    assert isinstance(copy, AccessCopyDialog)
    assert copy.windowTitle() == f"Provide the copy · {number}"
    headers = chart_headers(copy)
    own = [h.text() for h in chart_headers(detail) if h.window() is detail]
    assert [h.text() for h in headers] == own
    assert number in headers[0].text()
    assert ("Noor Copyrequest" in headers[0].text()) is not privacy
    assert copy.property("client_id") == cid
    copy.close()
    detail.close()
    wait_ops(qtbot)

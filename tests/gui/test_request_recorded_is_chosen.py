"""A request recorded from the chart's Requests tab is the one chosen in the list, with the keyboard
on it (found by the Spanish day walker, round 46, by keyboard): the keyboard went back to the client
search box with no row chosen, and Open… then said "Choose a request in the list first, then Open."
Real vault, real widgets, the dialog's own Record button."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import elsewhere, window_of
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.gui.new_request_dialog import NewRequestDialog
from vault_app.gui.requests_dialog import RequestDetailDialog
from vault_app.services import requests

pytestmark = pytest.mark.gui


def test_the_recorded_request_is_chosen_and_open_opens_it(unlocked_app: AppController, qtbot) -> None:
    window = window_of(unlocked_app)
    client_id = add_client(unlocked_app, qtbot, "Rita Recorded")
    elsewhere(unlocked_app, qtbot, lambda v: requests.add_request(
        v, client_id, kind="access", received_on=fx.days_ago(20), description="an older one"))
    window.open_chart(client_id)
    wait_ops(qtbot)
    chart = window.chart
    chart.tabs.setCurrentWidget(chart.requests)
    tab = chart.requests
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 1, timeout=10_000)
    tab.tree.clearSelection()
    dialog = tab.add()
    assert isinstance(dialog, NewRequestDialog)
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    dialog.description.setText("a copy of this year's notes")
    dialog.save()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 2, timeout=10_000)
    vault = unlocked_app.vault
    assert vault is not None
    (new,) = [r for r in requests.list_requests(vault, client_id=client_id) if r.description.startswith("a copy")]
    # The window's own focus (the offscreen test platform may leave no window active)
    qtbot.waitUntil(lambda: window.focusWidget() is tab.tree, timeout=10_000)
    qtbot.wait(200)  # the dialog gone, nothing takes the keyboard back
    assert window.focusWidget() is tab.tree, window.focusWidget()
    item = tab.tree.currentItem()
    assert item is not None and item.isSelected()
    assert item.data(0, Qt.ItemDataRole.UserRole) == new.id
    tab.open_button.click()
    wait_ops(qtbot)
    (detail,) = [w for w in window.findChildren(RequestDetailDialog) if w.isVisible()]
    assert detail.request_id == new.id

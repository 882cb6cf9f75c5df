"""A request opened from the chart's Requests tab by a button and by Enter (thirtieth round's
walk of the real app: only a double-click opened one; no button, nothing on Enter). Real
vault, real chart, real key presses."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.gui.requests_dialog import RequestDetailDialog
from vault_app.gui.widgets import mnemonic_of
from vault_app.services import requests

pytestmark = pytest.mark.gui


def _tab_with_requests(app: AppController, qtbot, n: int):  # type: ignore[no-untyped-def]
    window = app.main_window
    assert window is not None and app.vault is not None
    client_id = add_client(app, qtbot, "Rhea Requests")
    made = [requests.add_request(app.vault, client_id, kind="access", received_on=date.today() - timedelta(days=i))
            for i in range(n)]
    chart = window.chart
    chart.tabs.setCurrentWidget(chart.requests)
    chart.requests.load(client_id)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: chart.requests.tree.topLevelItemCount() == n)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, chart.requests, made


def _opened(window) -> list[RequestDetailDialog]:  # type: ignore[no-untyped-def]
    return [d for d in window.findChildren(RequestDetailDialog) if d.isVisible()]


def _close_all(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    for d in _opened(window):
        d.reject()
    wait_ops(qtbot)


def test_enter_on_a_row_opens_that_request(unlocked_app: AppController, qtbot) -> None:
    window, tab, made = _tab_with_requests(unlocked_app, qtbot, 2)
    tab.tree.setFocus()
    qtbot.waitUntil(tab.tree.hasFocus)
    tab.tree.setCurrentItem(tab.tree.topLevelItem(1))
    wanted = tab.tree.topLevelItem(1).data(0, Qt.ItemDataRole.UserRole)
    qtbot.keyClick(tab.tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(_opened(window)) == 1, timeout=10_000)
    [detail] = _opened(window)
    assert detail.request_id == wanted and wanted in {q.id for q in made}
    _close_all(window, qtbot)


def test_the_open_button_and_its_alt_letter_open_the_chosen_request(unlocked_app: AppController, qtbot) -> None:
    window, tab, _made = _tab_with_requests(unlocked_app, qtbot, 2)
    button = tab.open_button
    assert button.isVisibleTo(window) and button.text().replace("&", "").startswith("Open")
    # Nothing chosen among two: nothing opens, the list takes the keyboard.
    tab.tree.clearSelection()
    button.click()
    wait_ops(qtbot)
    assert _opened(window) == []
    tab.tree.setCurrentItem(tab.tree.topLevelItem(0))
    wanted = tab.tree.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole)
    letter = mnemonic_of(button.text())
    assert letter, button.text()
    qtbot.keyClick(QApplication.focusWidget() or window, QKeySequence(letter.upper())[0].key(),
                   Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(_opened(window)) == 1, timeout=10_000)
    [detail] = _opened(window)
    assert detail.request_id == wanted
    _close_all(window, qtbot)

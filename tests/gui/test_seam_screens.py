"""The requests dialogs and the dashboard follow change notices, not each other (issue 16).

As in test_change_notices.py, each change is made by ANOTHER path than the screen under
test (a service call through `controller.op`, as the CLI or another window would); the
screen must show it by itself, without its load or refresh being called.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

import pytest

from tests.core.request_recorded_then import recorded_then
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.gui.main_window import MainWindow
from vault_app.gui.open_requests_dialog import RequestsDialog
from vault_app.gui.requests_dialog import RequestDetailDialog
from vault_app.services import requests
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui
T = TypeVar("T")


def elsewhere(app: AppController, qtbot: object, fn: Callable[[Vault], T]) -> None:
    app.op(None, fn).run()
    wait_ops(qtbot)


def window_of(app: AppController) -> MainWindow:
    assert app.main_window is not None
    return app.main_window


def test_open_requests_list_follows_requests_recorded_and_withdrawn_elsewhere(unlocked_app: AppController,
                                                                              qtbot) -> None:
    client_id = add_client(unlocked_app, qtbot, "Rae Requests")
    listing = window_of(unlocked_app).open_requests()
    assert isinstance(listing, RequestsDialog)
    wait_ops(qtbot)
    assert listing.tree.topLevelItemCount() == 0
    asked: list[str] = []
    elsewhere(unlocked_app, qtbot, lambda v: asked.append(
        requests.add_request(v, client_id, kind="access", received_on="2024-03-01").id))
    assert listing.tree.topLevelItemCount() == 1
    # Dates on screen in the practice's words (en_US by default), not ISO; the received day as the
    # due day beside it, its month in words (round 39: one row, one kind of date).
    assert listing.tree.topLevelItem(0).text(3) == "March 1, 2024"
    elsewhere(unlocked_app, qtbot, lambda v: requests.withdraw(v, asked[0]))
    assert listing.tree.topLevelItemCount() == 0


def test_request_detail_shows_a_decision_taken_elsewhere(unlocked_app: AppController, qtbot) -> None:
    client_id = add_client(unlocked_app, qtbot, "Sol Detail")
    vault = unlocked_app.vault
    assert vault is not None
    q = requests.add_request(vault, client_id, kind="access", received_on="2024-03-01",
                             description="<b>all</b> notes")
    detail = RequestDetailDialog(unlocked_app, q.id, parent=window_of(unlocked_app))
    wait_ops(qtbot)
    assert detail.withdraw_button.isEnabled()
    assert "&lt;b&gt;all&lt;/b&gt; notes" in detail.summary.text(), "free text never formats the label"
    assert "Due <b>Sun March 31, 2024</b>" in detail.summary.text()  # a Sunday: its weekday (show_due)
    elsewhere(unlocked_app, qtbot, lambda v: requests.withdraw(v, q.id))
    assert not detail.withdraw_button.isEnabled()
    assert "withdrawn" in detail.summary.text()


def test_request_detail_ignores_another_charts_requests(unlocked_app: AppController, qtbot) -> None:
    mine = add_client(unlocked_app, qtbot, "Ula Mine")
    other = add_client(unlocked_app, qtbot, "Vic Other")
    vault = unlocked_app.vault
    assert vault is not None
    q = requests.add_request(vault, mine, kind="access", received_on="2024-03-01")
    detail = RequestDetailDialog(unlocked_app, q.id, parent=window_of(unlocked_app))
    wait_ops(qtbot)
    detail.summary.setText("not redrawn")
    elsewhere(unlocked_app, qtbot, lambda v: requests.add_request(v, other, kind="access", received_on="2024-03-02"))
    assert detail.summary.text() == "not redrawn"


def test_dashboard_counts_a_request_recorded_elsewhere(unlocked_app: AppController, qtbot,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    recorded_then(monkeypatch, date(2020, 1, 2))  # recorded the day it came, long ago
    client_id = add_client(unlocked_app, qtbot, "Wen Dashboard")
    window = window_of(unlocked_app)
    window.show_dashboard()
    wait_ops(qtbot)
    card = window.dashboard.cards["requests"]
    assert card.value.text() == "None due soon"
    elsewhere(unlocked_app, qtbot, lambda v: requests.add_request(v, client_id, kind="access",
                                                                   received_on="2020-01-02"))
    assert card.value.text() == "1 overdue"
    # The rule that sets the date sits between them since the state deadlines (state-deadlines round).
    # 02/01/2020 was a Saturday: said with its weekday (domain/due_weekend), its month in words.
    assert "due Sat February 1, 2020 (" in card.detail.text() and card.detail.text().endswith("(OVERDUE)")


def test_a_dashboard_worklist_link_opens_that_section(unlocked_app: AppController, qtbot,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    recorded_then(monkeypatch, date(2020, 1, 2))  # recorded the day it came, long ago
    client_id = add_client(unlocked_app, qtbot, "Xan Worklist")
    window = window_of(unlocked_app)
    elsewhere(unlocked_app, qtbot, lambda v: requests.add_request(v, client_id, kind="access",
                                                                   received_on="2020-01-02"))
    window.show_dashboard()
    wait_ops(qtbot)
    assert window.stack.currentWidget() is window.dashboard
    window.dashboard.open_worklist("requests_due")
    wait_ops(qtbot)
    assert window.stack.currentWidget() is window.worklist

"""A request whose access denial a review reversed, in the practice's Requests window, the chart's
Requests tab and the request's own window: the copy owed, with its due date, until it is given
(45 CFR 164.524(d)(4), (c)(1)); then "granted". Found: all three said "granted" while the copy was
still owed. Real vault, real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.test_request_copy_owed_said import reversed_request
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_deadline
from vault_app.services import access_copy, request_due, requests

pytestmark = pytest.mark.gui


def test_the_lists_say_the_copy_owed_until_it_is_given(unlocked_app: AppController, qtbot,  # type: ignore[no-untyped-def]
                                                      tmp_path: Path) -> None:
    from vault_app.gui.chart_view import ChartView
    from vault_app.gui.open_requests_dialog import RequestsDialog
    from vault_app.gui.requests_dialog import RequestDetailDialog

    vault = unlocked_app.vault
    assert vault is not None
    chart, rid = reversed_request(vault)
    due = show_deadline(request_due.deadline(requests.get_request(vault, rid), "").day)
    owed = f"copy owed after review, overdue since {due}"

    listing = RequestsDialog(unlocked_app)
    qtbot.addWidget(listing)
    qtbot.waitUntil(lambda: listing.tree.topLevelItemCount() == 1, timeout=10_000)
    assert listing.tree.topLevelItem(0).text(4) == owed

    view = ChartView(unlocked_app)
    qtbot.addWidget(view)
    view.show()
    view.load(chart.client_id)
    wait_ops(qtbot)  # the chart read: it opens on the Overview
    # On screen, the tab is read again at a change (gui/lazy_tab)
    view.tabs.setCurrentWidget(view.requests)
    qtbot.waitUntil(lambda: view.requests.tree.topLevelItemCount() == 1, timeout=10_000)
    assert view.requests.tree.topLevelItem(0).text(3) == owed

    detail = RequestDetailDialog(unlocked_app, rid)
    qtbot.addWidget(detail)
    qtbot.waitUntil(lambda: "Access request" in detail.summary.text(), timeout=10_000)
    assert f"Status: {owed}" in detail.summary.text()

    out = tmp_path / "copy"
    out.mkdir()
    unlocked_app.op(detail, lambda v: access_copy.grant_with_copy(v, rid, folder=out, password=fx.PASSWORD,
                                                                  kinds=("progress",))).run()
    wait_ops(qtbot)
    # Given: each says "granted" again (and the practice's list of what is owed no longer holds it)
    qtbot.waitUntil(lambda: "Status: granted" in detail.summary.text(), timeout=10_000)
    qtbot.waitUntil(lambda: view.requests.tree.topLevelItemCount() == 1
                    and view.requests.tree.topLevelItem(0).text(3) == "granted", timeout=10_000)
    qtbot.waitUntil(lambda: listing.tree.topLevelItemCount() == 0, timeout=10_000)
    for w in (detail, view, listing):
        w.close()
    wait_ops(qtbot)

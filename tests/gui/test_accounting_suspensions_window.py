"""An agency's accounting suspension recorded, listed and ended from the chart's Requests tab (found
by a walker, W8: only the command line had them; 45 CFR 164.528(a)(2)). An oral one asked for longer
than 30 days is said cut, not cut silently. Real vault, real chart, real key presses."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date
from vault_app.services import accounting

pytestmark = pytest.mark.gui


def _modal(qtbot, before):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() not in (None, before), timeout=10_000)
    return QApplication.activeModalWidget()


def test_an_oral_suspension_is_recorded_said_cut_and_ended(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_app.main_window
    assert window is not None and unlocked_app.vault is not None
    client_id = add_client(unlocked_app, qtbot, "Sade Suspended")
    chart = window.chart
    chart.tabs.setCurrentWidget(chart.requests)
    chart.requests.load(client_id)
    wait_ops(qtbot)
    button = chart.requests.suspensions_button
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    listing = _modal(qtbot, None)
    assert listing.objectName() == "suspensionsDialog"
    wait_ops(qtbot)
    listing.add_button.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(listing.add_button, Qt.Key.Key_Space)  # type: ignore[attr-defined]
    form = _modal(qtbot, listing)
    assert form.objectName() == "suspensionAddDialog"
    qtbot.keyClicks(form.agency, "State Police")  # type: ignore[attr-defined]
    form.oral.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(form.oral, Qt.Key.Key_Space)  # type: ignore[attr-defined]
    asked = date.today() + timedelta(days=45)
    form.ends.setDate(asked)  # type: ignore[attr-defined]
    qtbot.keyClick(form.agency, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=10_000)
    [s] = accounting.list_suspensions(unlocked_app.vault, client_id)
    assert not s.written and s.ends_on == date.today() + timedelta(days=30)
    said = listing.said.text()  # type: ignore[attr-defined]
    assert "30 days at most" in said and show_date(asked) in said and "164.528(a)(2)(ii)(C)" in said
    tree = listing.tree  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1, timeout=10_000)
    assert tree.topLevelItem(0).text(3) == "orally"
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    listing.end_button.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(listing.end_button, Qt.Key.Key_Space)  # type: ignore[attr-defined]
    box = _modal(qtbot, listing)
    assert isinstance(box, QMessageBox)
    [accept] = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
    accept.setFocus()
    qtbot.keyClick(accept, Qt.Key.Key_Space)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: accounting.list_suspensions(unlocked_app.vault, client_id)[0].ends_on == date.today(),
                    timeout=10_000)
    listing.reject()
    wait_ops(qtbot)

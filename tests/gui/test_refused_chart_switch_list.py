"""A chart switch refused leaves the list on the chart still shown, and that chart usable.

Found by a walker with the vault on a full disk: another client clicked, the chart's opening was
refused ("Disk full": its chart.opened entry could not be written); the list then highlighted
the new client while the pane still showed the old chart, greyed out. The full disk here is
real: SQLite's own page limit on the ledger file (SQLITE_FULL, as a full drive gives).
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.domain.errors import DiskFull
from vault_app.gui.controller import AppController
from vault_app.services.clinical_common import audit

pytestmark = pytest.mark.gui


def _fill_the_ledger(app: AppController, client_id: str) -> None:
    ledger = app.vault.ledger
    pages = ledger.db.query_one("PRAGMA page_count")[0]
    ledger.db.execute(f"PRAGMA max_page_count = {int(pages)}")
    for _ in range(5_000):
        try:
            audit(app.vault, "chart.opened", client_id=client_id, psychotherapy=False)
        except DiskFull:
            return
    raise AssertionError("the ledger never filled up")


def _click_row(app: AppController, qtbot: Any, client_id: str) -> None:
    window = app.main_window
    assert window is not None
    tree = window.client_list.tree
    item = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == client_id)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())
    wait_ops(qtbot)


def test_a_refused_switch_keeps_the_list_on_the_chart_shown(unlocked_app: AppController, qtbot: Any) -> None:
    window = unlocked_app.main_window
    assert window is not None
    first = add_client(unlocked_app, qtbot, "Winslow Saddlewick")
    second = add_client(unlocked_app, qtbot, "Briony Cobblevale")
    _click_row(unlocked_app, qtbot, first)
    assert window.chart.chart is not None and window.chart.chart.client.client_id == first
    _fill_the_ledger(unlocked_app, first)

    _click_row(unlocked_app, qtbot, second)
    box = window.findChild(QMessageBox, "errorDialog")
    assert box is not None and box.isVisible(), "the refusal is said"
    box.close()

    assert window.chart.chart.client.client_id == first  # the chart still on screen
    assert window.client_list.selected_id() == first
    chosen = [i.data(0, Qt.ItemDataRole.UserRole) for i in window.client_list.tree.selectedItems()]
    assert chosen == [first], "the list highlights the chart shown"
    assert window.chart.client_id == first and window.chart.tabs.isEnabled(), "and it is not greyed out"

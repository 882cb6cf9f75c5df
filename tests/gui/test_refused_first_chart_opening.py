"""The first chart opened after the unlock, refused by a full disk, leaves the screen shown before.

Found in round 45 (folder3's walk, a vault on a small full tmpfs): the refusal ("Disk full": the
chart.opened entry could not be written) was said, then the pane showed an empty chart page, all
greyed, with no chart to go back to. Now the screen shown before (Today) stays, the list highlights
nothing, and the same click opens the chart once there is room again. The full disk is real:
SQLite's own page limit on the ledger file (SQLITE_FULL, as a full drive gives).
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.gui.conftest import wait_ops
from tests.gui.test_refused_chart_switch_list import _click_row
from vault_app.domain.errors import DiskFull
from vault_app.gui.chart_view import ChartView
from vault_app.gui.controller import AppController
from vault_app.services import clients
from vault_app.services.clinical_common import audit

pytestmark = pytest.mark.gui


def _fill_the_ledger(app: AppController, client_id: str) -> int:
    """The ledger at its page limit; the limit it had, to give the room back."""
    ledger = app.vault.ledger
    before = int(ledger.db.query_one("PRAGMA max_page_count")[0])
    pages = ledger.db.query_one("PRAGMA page_count")[0]
    ledger.db.execute(f"PRAGMA max_page_count = {int(pages)}")
    for _ in range(5_000):
        try:
            audit(app.vault, "chart.opened", client_id=client_id, psychotherapy=False)
        except DiskFull:
            return before
    raise AssertionError("the ledger never filled up")


@pytest.mark.parametrize("shown_first", ["today", "list"])
def test_a_refused_first_opening_keeps_the_screen_shown_and_opens_once_there_is_room(
        unlocked_app: AppController, qtbot: Any, shown_first: str) -> None:
    window = unlocked_app.main_window
    assert window is not None
    client_id = clients.create_client(unlocked_app.vault, "Tamsin Quillfeather").client_id
    window.client_list.refresh()
    wait_ops(qtbot)
    if shown_first == "list":
        window.show_worklist()
        wait_ops(qtbot)
    before = window.stack.currentWidget()
    assert window.findChild(ChartView) is None, "no chart opened since the unlock: this is the first opening"
    room = _fill_the_ledger(unlocked_app, client_id)

    _click_row(unlocked_app, qtbot, client_id)
    box = window.findChild(QMessageBox, "errorDialog")
    assert box is not None and box.isVisible(), "the refusal is said"
    box.close()
    wait_ops(qtbot)

    assert window.stack.currentWidget() is before, "the screen shown before stays, not an empty greyed chart page"
    assert window.client_list.tree.selectedItems() == [], "the list highlights no chart that is not shown"

    unlocked_app.vault.ledger.db.execute(f"PRAGMA max_page_count = {room}")  # space freed
    _click_row(unlocked_app, qtbot, client_id)
    wait_ops(qtbot)
    assert window.stack.currentWidget() is window.chart
    assert window.chart.chart is not None and window.chart.chart.client.client_id == client_id
    assert window.chart.tabs.isEnabled() and window.chart.note_button.isEnabled()
    chosen = [i.data(0, Qt.ItemDataRole.UserRole) for i in window.client_list.tree.selectedItems()]
    assert chosen == [client_id]

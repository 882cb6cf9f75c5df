"""The chart's History tab shows the chart's ledger entries newest first, a page at a time."""

from __future__ import annotations

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.services.chart_history import PAGE

pytestmark = pytest.mark.gui


def test_history_tab_pages_through_the_charts_entries(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    mine = add_client(unlocked_app, qtbot, "Paging Person")
    vault = unlocked_app.vault
    assert vault is not None
    wait_ops(qtbot)
    with vault.ledger.defer_anchor(), vault.ledger.db.transaction():
        for i in range(2 * PAGE + 30):
            vault.ledger.append("note.viewed", {"client_id": mine, "note_id": f"n{i}"})
            vault.ledger.append("note.viewed", {"client_id": "someone-else", "note_id": f"o{i}"})
    total = len([e for e in vault.ledger.entries() if e.payload.get("client_id") == mine])

    tab = window.chart.history
    window.chart.tabs.setCurrentWidget(tab)
    wait_ops(qtbot)
    assert tab.tree.topLevelItemCount() == PAGE
    assert not tab.older.isHidden()
    seqs = [int(tab.tree.topLevelItem(i).text(0)) for i in range(tab.tree.topLevelItemCount())]
    assert seqs == sorted(seqs, reverse=True) and seqs[0] == vault.ledger.head().seq - 1

    tab.older.click()
    wait_ops(qtbot)
    assert tab.tree.topLevelItemCount() == 2 * PAGE
    tab.older.click()
    wait_ops(qtbot)
    assert tab.tree.topLevelItemCount() == total
    assert tab.older.isHidden()
    seqs = [int(tab.tree.topLevelItem(i).text(0)) for i in range(tab.tree.topLevelItemCount())]
    assert seqs == sorted(seqs, reverse=True) and len(set(seqs)) == total

"""After "Correct session details…" the corrected session stays selected and in view (found
in the real app: the chart redrew and the selection was gone, the therapist had to find the
session again to see what was saved), also when the new date moves it in the list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import wait_ops
from tests.gui.test_chart_editing import _session_item, chart_of_new_client
from vault_app.gui.controller import AppController
from vault_app.services import sessions

pytestmark = pytest.mark.gui


def test_the_corrected_session_stays_selected_and_in_view(unlocked_app: AppController, qtbot) -> None:
    window, client_id, vault = chart_of_new_client(unlocked_app, qtbot)
    added = [sessions.add_session(vault, client_id, date=f"2026-{m:02d}-{d:02d}", duration_minutes=50)
             for m in range(1, 11) for d in (3, 17)]
    window.chart.reload()
    wait_ops(qtbot)
    window.chart.tabs.setCurrentWidget(window.chart.sessions)
    tree = window.chart.sessions.sessions
    oldest = added[0]
    item = _session_item(window, oldest.session_id)
    tree.setCurrentItem(item)
    tree.scrollToItem(item)

    dialog = window.chart.sessions.edit_session(item)
    assert dialog is not None
    dialog.billing.setCurrentIndex(dialog.billing.findData("billed"))
    dialog.save()
    wait_ops(qtbot)
    header = tree.headerItem()
    billing = next(i for i in range(header.columnCount()) if header.text(i) == "Billing")
    qtbot.waitUntil(lambda: "billed" in _session_item(window, oldest.session_id).text(billing), timeout=10_000)

    current = tree.currentItem()
    assert current is not None and current.isSelected()
    assert current.data(0, Qt.ItemDataRole.UserRole) == oldest.session_id
    assert tree.viewport().rect().intersects(tree.visualItemRect(current)), "scrolled out of view"

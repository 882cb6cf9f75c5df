"""The psychotherapy notes unlocked on another chart's tab: the held note reopens on its own
chart, and the client list highlights that chart, not the one the search had opened (found by
a walker: the old search's chart stayed highlighted beside the note's chart). Real widgets over
a real vault."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import elsewhere
from tests.gui.test_client_list_highlight import _highlighted, _open_by_search
from tests.gui.test_psychotherapy_held_over_lock import TEXT, _away, _unlock_psychotherapy, _writing
from vault_app.gui.controller import AppController
from vault_app.services import clients

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("search", ["cleared", "kept"])
def test_the_note_reopened_on_its_chart_is_the_row_highlighted(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, search: str) -> None:
    tab, held_on = _writing(unlocked_app, qtbot)
    window = _away(unlocked_app, qtbot, "lock")
    other: dict[str, str] = {}
    elsewhere(unlocked_app, qtbot, lambda v: other.update(
        id=clients.create_client(v, "Verity Pebblemoor", date_of_birth="1974-08-04").client_id))
    wait_ops(qtbot)
    panel = window.client_list
    _open_by_search(unlocked_app, qtbot, "Verity Pebblemoor")
    qtbot.waitUntil(lambda: window.chart.client_id == other["id"], timeout=10_000)
    assert _highlighted(panel.tree) == [other["id"]]
    if search == "cleared":
        panel.search.clear()  # the whole list again: both charts have a row
        qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 2, timeout=10_000)

    tab = window.chart.psychotherapy
    window.chart.tabs.setCurrentWidget(tab)
    wait_ops(qtbot)
    _unlock_psychotherapy(unlocked_app, tab, qtbot)  # on Verity's chart
    qtbot.waitUntil(lambda: tab.editor.toPlainText() == TEXT, timeout=10_000)
    assert window.chart.client_id == held_on
    wait_ops(qtbot)
    if search == "kept":  # the note's chart has no row in the search's list: no row stands for it
        assert _highlighted(panel.tree) == [] and panel.tree.currentItem() is None
        return
    qtbot.waitUntil(lambda: _highlighted(panel.tree) == [held_on], timeout=10_000)
    current = panel.tree.currentItem()
    assert current is not None and current.data(0, Qt.ItemDataRole.UserRole) == held_on

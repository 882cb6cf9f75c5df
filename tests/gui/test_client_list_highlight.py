"""The client list's highlighted row is the chart on screen (found in the real app: Verity's
chart open, "Ros" typed in the search and Enter, and the list highlighted Rosalind
Honeywater, whose chart was not the one open). After Enter, after the list refreshes, and
after a chart is opened from elsewhere (a dashboard link). Real widgets over a real vault."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTreeWidget

from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import elsewhere, window_of
from vault_app.gui.controller import AppController
from vault_app.services import clients

pytestmark = pytest.mark.gui

def _highlighted(tree: QTreeWidget) -> list[str]:
    """The client ids of the rows shown as chosen (selected), in list order."""
    return [str(item.data(0, Qt.ItemDataRole.UserRole)) for item in tree.selectedItems()]


def _three(app: AppController, qtbot) -> dict[str, str]:  # type: ignore[no-untyped-def]
    made: dict[str, str] = {}

    def charts(v: object) -> None:
        made["honeywater"] = clients.create_client(v, "Rosalind Honeywater", date_of_birth="1980-01-16").client_id
        made["quill"] = clients.create_client(v, "Rosalind Quill", date_of_birth="1990-05-05").client_id
        made["verity"] = clients.create_client(v, "Verity Pebblemoor", date_of_birth="1974-08-04").client_id

    elsewhere(app, qtbot, charts)
    wait_ops(qtbot)
    return made


def _open_by_search(app: AppController, qtbot, typed: str) -> None:  # type: ignore[no-untyped-def]
    panel = window_of(app).client_list
    panel.focus_search()
    qtbot.keyClicks(panel.search, typed)
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    wait_ops(qtbot)


def test_enter_on_several_matches_highlights_no_other_chart(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = window_of(unlocked_app)
    panel = window.client_list
    made = _three(unlocked_app, qtbot)
    _open_by_search(unlocked_app, qtbot, "Verity")
    qtbot.waitUntil(lambda: window.chart.client_id == made["verity"], timeout=10_000)
    assert _highlighted(panel.tree) == [made["verity"]]

    panel.search.clear()
    _open_by_search(unlocked_app, qtbot, "Ros")  # two Rosalinds, neither typed whole: nothing opens
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 2, timeout=10_000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.tree, timeout=10_000)
    assert window.chart.client_id == made["verity"]
    assert _highlighted(panel.tree) == [], "a row highlighted that is not the chart open"

    # The keyboard is on the list: the arrows choose, Enter opens, and what is open is highlighted.
    qtbot.keyClick(panel.tree, Qt.Key.Key_Down)
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    wait_ops(qtbot)
    second = panel.tree.topLevelItem(1)
    assert second is not None
    opened = second.data(0, Qt.ItemDataRole.UserRole)
    assert window.chart.client_id == opened
    assert _highlighted(panel.tree) == [opened]


def test_enter_on_several_matches_keeps_the_open_one_highlighted(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The chart open is one of the matches (not the first): it stays the highlighted row."""
    window = window_of(unlocked_app)
    panel = window.client_list
    made = _three(unlocked_app, qtbot)
    _open_by_search(unlocked_app, qtbot, "Rosalind Quill")
    qtbot.waitUntil(lambda: window.chart.client_id == made["quill"], timeout=10_000)
    panel.search.clear()
    _open_by_search(unlocked_app, qtbot, "Ros")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.tree, timeout=10_000)
    first = panel.tree.topLevelItem(0)
    assert first is not None and first.data(0, Qt.ItemDataRole.UserRole) == made["honeywater"]
    assert window.chart.client_id == made["quill"]
    assert _highlighted(panel.tree) == [made["quill"]]


def test_a_refresh_highlights_the_chart_open(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The arrows moved the highlight without opening (Enter not pressed), then the list was
    drawn again (a change from elsewhere): the highlight is the chart on screen again."""
    window = window_of(unlocked_app)
    panel = window.client_list
    made = _three(unlocked_app, qtbot)
    _open_by_search(unlocked_app, qtbot, "Verity")
    qtbot.waitUntil(lambda: window.chart.client_id == made["verity"], timeout=10_000)
    panel.search.clear()
    panel.refresh()
    wait_ops(qtbot)
    assert panel.tree.topLevelItemCount() == 3
    assert _highlighted(panel.tree) == [made["verity"]]
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Up)
    assert _highlighted(panel.tree) != [made["verity"]]
    elsewhere(unlocked_app, qtbot, lambda v: clients.create_client(v, "Abel Elsewhere", date_of_birth="1970-01-01"))
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 4, timeout=10_000)
    assert window.chart.client_id == made["verity"]
    assert _highlighted(panel.tree) == [made["verity"]]


def test_a_chart_opened_from_elsewhere_is_highlighted(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A dashboard or worklist link opens a chart: the list follows it."""
    window = window_of(unlocked_app)
    panel = window.client_list
    made = _three(unlocked_app, qtbot)
    _open_by_search(unlocked_app, qtbot, "Verity")
    qtbot.waitUntil(lambda: window.chart.client_id == made["verity"], timeout=10_000)
    panel.search.clear()
    panel.refresh()
    wait_ops(qtbot)
    unlocked_app.open_chart(made["quill"])
    wait_ops(qtbot)
    assert window.chart.client_id == made["quill"]
    assert _highlighted(panel.tree) == [made["quill"]]
    window.show_dashboard()  # no chart on screen: no row stands for one
    assert _highlighted(panel.tree) == []

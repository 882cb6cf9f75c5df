"""Enter in the client search opens the chart the search as typed finds, not the first row of
the list as it was before the search (found in the real app: a chart number typed and Enter
pressed at once opened another client's chart)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import elsewhere, window_of
from vault_app.gui.controller import AppController
from vault_app.services import clients


def test_enter_right_after_typing_opens_the_chart_typed(unlocked_app: AppController, qtbot) -> None:
    window = window_of(unlocked_app)
    panel = window.client_list
    made: dict[str, str] = {}

    def charts(v: object) -> None:
        made["first"] = clients.create_client(v, "Abigail Firstinlist", date_of_birth="1970-01-01").client_id
        made["wanted"] = clients.create_client(v, "Zachary Lastinlist", date_of_birth="1971-01-01").client_id

    elsewhere(unlocked_app, qtbot, charts)
    wait_ops(qtbot)
    assert panel.tree.topLevelItemCount() == 2
    wanted_number = clients.get_client(unlocked_app.vault, made["wanted"]).chart_number

    panel.focus_search()
    qtbot.keyClicks(panel.search, "Zachary")
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)  # at once: the search has not run yet
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: window.chart.client_id is not None)
    wait_ops(qtbot)
    assert window.chart.client_id == made["wanted"], "Enter opened the list's old first row"
    assert wanted_number in window.chart.header.text()
    assert panel.tree.topLevelItemCount() == 1


def test_enter_on_the_rows_shown_opens_the_first_at_once(unlocked_app: AppController, qtbot) -> None:
    window = window_of(unlocked_app)
    panel = window.client_list
    found: dict[str, str] = {}
    elsewhere(unlocked_app, qtbot, lambda v: found.setdefault(
        "id", clients.create_client(v, "Beatrix Onlyone", date_of_birth="1972-01-01").client_id))
    panel.search.setText("Beatrix")
    panel.refresh()
    wait_ops(qtbot)
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    wait_ops(qtbot)
    assert window.chart.client_id == found["id"]


def test_enter_opens_the_client_typed_not_the_first_of_several(unlocked_app: AppController, qtbot) -> None:
    """Found in the real app: "Rosalind" typed whole and Enter opened Rosalind Honeywater's chart
    (first in the list), not the chart of the client who goes by Rosalind."""
    from PySide6.QtWidgets import QApplication

    window = window_of(unlocked_app)
    panel = window.client_list
    made: dict[str, str] = {}

    def charts(v: object) -> None:
        made["other"] = clients.create_client(v, "Rosalind Honeywater", date_of_birth="1980-01-16").client_id
        made["typed"] = clients.create_client(v, "Rosalind Quill", preferred_name="Rosalind",
                                              date_of_birth="1990-05-05").client_id

    elsewhere(unlocked_app, qtbot, charts)
    panel.focus_search()
    qtbot.keyClicks(panel.search, "Rosalind")
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: window.chart.client_id is not None)
    wait_ops(qtbot)
    assert panel.tree.topLevelItemCount() == 2
    assert window.chart.client_id == made["typed"], "Enter opened the first of the two Rosalinds"

    # Part of a name that fits both: nothing opens at once; the keyboard goes to the list.
    window.show_dashboard()
    panel.focus_search()
    qtbot.keyClicks(panel.search, "Ros")
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.tree, timeout=10_000)
    assert window.stack.currentWidget() is not window.chart
    qtbot.keyClick(panel.tree, Qt.Key.Key_Down)
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)  # the second row, chosen
    wait_ops(qtbot)
    second = panel.tree.topLevelItem(1)
    assert second is not None
    assert window.chart.client_id == second.data(0, Qt.ItemDataRole.UserRole)
    assert window.stack.currentWidget() is window.chart

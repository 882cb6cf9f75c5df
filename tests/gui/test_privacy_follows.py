"""Privacy mode followed both ways by what is open (found in the real app: switched off, a
couple's Authorizations list kept "••••••• (DEMO-00007)"; switching tabs did not bring the names
back, only reopening the chart did). Each screen is looked at with it on (no name anywhere) and
off again (the names back), without reopening anything."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QTreeWidget

from tests.core.disclosure_fixtures import add_auth
from tests.gui.conftest import wait_ops
from vault_app.gui.chart_binding import chart_headers
from vault_app.gui.controller import AppController
from vault_app.gui.main_window import MainWindow
from vault_app.services import clients

pytestmark = pytest.mark.gui

NAMES = ("Ada", "Coupleone", "Ben", "Coupletwo")


def _tree_text(tree: QTreeWidget) -> str:
    out = []
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        out += [item.text(c) + " " + item.toolTip(c) for c in range(tree.columnCount())]
    return " | ".join(out)


def _couple(app: AppController) -> tuple[MainWindow, str, str, str]:
    vault = app.vault
    window = app.main_window
    assert vault is not None and window is not None
    ada = clients.create_client(vault, "Ada Coupleone", date_of_birth="1980-02-03")
    ben = clients.create_client(vault, "Ben Coupletwo", date_of_birth="1979-05-06")
    case = clients.create_case(vault, "Coupleone-Coupletwo", [ada.client_id, ben.client_id])
    add_auth(vault, case.case_id, signer_name="Ada Coupleone", signer_client_id=ada.client_id)
    return window, case.case_id, ada.chart_number, case.chart_number


def _leaks(text: str) -> list[str]:
    return [n for n in NAMES if n in text]


def test_the_authorizations_list_follows_privacy_both_ways(unlocked_app: AppController, qtbot) -> None:
    window, case_id, ada_number, _ = _couple(unlocked_app)
    window.open_chart(case_id)
    wait_ops(qtbot)
    tab = window.chart.authorizations
    window.chart.tabs.setCurrentWidget(tab)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: "Ada Coupleone" in _tree_text(tab.tree))
    window.toggle_privacy()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: ada_number in _tree_text(tab.tree) and not _leaks(_tree_text(tab.tree)))
    window.toggle_privacy()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: f"Ada Coupleone ({ada_number})" in _tree_text(tab.tree))


def test_the_list_switched_back_while_another_tab_is_shown(unlocked_app: AppController, qtbot) -> None:
    """Switched while the list was out of sight: it shows the mode in force when it comes back."""
    window, case_id, ada_number, _ = _couple(unlocked_app)
    window.open_chart(case_id)
    wait_ops(qtbot)
    tab = window.chart.authorizations
    window.chart.tabs.setCurrentWidget(tab)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: "Ada Coupleone" in _tree_text(tab.tree))
    window.chart.tabs.setCurrentWidget(window.chart.overview)
    window.toggle_privacy()
    wait_ops(qtbot)
    window.chart.tabs.setCurrentWidget(tab)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: ada_number in _tree_text(tab.tree) and not _leaks(_tree_text(tab.tree)))
    window.chart.tabs.setCurrentWidget(window.chart.overview)
    window.toggle_privacy()
    wait_ops(qtbot)
    window.chart.tabs.setCurrentWidget(tab)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: f"Ada Coupleone ({ada_number})" in _tree_text(tab.tree))


def test_an_open_window_s_header_follows_privacy_both_ways(unlocked_app: AppController, qtbot) -> None:
    window, case_id, _, case_number = _couple(unlocked_app)
    window.open_chart(case_id)
    wait_ops(qtbot)
    dialog = window.chart.authorizations.add()
    assert dialog is not None
    wait_ops(qtbot)

    def said() -> str:
        labels: list[QLabel] = chart_headers(dialog)
        return " ".join(h.text() for h in labels) + " " + dialog.windowTitle()

    assert "Coupleone-Coupletwo" in said()
    window.toggle_privacy()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: case_number in said() and "Coupleone" not in said())
    assert dialog.property("privacy") is True, "what the window shows later masks too"
    window.toggle_privacy()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: "Coupleone-Coupletwo" in said())
    assert dialog.property("privacy") is False
    dialog.reject()
    wait_ops(qtbot)


def test_the_search_window_s_results_follow_privacy_both_ways(unlocked_app: AppController, qtbot) -> None:
    """The search window stays open beside the main one (not modal): its hits name the client and
    quote the note."""
    from vault_app.gui.search_dialog import SearchDialog
    from vault_app.services import notes

    vault = unlocked_app.vault
    window = unlocked_app.main_window
    assert vault is not None and window is not None
    client = clients.create_client(vault, "Wren Calloway")
    notes.create_progress_note(vault, client.client_id, template="free", text="Describes hypnagogic jerks.")
    dialog = window.open_search()
    assert isinstance(dialog, SearchDialog)
    dialog.query.setText("hypnagogic")
    dialog.search()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: "Wren Calloway" in _tree_text(dialog.notes))
    window.toggle_privacy()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: client.chart_number in _tree_text(dialog.notes))
    shown = _tree_text(dialog.notes)
    assert "Wren" not in shown and "Calloway" not in shown and "jerks" not in shown, shown
    window.toggle_privacy()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: "Wren Calloway" in _tree_text(dialog.notes) and "jerks" in _tree_text(dialog.notes))
    dialog.close()

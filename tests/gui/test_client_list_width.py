"""The client list beside the chart is narrow: its names are cut ("Juniper Sparrow…", seen in
the real app at the first width). The whole name is the row's tool tip (never in privacy
mode), and the width the therapist drags the list to is kept for the next start (it was
forgotten: "splitter/main" was an allowed setting nothing wrote)."""

from __future__ import annotations

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui import prefs
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


def test_the_whole_name_is_the_tool_tip_and_privacy_hides_it(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    prefs.put("privacy_mode", False)
    add_client(unlocked_app, qtbot, "Juniper Sparrowstone-Featherington")
    window.client_list.refresh()
    wait_ops(qtbot)
    tree = window.client_list.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1, timeout=10_000)
    assert tree.topLevelItem(0).toolTip(0).startswith("Juniper Sparrowstone-Featherington")
    window.client_list.set_privacy(True)
    assert "Juniper" not in tree.topLevelItem(0).toolTip(0)
    window.client_list.set_privacy(False)


def test_the_lists_width_is_kept_for_the_next_start(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    window.show()
    qtbot.waitExposed(window)
    total = sum(window.splitter.sizes())
    window.splitter.setSizes([total // 2, total - total // 2])
    chosen = window.splitter.sizes()
    window._save_geometry()
    again = type(window)(unlocked_app)  # never closed (closing a main window means Quit): dropped
    again.resize(window.size())
    again.show()
    qtbot.waitExposed(again)
    assert abs(again.splitter.sizes()[0] - chosen[0]) <= 2, (again.splitter.sizes(), chosen)
    again.hide()
    again.deleteLater()
    prefs.settings().remove("splitter/main")  # the next tests start at the first width
    wait_ops(qtbot)

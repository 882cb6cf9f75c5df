"""The client list's surnames read whole on a 1366x768 laptop at 150 % (910x512 logical pixels).
Found in the real app: the list at its least width (260 pixels, a quarter of the window), the chart
number and "Last seen" as wide as their contents, and the Name column left so narrow that the rows
read "R. Hone…", the very word the list is in order by cut. Now, where the name column would be too
narrow for the surnames, the Last seen column gives its room up (hidden; back when the list is
wider again). The chart beside keeps its width: the list is no wider than before. Real widgets,
the demo's practice, the laptop's room stood in for (screen_fit.room_of), in English and Spanish."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt

from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import elsewhere
from tests.gui.test_client_list_names_apart import _drawn
from vault_app.gui import prefs, screen_fit
from vault_app.gui.controller import AppController
from vault_app.gui.list_first_width import CHART_LEAST
from vault_app.gui.main_window import MainWindow
from vault_app.gui.name_cell import SURNAME_ROLE
from vault_app.services import demo

pytestmark = pytest.mark.gui

LAPTOP_150 = QRect(0, 0, 910, 512)  # 1366x768 at 150 %


def _window(app: AppController, qtbot: Any) -> MainWindow:
    prefs.put("privacy_mode", False)
    elsewhere(app, qtbot, lambda v: demo.populate(v, clients=12, psychotherapy_every=0))
    window = MainWindow(app)  # built in the language shown, at the laptop's room, as the app starts
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.client_list.refresh()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: window.client_list.tree.topLevelItemCount() >= 8, timeout=10_000)
    qtbot.wait(20)  # the layout's next pass
    return window


def _surnames_whole(window: MainWindow) -> list[tuple[str, str]]:
    """The rows whose surname is not drawn whole: (the row's text, what is drawn)."""
    panel = window.client_list
    cut = []
    for row in range(panel.tree.topLevelItemCount()):
        item = panel.tree.topLevelItem(row)
        surname = str(item.data(0, SURNAME_ROLE) or "")
        whole, drawn, fits = _drawn(panel, row)
        if surname and not (fits and surname in drawn):
            cut.append((whole, drawn))
    return cut


def test_the_surnames_read_whole_at_150_percent(unlocked_app: AppController, qtbot: Any, language: str,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(screen_fit, "room_of", lambda _window: LAPTOP_150)
    window = _window(unlocked_app, qtbot)
    panel = window.client_list
    assert window.width() <= LAPTOP_150.width()
    # The chart keeps its room: half the window, and the room its tabs need (list_first_width.py)
    assert panel.width() <= max(panel.minimumWidth(), window.width() - max(window.width() // 2, CHART_LEAST)) + 2, \
        panel.width()
    assert _surnames_whole(window) == []
    # The chart numbers whole, and no sideways scroll in the list
    tree = panel.tree
    assert tree.horizontalScrollBar().maximum() == 0
    metrics = tree.fontMetrics()
    for row in range(tree.topLevelItemCount()):
        assert metrics.horizontalAdvance(tree.topLevelItem(row).text(1)) <= tree.header().sectionSize(1)


def test_last_seen_comes_back_where_the_list_has_room(unlocked_app: AppController, qtbot: Any,
                                                      language: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(screen_fit, "room_of", lambda _window: LAPTOP_150)
    window = _window(unlocked_app, qtbot)
    tree = window.client_list.tree
    least = window.client_list.minimumWidth()
    window.splitter.setSizes([least, sum(window.splitter.sizes()) - least])  # the list at its least
    qtbot.waitUntil(lambda: tree.isColumnHidden(2))  # at 150 %, for the names
    window.resize(1600, 900)
    total = sum(window.splitter.sizes())
    window.splitter.setSizes([520, total - 520])  # the list dragged wide
    qtbot.waitUntil(lambda: not tree.isColumnHidden(2))
    assert tree.header().sectionSize(2) >= tree.fontMetrics().horizontalAdvance(tree.topLevelItem(0).text(2))
    assert _surnames_whole(window) == []
    # In the order of Last seen, its dates stay in sight however narrow the list: that order is read by them
    header = tree.header()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(2) + header.sectionSize(2) // 2, header.height() // 2))
    qtbot.waitUntil(lambda: window.client_list.order.order == "last_seen")
    wait_ops(qtbot)
    window.splitter.setSizes([window.client_list.minimumWidth(), total - window.client_list.minimumWidth()])
    qtbot.wait(20)
    assert not tree.isColumnHidden(2)
    # Back to the order by name: the date gives its room up again
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(0) + 10, header.height() // 2))
    qtbot.waitUntil(lambda: window.client_list.order.order == "name")
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: tree.isColumnHidden(2))


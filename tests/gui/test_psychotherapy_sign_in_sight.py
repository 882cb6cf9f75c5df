"""Sign and lock in sight on the Psychotherapy tab where the window is low. Found by a walker at
1366x768 at 125 %: the chart asked for the height of its tallest tab whichever was shown, the
main window's page pane scrolled, and Sign and lock was below its lower edge. The chart now asks
for the shown tab's height (gui/tab_pages.py). The window here is lower than at 125 % (a
1024x600 netbook less a panel): the offscreen test font is smaller than a desktop's, and the
chart's other tabs then asked for more than the pane had. The real main window, real widgets."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QScrollArea

from tests.gui.conftest import wait_ops
from tests.gui.test_psychotherapy_typing import _open_tab_and_unlock
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui

LOW = (1008, 524)  # 1024x600 less a panel and the window's frame


def test_sign_and_lock_is_in_sight_without_scrolling(unlocked_app: AppController, qtbot: Any) -> None:
    window = unlocked_app.main_window
    assert window is not None
    window.resize(*LOW)
    _open_tab_and_unlock(unlocked_app, qtbot)
    tab = window.chart.psychotherapy
    qtbot.keyClicks(tab.editor, "Typed.")
    wait_ops(qtbot)
    pane = window.findChild(QScrollArea, "pagePane")
    assert pane is not None
    viewport = pane.viewport()
    button = tab.sign_button
    assert button.isEnabled()

    def in_sight() -> bool:
        box = QRect(button.mapTo(viewport, button.rect().topLeft()), button.size())
        return viewport.rect().contains(box)

    qtbot.waitUntil(in_sight, timeout=5_000)  # the layout's passes
    # Not scrolled to get there (the status line's second line, when a long sentence has the room,
    # may leave a few pixels of the tab's margin below the pane: ci99, 4 pixels; the button is in sight)
    assert pane.verticalScrollBar().value() == 0
    # Another tab shown asks for its own height again: the chart's least height follows the tab.
    low = window.chart.minimumSizeHint().height()
    window.chart.tabs.setCurrentWidget(window.chart.sessions)
    qtbot.waitUntil(lambda: window.chart.minimumSizeHint().height() != low, timeout=5_000)

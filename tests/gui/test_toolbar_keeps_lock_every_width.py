"""Lock now stays on the main toolbar at every width, not only at the widths tried before (found
at 150 % on a 1366x768 laptop: Lock now behind the » button). The toolbar's fit (toolbar_fit.py)
left the layout's own margins out of its sum: at some widths (800 pixels in English; 670, 930 and
1080 in Spanish) it judged the worded row to fit by a few pixels while Qt's layout found it a few
too wide and hid its last item, Lock now. Every width from a narrow window to a wide one, two
pixels apart, judged by Qt's own layout: the real main window, in English and in Spanish."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QToolBar, QToolButton

from vault_app.gui.controller import AppController
from vault_app.gui.main_menus import TOOLBAR
from vault_app.gui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_lock_now_is_never_behind_the_overflow_button(unlocked_app: AppController, qtbot: Any,
                                                      language: str) -> None:
    window = MainWindow(unlocked_app)  # built in the language shown, as the app is started in it
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert toolbar is not None
    lock = toolbar.widgetForAction(window.menu_actions["lock"])
    assert isinstance(lock, QToolButton)
    hidden = []
    for width in range(640, 1400, 2):
        window.resize(width, 600)
        qtbot.wait(1)
        if window.width() != width:
            continue  # below the window's least width
        more = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        if not lock.isVisible() or (more is not None and more.isVisible()):
            hidden.append(width)
    assert hidden == [], f"Lock now or another item behind » at {hidden} pixels ({language})"
    # Each item still there, in order, Lock now the last
    assert [toolbar.widgetForAction(window.menu_actions[k]).isVisible() for k in TOOLBAR] == [True] * len(TOOLBAR)
    window.hide()

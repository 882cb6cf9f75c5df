"""Lock now and Privacy mode stay on the main toolbar however narrow the window (found on Xvfb at
1366x768 at 125 % in Spanish: both were behind the toolbar's » button). The items lose their
words first, the least urgent first; the real main window, in Spanish, resized as a screen would."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar, QToolButton

from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.main_menus import TOOLBAR

pytestmark = pytest.mark.gui


@pytest.fixture
def spanish_start(monkeypatch: pytest.MonkeyPatch, spanish: None) -> None:
    """The app started as VAULT_APP_LANGUAGE=es starts it (the launcher installs the language)."""
    monkeypatch.setenv("VAULT_APP_LANGUAGE", "es")


def _buttons(app: AppController) -> tuple[QToolBar, dict[str, QToolButton]]:
    window = app.main_window
    assert window is not None
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert toolbar is not None
    found = {key: toolbar.widgetForAction(window.menu_actions[key]) for key in TOOLBAR}
    return toolbar, {k: b for k, b in found.items() if isinstance(b, QToolButton)}


def _at(app: AppController, qtbot: Any, width: int) -> tuple[QToolBar, dict[str, QToolButton]]:
    window = app.main_window
    assert window is not None
    window.resize(width, 600)
    qtbot.wait(20)
    wait_ops(qtbot)
    toolbar, buttons = _buttons(app)
    qtbot.waitUntil(lambda: toolbar.width() <= width)
    return toolbar, buttons


@pytest.mark.parametrize("width", [700, 900, 1090])
def test_lock_now_and_privacy_stay_in_sight_in_spanish(spanish_start: None, unlocked_app: AppController, qtbot: Any,
                                                       width: int) -> None:
    toolbar, buttons = _at(unlocked_app, qtbot, width)
    assert buttons["lock"].text().startswith("Bloquear")  # the window is Spanish
    for key in ("lock", "privacy"):
        assert buttons[key].isVisible(), f"{key} is behind » at {width} px"
    more = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert more is None or not more.isVisible()
    # Words go from the least urgent first: Lock now keeps its words while any other item has them.
    styles = [buttons[k].toolButtonStyle() for k in TOOLBAR]
    worded = [s == Qt.ToolButtonStyle.ToolButtonTextBesideIcon for s in styles]
    assert worded == sorted(worded), dict(zip(TOOLBAR, worded, strict=True))


def test_words_come_back_when_the_window_is_wide_again(spanish_start: None, unlocked_app: AppController,
                                                       qtbot: Any) -> None:
    _at(unlocked_app, qtbot, 700)
    _toolbar, buttons = _at(unlocked_app, qtbot, 2400)
    assert all(b.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon for b in buttons.values())
    assert all(b.isVisible() for b in buttons.values())

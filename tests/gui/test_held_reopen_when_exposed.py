"""Held forms reopen once the main window is on screen (gui/held_restore.when_exposed). Found
on Xvfb with openbox: a New appointment held over Ctrl+L came back at the screen's corner
without its title bar, one unlock in two: it was shown in the same turn as the main window,
and the window manager mapped it before its parent. Real widgets, offscreen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMainWindow

from vault_app.gui.held_restore import when_exposed

pytestmark = pytest.mark.gui


def test_a_window_on_screen_reopens_at_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    called: list[str] = []
    when_exposed(window, lambda: called.append("now"))
    assert called == ["now"]


def test_a_window_not_yet_on_screen_reopens_when_it_is(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)
    window.winId()  # its native window exists, not shown: as after the unlock's show, before the map
    handle = window.windowHandle()
    assert handle is not None and not handle.isExposed()
    called: list[str] = []
    when_exposed(window, lambda: called.append("shown"))
    qtbot.wait(50)
    assert called == [], "reopened before the window was on screen"
    window.show()
    qtbot.waitUntil(lambda: called == ["shown"])
    qtbot.wait(50)
    assert called == ["shown"], "reopened once only"


def test_a_window_that_never_shows_still_reopens_the_held_forms(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The entries were taken out of the vault: waiting for ever would lose them at the next lock."""
    window = QMainWindow()
    qtbot.addWidget(window)
    window.winId()
    called: list[str] = []
    when_exposed(window, lambda: called.append("late"))
    qtbot.waitUntil(lambda: called == ["late"], timeout=10_000)

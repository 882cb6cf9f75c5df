"""Escape on the unlock window ends the app as its close button does, but never throws away what was
typed at one key (found by a walker: Escape did nothing, a second start's window needed Alt+F4;
KeePassXC asks for a second Escape, keepassxc#11199). The real app's unlock window, real keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


def _escape(window: object) -> None:
    handle = window.windowHandle()  # type: ignore[attr-defined]
    assert handle is not None
    QTest.keyPress(handle, Qt.Key.Key_Escape)


def test_escape_with_nothing_typed_quits(locked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    quits: list[bool] = []
    locked_app.quit_requested.connect(lambda: quits.append(True))
    window = locked_app.unlock_window
    assert window is not None
    qtbot.waitExposed(window)
    _escape(window)
    qtbot.waitUntil(lambda: bool(quits), timeout=5000)


def test_escape_with_a_passphrase_typed_asks_a_second_escape(  # type: ignore[no-untyped-def]
        locked_app: AppController, qtbot) -> None:
    window = locked_app.unlock_window
    assert window is not None
    qtbot.waitExposed(window)
    closed: list[bool] = []
    window.closed_by_user.connect(lambda: closed.append(True))
    window.passphrase.edit.setFocus()
    qtbot.keyClicks(window.passphrase.edit, "correct horse")
    _escape(window)
    assert not closed and window.isVisible()
    assert window.passphrase.text() == "correct horse"  # kept: nothing thrown away at one key
    assert "Press Escape again" in window.message.text()
    qtbot.keyClicks(window.passphrase.edit, " battery")  # typing again takes it back
    assert window.message.text() == ""
    _escape(window)
    assert not closed
    _escape(window)  # the second Escape ends the app, as the close button does
    assert closed

"""A window size saved at another scale (or on another monitor) is not brought back as it was.
Found by the walker on a 1366x768 laptop: a start at 125 % (1093 logical pixels wide) saved the
main window at 1075x590, the whole of that screen's room; the next start at 100 % brought it back
at 1075x590, a small window in the corner with its status line cut. Qt restores a size saved on a
screen 0.8 to 1.25 times as wide, and 1093/1366 is just inside: the window now opens as at a first
start there. The geometry here is written as Qt 6 writes it on the other screen (its format 3)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QDataStream, QIODevice, QRect, Qt
from PySide6.QtGui import QGuiApplication

from vault_app.gui import prefs
from vault_app.gui.controller import AppController
from vault_app.gui.main_window import PREFERRED_SIZE, MainWindow
from vault_app.gui.screen_fit import fitted, inner_room, room_of

pytestmark = pytest.mark.gui


def _saved_on(screen_width: int, window: QRect, maximized: bool = False) -> QByteArray:
    """What QWidget.saveGeometry writes for `window` on a screen `screen_width` logical pixels wide."""
    blob = QByteArray()
    stream = QDataStream(blob, QIODevice.OpenModeFlag.WriteOnly)
    stream.writeUInt32(0x1D9D0CB)
    stream.writeUInt16(3)
    stream.writeUInt16(0)
    stream << window.adjusted(-1, -30, 1, 1)  # the frame
    stream << window  # the normal geometry
    stream.writeInt32(0)  # screen number
    stream.writeUInt8(1 if maximized else 0)
    stream.writeUInt8(0)  # full screen
    stream.writeInt32(screen_width)
    stream << window
    return blob


def _screen_width() -> int:
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    return screen.geometry().width()


def test_a_size_saved_at_another_scale_opens_as_at_a_first_start(unlocked_app: AppController, qtbot: Any) -> None:
    window = unlocked_app.main_window
    assert window is not None
    room = inner_room(room_of(window))
    # The screen at 125 %: 0.8 times as wide; the window filled that screen's room.
    small = QRect(room.left(), room.top(), room.width() * 4 // 5 - 10, room.height() * 4 // 5 - 10)
    prefs.put("geometry/main", _saved_on(round(_screen_width() / 1.25), small))
    reopened = MainWindow(unlocked_app)
    assert reopened.geometry() == fitted(PREFERRED_SIZE, room_of(reopened)), reopened.geometry()
    assert reopened.size() != small.size()
    reopened.deleteLater()
    # At 80 % (a screen 1.25 times as wide), the same.
    prefs.put("geometry/main", _saved_on(round(_screen_width() / 0.8), small))
    reopened = MainWindow(unlocked_app)
    assert reopened.geometry() == fitted(PREFERRED_SIZE, room_of(reopened)), reopened.geometry()
    reopened.deleteLater()


def test_a_size_saved_on_this_screen_comes_back(unlocked_app: AppController, qtbot: Any) -> None:
    window = unlocked_app.main_window
    assert window is not None
    room = inner_room(room_of(window))
    left = QRect(room.left() + 20, room.top() + 10, room.width() * 4 // 5, room.height() * 4 // 5)
    prefs.put("geometry/main", _saved_on(_screen_width(), left))
    reopened = MainWindow(unlocked_app)
    assert reopened.geometry() == left  # as the therapist left it
    reopened.deleteLater()


def test_maximized_at_another_scale_stays_maximized(unlocked_app: AppController, qtbot: Any) -> None:
    window = unlocked_app.main_window
    assert window is not None
    room = inner_room(room_of(window))
    prefs.put("geometry/main", _saved_on(round(_screen_width() / 1.25), room, maximized=True))
    reopened = MainWindow(unlocked_app)
    assert reopened.windowState() & Qt.WindowState.WindowMaximized
    reopened.deleteLater()

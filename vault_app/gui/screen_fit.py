"""A window's first size on the screen it opens on: never larger than that screen's room.

Found on a 1000x750 screen (a 13" laptop at 1366x768 with 125 % scaling has about as much):
the main window came up at 1200x760, its right side and its status bar off the screen and out
of reach, and a size saved on a larger monitor came back as large. A window now opens at the
size it prefers where there is room for it, and at the screen's room where there is not; a
saved size comes back only if it fits the screen the window opens on.

The window manager's frame is not known before the first show (and differs between desktops):
FRAME is kept free for it, generously, so the frame itself stays on the screen too.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QByteArray, QDataStream, QIODevice, QMargins, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

# A title bar and borders: what the window managers tried (openbox, KWin, Mutter, Windows 11,
# macOS) add, rounded up.
FRAME = QMargins(8, 38, 8, 8)


def screen_of(window: QWidget) -> QScreen | None:
    """The screen the window is on, or will open on: where it is once shown; before, where the
    first shown window it belongs to is (Qt opens a dialog over its parent).

    Not `window.screen()`: PySide then makes the widget the owner of the QScreen's wrapper, and
    when the cycle collector clears that widget's wrapper while the widget lives (a form held only
    by its own cycles), the app's QScreen itself is deleted, left in Qt's list of screens: the
    next window geometry, style DPI or new window read freed memory (the teardown lock's
    segfault in `_save_geometry`, ci90 and ci96; tests/gui/test_screen_kept_at_collection.py).
    QGuiApplication's own functions give the screen without that ownership."""
    anchor = window
    while not anchor.isVisible() and (parent := anchor.parentWidget()) is not None:
        anchor = parent
    return QGuiApplication.screenAt(anchor.mapToGlobal(anchor.rect().center())) or QGuiApplication.primaryScreen()


def room_of(window: QWidget) -> QRect:
    """The screen's available area (less panels and docks) the window's frame must stay in."""
    screen = screen_of(window)
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 768)


def inner_room(room: QRect) -> QRect:
    """The part of `room` a window's own area (without its frame) may take."""
    return room.marginsRemoved(FRAME)


def fitted(preferred: QSize, room: QRect) -> QRect:
    """The window's own rectangle: `preferred` where the room has it, the room's size where not;
    centred in the room."""
    inside = inner_room(room)
    size = preferred.boundedTo(inside.size())
    left = inside.left() + (inside.width() - size.width()) // 2
    top = inside.top() + (inside.height() - size.height()) // 2
    return QRect(left, top, size.width(), size.height())


def fits(geometry: QRect, room: QRect) -> bool:
    """A window at `geometry` (its own area) has its frame wholly inside `room`."""
    return inner_room(room).contains(geometry)


def size_in_screen(window: QWidget, preferred: QSize) -> QSize:
    """For a dialog, which Qt centres over its parent: `preferred`, bounded by the screen's room."""
    return fitted(preferred, room_of(window)).size()


# QWidget.saveGeometry's format 3 (Qt 6): magic, version, frame and normal rectangles, screen
# number, maximized, full screen, then the width of the screen it was saved on.
_GEOMETRY_MAGIC = 0x1D9D0CB


class _Saved(NamedTuple):
    number: int  # the screen's
    maximized: bool
    width: int  # of the screen it was saved on
    normal: QRect  # the window's own rectangle, not maximized


def _saved(saved: QByteArray | bytes) -> _Saved | None:
    """What a saved geometry holds; None when it is not Qt's format 3 (an older or newer Qt: then
    Qt's own checks are all there is)."""
    data = QByteArray(saved)  # held here: the stream reads it, and does not keep it alive
    stream = QDataStream(data, QIODevice.OpenModeFlag.ReadOnly)
    if stream.readUInt32() != _GEOMETRY_MAGIC or stream.readUInt16() != 3:
        return None
    stream.readUInt16()
    frame, normal = QRect(), QRect()
    stream >> frame
    stream >> normal
    number, maximized = stream.readInt32(), bool(stream.readUInt8())
    stream.readUInt8()
    width = stream.readInt32()
    return _Saved(number, maximized, width, normal) if stream.status() == QDataStream.Status.Ok else None


def saved_scale(saved: QByteArray | bytes | None) -> float | None:
    """How many times wider this screen is, in logical pixels, than the one the geometry was saved
    on (1.25 after a start at 125 % on a laptop now at 100 %); 1.0 on the same screen at the same
    scale; None when unknown (nothing saved, or not Qt's format 3).

    Found on a 1366x768 laptop: a start at 125 % (1093 logical pixels wide) saved the window at
    1075x590, the screen's whole room; the next start at 100 % brought it back at 1075x590, a
    small window in a corner, and its status line cut. Qt restores a size saved on a screen
    between 0.8 and 1.25 times as wide, and 1093/1366 is just inside."""
    held = _saved(saved) if saved is not None else None
    if held is None or held.width <= 0:
        return None
    screens = QGuiApplication.screens()
    number, width = held.number, held.width
    screen = screens[number] if 0 <= number < len(screens) else QGuiApplication.primaryScreen()
    if screen is None:
        return None
    now = screen.geometry().width()
    return 1.0 if now == width else now / width


def _saved_size(saved: QByteArray | bytes) -> QSize | None:
    """The window's own size as saved (its normal geometry, not maximized)."""
    held = _saved(saved)
    return held.normal.size() if held is not None and held.normal.isValid() else None


def place_in_screen(window: QWidget, preferred: QSize, saved: QByteArray | bytes | None = None) -> float:
    """Before the first show: the saved geometry if it was saved on this screen at this scale
    and fits it (or was maximized there). Saved on a screen of another width (another monitor,
    or this one at another scale), the size the therapist chose, scaled by as much as the screen
    is wider or narrower, centred, bounded by the screen's room: found after a change of scale,
    a window resized by hand came back at the first start's size. Nothing saved: `preferred`,
    bounded the same way. Maximized still, if it was. Gives the scale used (1.0: none), for
    what the window keeps of its own inside (the client list's width)."""
    scale = saved_scale(saved)
    if saved is not None and scale == 1.0 and window.restoreGeometry(saved):
        if window.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
            return 1.0  # the window manager sizes it to the screen
        if fits(window.geometry(), room_of(window)):
            return 1.0
    chosen = _saved_size(saved) if saved is not None and scale is not None else None
    size = preferred if chosen is None or scale is None else \
        QSize(round(chosen.width() * scale), round(chosen.height() * scale))
    window.setGeometry(fitted(size, room_of(window)))
    held = _saved(saved) if saved is not None else None
    if held is not None and held.maximized:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    return scale if chosen is not None and scale is not None else 1.0


_SPLITTER_MAGIC = 0xFF


def splitter_sizes(state: QByteArray | bytes) -> list[int] | None:
    """The sizes a QSplitter.saveState holds (its magic, a version, then the sizes); None when it
    is not that. Read from the state, not from the splitter: before its first show a splitter
    answers its children's unlaid-out widths."""
    data = QByteArray(state)
    stream = QDataStream(data, QIODevice.OpenModeFlag.ReadOnly)
    if stream.readInt32() != _SPLITTER_MAGIC or stream.readInt32() not in (0, 1):
        return None
    count = stream.readUInt32()
    sizes = [stream.readInt32() for _ in range(min(count, 16))]
    return sizes if stream.status() == QDataStream.Status.Ok and len(sizes) == count else None


def fitted_sizes(sizes: list[int], scale: float, total: int, last_least: int) -> list[int]:
    """A splitter's saved sizes (the client list's width, the chart's) in a window `total` wide
    now: scaled as the window was (`scale`), and the first kept narrow enough that the last
    still has `last_least` (found: a list dragged wide at 100 % kept its width at 125 %, where
    the chart beside it was left a strip, then scrolled sideways)."""
    if len(sizes) != 2 or total <= 0:
        return sizes
    first = max(min(round(sizes[0] * scale), total - last_least), 0)
    return [first, max(total - first, 0)]


__all__ = ["FRAME", "fits", "fitted", "fitted_sizes", "inner_room", "place_in_screen", "room_of", "saved_scale",
           "screen_of", "size_in_screen", "splitter_sizes"]

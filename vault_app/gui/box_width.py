"""A message box wide enough for its title and its words.

Found by a walker with the vault on a full disk: Qt sizes a message box by its first line, so
"El disco está lleno." made a box about 200 pixels wide; the window manager cut its title to
"Disco l…y Vault" and the advice below was wrapped into four lines of two words each.

The box is given a least width (a spacer across its grid, as Qt's own layout lets one widen it):
the title as the window manager draws it (bold, with the application's name after it, beside the
window's icon and its three buttons), and the words at a reading width, never wider than the screen.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QGridLayout, QMessageBox, QSizePolicy, QSpacerItem

READING_EMS = 46  # the words' least width, in the font's "M"s, when they are that long
_FRAME_EMS = 9  # the title bar's icon, its minimise, maximise and close buttons, and their room


def title_shown(box: QMessageBox) -> str:
    """The title as a window manager on X11 shows it: Qt adds the application's name."""
    name = QGuiApplication.applicationDisplayName()
    title = box.windowTitle()
    return f"{title} — {name}" if name and name not in title else title


def least_width(box: QMessageBox) -> int:
    """What the box needs: its title whole, and its words at a reading width (or their own
    length when shorter), within the screen."""
    bold = QFont(box.font())
    bold.setBold(True)
    em = QFontMetrics(box.font()).horizontalAdvance("M")
    title = QFontMetrics(bold).horizontalAdvance(title_shown(box)) + _FRAME_EMS * em
    plain = QFontMetrics(box.font())
    words = max((plain.horizontalAdvance(line) for text in (box.text(), box.informativeText())
                 for line in text.splitlines()), default=0)
    width = max(title, min(words, READING_EMS * em) + 6 * em)  # the icon's column and the margins
    screen = box.screen() or QGuiApplication.primaryScreen()
    return width if screen is None else min(width, screen.availableGeometry().width() * 9 // 10)


def widen(box: QMessageBox) -> None:
    """Give `box` its least width; call once its title and words are set."""
    layout = box.layout()
    if not isinstance(layout, QGridLayout):
        return
    spacer = QSpacerItem(least_width(box), 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)
    layout.addItem(spacer, layout.rowCount(), 0, 1, layout.columnCount())


__all__ = ["least_width", "title_shown", "widen"]

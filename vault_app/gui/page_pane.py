"""The main window's right pane (the dashboard, agenda, worklist or a chart): scrolled when
the window is narrower or lower than the page on it, instead of the page holding the whole
window wider than the screen.

Found on a 1000x750 screen: a chart in Spanish asked for 751 pixels beside the client list's
260, an agenda week for 731, so the window's minimum was past 1000 and its right side (the last
tab's buttons, the status bar's end) could not be reached. In the pane, a page keeps its own
minimum and the window only the pane's; a page wider than the room scrolls sideways, one
taller scrolls down, and everything on it stays reachable by mouse and keyboard (Tab brings
the field it reaches into view: QScrollArea does so for the focus it passes).
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from vault_app.gui.widgets import scrolled

# What the pane keeps when its splitter handle is dragged towards it: the chart's heading, a
# tab or two and the start of each line. Narrower, a page is more scroll bar than page.
PANE_MIN_WIDTH = 360
PANE_MIN_HEIGHT = 200


def page_pane(pages: QWidget) -> QScrollArea:
    area = scrolled(pages)
    area.setObjectName("pagePane")
    area.setFrameShape(QFrame.Shape.NoFrame)  # the pages drawn as before, edge to edge
    area.setMinimumSize(PANE_MIN_WIDTH, PANE_MIN_HEIGHT)
    return area


__all__ = ["PANE_MIN_HEIGHT", "PANE_MIN_WIDTH", "page_pane"]

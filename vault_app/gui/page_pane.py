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

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from vault_app.gui.least_height import least_height
from vault_app.gui.widgets import scrolled

# What the pane keeps when its splitter handle is dragged towards it: the chart's heading, a
# tab or two and the start of each line. Narrower, a page is more scroll bar than page.
PANE_MIN_WIDTH = 360
PANE_MIN_HEIGHT = 200


class PageStack(QStackedWidget):
    """The pages, one at a time, asking for the room the page on screen needs: a stack asks
    for the widest of all its pages, so once a chart had been opened in Spanish the dashboard
    and the agenda after it scrolled sideways by the chart's extra pixels."""

    def __init__(self) -> None:
        super().__init__()
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        if page is None:
            return super().minimumSizeHint()
        return page.minimumSizeHint().expandedTo(page.minimumSize())


class _AtLeastItsMinimum(QVBoxLayout):
    """The pages' own layout: as tall as the window, or as the page on show needs at the pane's
    width if more (gui/least_height.py), and then the pane scrolls down.

    Qt's own height for a width made a chart as tall as it would like to be (its lists' preferred
    heights, 700 pixels and more) and the whole chart scrolled on a 750-pixel screen with room for
    it; with none, the page got its minimum, where a wrapped sentence counts as one line, and a
    low window cut the Overview, the Restrictions note, the Psychotherapy lock page and a draft's
    Sign and lock (round 46, 150 %, about 465 logical pixels tall)."""

    def __init__(self, body: QWidget) -> None:
        super().__init__(body)
        self._by_width: dict[int, int] = {}

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        # Asked up to a scroll bar's width of times in a row by the scroll area: kept per width
        # until the page changes (invalidate).
        if width not in self._by_width:
            item = self.itemAt(0)
            page = item.widget() if item is not None else None
            margins = self.contentsMargins()
            self._by_width[width] = margins.top() + margins.bottom() + (
                least_height(page, width - margins.left() - margins.right()) if page is not None else 0)
        return self._by_width[width]

    def minimumHeightForWidth(self, width: int) -> int:
        return self.heightForWidth(width)

    def invalidate(self) -> None:
        self._by_width.clear()
        super().invalidate()


def page_pane(pages: QWidget) -> QScrollArea:
    body = QWidget()
    layout = _AtLeastItsMinimum(body)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(pages)
    area = scrolled(body)
    area.setObjectName("pagePane")
    area.setFrameShape(QFrame.Shape.NoFrame)  # the pages drawn as before, edge to edge
    area.setMinimumSize(PANE_MIN_WIDTH, PANE_MIN_HEIGHT)
    return area


__all__ = ["PANE_MIN_HEIGHT", "PANE_MIN_WIDTH", "PageStack", "page_pane"]

"""The client list's first width: as wide as its names need, the chart keeping half the window.

Found in the real app at a first start (1440x900, and a 1366x768 laptop at 100 % and 150 %): the
list was given a quarter of the window (330 of 1280 pixels), and every name in it was cut
("Briony Cobblevale…") though the chart beside it had room to spare. With nothing saved, the
list now widens, once its first rows are in, to what their names, chart numbers and dates need
(the dates left out where that is too wide: they give way to the names, client_list_room.py), at
most as wide as leaves the chart half the window and the room its tabs need (CHART_LEAST). A
width the therapist saved or dragged to is kept as it is: this runs only with none saved, and
not after the first drag.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QTimer
from PySide6.QtWidgets import QSplitter, QStyle, QTreeWidget, QWidget

# The chart's part of the window at least: half of it, and never under CHART_LEAST, the room its
# tabs read in without scrolling sideways (chart_fit.py; at 150 % in a 1000x720 window, 667
# logical pixels, the list then keeps its least width, as before).
CHART_SHARE = 0.5
CHART_LEAST = 420


def columns_need(tree: QTreeWidget, columns: range) -> int:
    """What `columns` of the list need for their rows' and headings' words, whole."""
    header = tree.header()
    return sum(max(tree.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in columns)


def names_need(panel: QWidget, tree: QTreeWidget, *, dates: bool) -> int:
    """The panel's width for its rows whole: the name and the chart number (and `dates`)."""
    layout = panel.layout()
    margins = layout.contentsMargins() if layout is not None else None
    around = margins.left() + margins.right() if margins is not None else 0
    bar = tree.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, tree)
    return around + 2 * tree.frameWidth() + bar + columns_need(tree, range(3 if dates else 2))


def first_width(need_all: int, need_names: int, least: int, total: int) -> int:
    """The list's width in a splitter `total` wide: `need_all` (with the dates) where it leaves the
    chart its share (half, CHART_LEAST at least), else `need_names`; never past that share nor
    under the list's `least`."""
    most = total - max(round(total * CHART_SHARE), CHART_LEAST)
    wanted = need_all if need_all <= most else need_names
    return max(least, min(wanted, most))


class FirstWidth(QObject):
    """Widens `panel` in `splitter` to its names' need when its first rows come (once)."""

    def __init__(self, splitter: QSplitter, panel: QWidget, tree: QTreeWidget) -> None:
        super().__init__(splitter)
        self._splitter, self._panel, self._tree = splitter, panel, tree
        self._done = False
        tree.model().rowsInserted.connect(self._rows)
        splitter.splitterMoved.connect(self._dragged)

    def _dragged(self, _pos: int, _index: int) -> None:
        self._done = True  # the therapist's width from now on

    def _rows(self, _parent: QModelIndex | QPersistentModelIndex, _first: int, _last: int) -> None:
        if not self._done:
            QTimer.singleShot(0, self, self.fit)  # once the rows are all in (and their texts set)

    def fit(self) -> None:
        tree = self._tree
        if self._done or tree.topLevelItemCount() == 0:
            return
        self._done = True
        sizes = self._splitter.sizes()
        if len(sizes) != 2:
            return
        total = sum(sizes) if sum(sizes) > 0 else self._splitter.window().width()
        least = max(self._panel.minimumWidth(), self._panel.minimumSizeHint().width())
        width = first_width(names_need(self._panel, tree, dates=True), names_need(self._panel, tree, dates=False),
                            least, total)
        if width > sizes[0]:  # wider only: a list already as wide stays
            self._splitter.setSizes([width, total - width])


__all__ = ["CHART_LEAST", "CHART_SHARE", "FirstWidth", "columns_need", "first_width", "names_need"]

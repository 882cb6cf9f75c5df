"""The client list's headers as its order (found by a walker: they looked clickable and sorted
nothing; at 1,222 active charts "who have I not seen for a while" is the question). A click on
Name, Chart or Last seen asks the service for the whole list in that order (services/clients_page
ORDERS, sorted in SQL, a page at a time), never the rows on screen only: "Show more" goes on in
the order chosen. A second click turns it round. "Last seen" starts from the longest while, never
seen first. The header's tooltip says the order in words, for the eye and the screen reader.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QStyle, QTreeWidget

from vault_app.gui.i18n import QT_TRANSLATE_NOOP

COLUMNS = ("name", "chart", "last_seen")  # the tree's columns, in their order
# (ascending, descending) words of each order, said in the header's tooltip
SAID = {
    "name": (QT_TRANSLATE_NOOP("ClientListOrder", "Sorted by last name, A to Z."),
             QT_TRANSLATE_NOOP("ClientListOrder", "Sorted by last name, Z to A.")),
    "chart": (QT_TRANSLATE_NOOP("ClientListOrder", "Sorted by chart number, first to last."),
              QT_TRANSLATE_NOOP("ClientListOrder", "Sorted by chart number, last to first.")),
    "last_seen": (QT_TRANSLATE_NOOP("ClientListOrder", "Sorted by last seen, the longest ago first (never seen "
                                                       "before them)."),
                  QT_TRANSLATE_NOOP("ClientListOrder", "Sorted by last seen, the most recent first.")),
}
HOW = QT_TRANSLATE_NOOP("ClientListOrder", "Click a heading to sort the whole list by it; click it again to turn "
                                           "the order round.")


class OrderHeader(QHeaderView):
    """The list's header, the room for the sort arrow kept for the sorted column only: Qt gives it
    to every column once an arrow is shown, and the chart number and date columns, as wide as
    their content, took it from the names beside them (cut one letter sooner at 1366x768)."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(Qt.Orientation.Horizontal, tree)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)  # as a tree's own

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:
        size = super().sectionSizeFromContents(logicalIndex)
        if self.isSortIndicatorShown() and logicalIndex != self.sortIndicatorSection():
            margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
            size.setWidth(max(0, size.width() - size.height() - margin))
        return size


class ListOrder(QObject):
    """The order chosen at `tree`'s headers; `changed` when another is chosen."""

    changed = Signal()

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.order, self.descending = "name", False
        self._header = self.header = tree.header()
        self._header.setSectionsClickable(True)
        self._header.setSortIndicatorShown(True)
        self._header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        # Qt turns the indicator at a click (a new column starts ascending); the list follows it.
        self._header.sortIndicatorChanged.connect(self._chosen)
        self._say()

    def choose(self, order: str, descending: bool) -> None:
        """The list put in `order` as a click on its heading puts it (a menu's choice: client_list_sort.py)."""
        way = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self._header.setSortIndicator(COLUMNS.index(order), way)

    def said(self) -> str:
        """The order the list is in, in words ("Sorted by last name, A to Z.")."""
        return QCoreApplication.translate("ClientListOrder", SAID[self.order][1 if self.descending else 0])

    def _chosen(self, column: int, way: Qt.SortOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.order, self.descending = COLUMNS[column], way == Qt.SortOrder.DescendingOrder
        self._say()
        self.changed.emit()

    def _say(self) -> None:
        said = self.said()
        self._header.setToolTip(said + " " + QCoreApplication.translate("ClientListOrder", HOW))
        self._header.setAccessibleDescription(said)


__all__ = ["COLUMNS", "ListOrder", "OrderHeader"]

"""Two boxes side by side where the page has room for both, one under the other where not.

The chart's Overview put its Client and Consent and guardians boxes side by side, always: 476
logical pixels in Spanish, wider than the chart's pane beside the client list at 150 % in a
1000x720 window (found in the real app: the page scrolled sideways, the Consent box cut). Its
least width is now the wider box's; each box is as wide as the page when they are stacked, and
they share the width equally (as the row's stretches did) when side by side.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget


class SideBySide(QLayout):
    """Its widgets in one row where each has its least width, else in a column."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _gap(self) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        return parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing) if parent is not None else 6

    def side_need(self) -> int:
        """The width the row needs: every box at its least, the gaps between."""
        shown = self._shown()
        return sum(item.minimumSize().width() for item in shown) + self._gap() * max(0, len(shown) - 1)

    @staticmethod
    def _height(item: QLayoutItem, width: int) -> int:
        high = item.heightForWidth(width) if item.hasHeightForWidth() else -1
        return max(high, item.minimumSize().height(), item.sizeHint().height() if high < 0 else 0)

    def _widths(self, width: int) -> list[int] | None:
        """Each box's width side by side in `width` (equal shares), None where they do not fit."""
        shown = self._shown()
        if not shown or width < self.side_need():
            return None
        room = width - self._gap() * (len(shown) - 1)
        return [room // len(shown) + (1 if i < room % len(shown) else 0) for i in range(len(shown))]

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        margins = self.contentsMargins()
        inner = width - margins.left() - margins.right()
        shown, widths = self._shown(), self._widths(inner)
        if widths is not None:
            high = max(self._height(item, w) for item, w in zip(shown, widths, strict=True))
        else:
            high = sum(self._height(item, inner) for item in shown) + self._gap() * max(0, len(shown) - 1)
        return high + margins.top() + margins.bottom()

    def minimumSize(self) -> QSize:
        margins = self.contentsMargins()
        shown = self._shown()
        wide = max((item.minimumSize().width() for item in shown), default=0)
        high = max((item.minimumSize().height() for item in shown), default=0)
        return QSize(wide + margins.left() + margins.right(), high + margins.top() + margins.bottom())

    def sizeHint(self) -> QSize:
        shown = self._shown()
        margins = self.contentsMargins()
        wide = sum(item.sizeHint().width() for item in shown) + self._gap() * max(0, len(shown) - 1)
        high = max((item.sizeHint().height() for item in shown), default=0)
        return QSize(wide + margins.left() + margins.right(), high + margins.top() + margins.bottom())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        inside = rect.marginsRemoved(self.contentsMargins())
        shown, widths = self._shown(), self._widths(inside.width())
        left, top = inside.left(), inside.top()
        for i, item in enumerate(shown):
            if widths is not None:
                item.setGeometry(QRect(left, top, widths[i], inside.height()))
                left += widths[i] + self._gap()
            else:
                high = self._height(item, inside.width())
                item.setGeometry(QRect(left, top, inside.width(), high))
                top += high + self._gap()


__all__ = ["SideBySide"]

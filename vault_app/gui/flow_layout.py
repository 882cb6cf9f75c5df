"""A row of buttons that goes on to a second line when the window is too narrow for it.

Found in the real app on a 1000-pixel screen: the note editor's seven buttons in one row held
its window at 920 pixels (987 in Spanish) however it was resized, and a window manager placing
it on the laptop screen cut its Close button off. In a FlowRow the buttons keep their order,
sit where they sat while there is room, and wrap (the last ones first) when there is not. The
agenda's two rows of buttons do the same (731 pixels in Spanish, wider than the pane beside the
client list on a 1000-pixel screen).

A FlowRow's minimum is one line (its widest widget): a window narrow enough to wrap it, and too
low for the lines, gave it less height than they took, and they were drawn over what was below
them (the agenda's buttons, found on Xvfb at 624x305). keep_lines_whole makes a page's minimum
height the lines' at its width: the page grows by them, and the pane it sits in scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget


class FlowRow(QLayout):
    """Widgets left to right, right-aligned (or left-aligned), wrapping onto more lines when narrow."""

    def __init__(self, parent: QWidget | None = None, *, right: bool = True) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._right = right  # the lines against the right edge (a dialog's buttons) or the left
        # Heights by width, kept until Qt invalidates the layout (as QBoxLayout keeps its own):
        # Qt asks for them many times a layout pass, each a walk over every button.
        self._heights: dict[int, int] = {}
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # --- QLayout's item list ----------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self._heights.clear()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        self._heights.clear()
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def invalidate(self) -> None:
        # Qt calls this when a button's size, text, visibility, the spacing or the margins
        # change (and on every child layout before it lays a window out again).
        self._heights.clear()
        super().invalidate()

    # --- sizes ---------------------------------------------------------------------------
    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            if len(self._heights) > 64:  # a window dragged through many widths
                self._heights.clear()
            height = self._heights[width] = self._lay_out(QRect(0, 0, width, 0), move=False)
        return height

    def sizeHint(self) -> QSize:
        # One line, as wide as every widget side by side: what the row asks for with room.
        width = sum(self._hint(item).width() for item in self._visible()) + \
            self._spacing() * max(0, len(self._visible()) - 1)
        height = max((self._hint(item).height() for item in self._visible()), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        # As narrow as its widest widget: the rest goes to further lines.
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._lay_out(rect, move=True)

    # --- the lines ---------------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    @staticmethod
    def _hint(item: QLayoutItem) -> QSize:
        return item.sizeHint().expandedTo(item.minimumSize())

    def _spacing(self) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        if style is None:
            return 6
        return style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing, None, parent)

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        gap = self._spacing()
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._visible():
            wide = self._hint(item).width()
            if lines[-1] and used + gap + wide > width:
                lines.append([])
                used = 0
            used += (gap if lines[-1] else 0) + wide
            lines[-1].append(item)
        return [line for line in lines if line]

    def _lay_out(self, rect: QRect, *, move: bool) -> int:
        """Places the widgets in `rect` (when `move`); the height the lines take."""
        margins = self.contentsMargins()
        inside = rect.marginsRemoved(margins)
        gap = self._spacing()
        top = inside.top()
        for line in self._lines(max(1, inside.width())):
            tall = max(self._hint(item).height() for item in line)
            wide = sum(min(self._hint(item).width(), inside.width()) for item in line) + gap * (len(line) - 1)
            left = inside.left() + (max(0, inside.width() - wide) if self._right else 0)
            for item in line:
                size = self._hint(item)
                size.setWidth(min(size.width(), inside.width()))
                if move:
                    item.setGeometry(QRect(QPoint(left, top + (tall - size.height()) // 2), size))
                left += size.width() + gap
            top += tall + gap
        return top - gap - inside.top() + margins.top() + margins.bottom() if top > inside.top() else 0


class _LinesWhole(QObject):
    """Sets its widget's minimum height to what its layout needs at the widget's width."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest) and isinstance(watched, QWidget):
            layout = watched.layout()
            if layout is not None:
                need = layout.totalMinimumHeightForWidth(watched.width())
                if need >= 0 and need != watched.minimumHeight():  # -1: no height follows the width
                    watched.setMinimumHeight(need)
        return False


def keep_lines_whole(widget: QWidget) -> None:
    """`widget` never laid out lower than its wrapped lines (FlowRows, word-wrapped labels) take
    at its width: its minimum height follows them at each new width and each change of a line
    (a label's text, a language), so the page's pane scrolls to them instead."""
    widget.installEventFilter(_LinesWhole(widget))


__all__ = ["FlowRow", "keep_lines_whole"]

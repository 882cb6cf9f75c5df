"""The main toolbar keeps Lock now and Privacy mode in sight however narrow the window.

Found at 1366x768 at 125 % in Spanish (and at 150 % in English): the toolbar's words were wider
than the window, and Qt hides the items that do not fit behind its » button, the last ones first:
Privacy mode and Lock now, the two a therapist reaches for when someone walks in. Now the items
lose their words before any item is hidden, the least urgent first (their icons stay, the words
stay in the tooltip and the menus); only a window too narrow for the icons themselves overflows.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionToolBar, QToolBar, QToolButton

TEXT = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
ICON = Qt.ToolButtonStyle.ToolButtonIconOnly


class ToolbarFit(QObject):
    """Installed on the toolbar: at each resize, words off the buttons in `drop_order` (first
    listed first) until the row fits, and back on when there is room again."""

    def __init__(self, toolbar: QToolBar, drop_order: Sequence[QToolButton]) -> None:
        super().__init__(toolbar)
        self._toolbar = toolbar
        self._order = tuple(drop_order)
        toolbar.installEventFilter(self)

    def _around(self) -> int:
        """The row's width beside its buttons, as Qt's toolbar layout counts it before it hides any
        behind »: the spacing between them, the layout's margins (the toolbar's frame and item
        margin) and the toolbar's own, and the handle of a movable toolbar. Found at 150 %: the
        layout's margins were left out, and at some widths (800 pixels in English) the row was
        judged to fit by 3 pixels while Qt found it 3 too wide and hid Lock now behind »."""
        toolbar = self._toolbar
        layout = toolbar.layout()
        spacing = max(layout.spacing(), 0) if layout is not None else 0
        inner = layout.contentsMargins() if layout is not None else None
        outer = toolbar.contentsMargins()
        handle = 0
        if toolbar.isMovable():
            option = QStyleOptionToolBar()
            toolbar.initStyleOption(option)
            handle = toolbar.style().pixelMetric(QStyle.PixelMetric.PM_ToolBarHandleExtent, option, toolbar)
        return (spacing * max(len(self._order) - 1, 0) + outer.left() + outer.right() + handle
                + (inner.left() + inner.right() if inner is not None else 0))

    @staticmethod
    def _widths(buttons: Sequence[QToolButton], style: Qt.ToolButtonStyle) -> list[int]:
        for button in buttons:
            button.setToolButtonStyle(style)
        return [b.sizeHint().width() for b in buttons]

    def fit(self) -> None:
        """Each button measured once with its words and, only if they do not all fit, once without:
        a button's width does not depend on its neighbours' style, so the row's width after each
        word dropped is known without asking again (found by review: every button was asked again
        after each one dropped its words, n x n at each step of a resize)."""
        room = self._toolbar.width()
        # Every item counts, those Qt has hidden behind » too: the aim is that none is hidden.
        worded = self._widths(self._order, TEXT)
        needed = sum(worded) + self._around()
        if needed <= room:
            return
        bare = self._widths(self._order, ICON)
        dropped = 0  # the first `dropped` in the order lose their words, just enough of them
        while dropped < len(self._order) and needed > room:
            needed -= worded[dropped] - bare[dropped]
            dropped += 1
        for button in self._order[dropped:]:
            button.setToolButtonStyle(TEXT)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # getattr: cleared by the cycle collector (test_overrides_after_collection)
        if watched is getattr(self, "_toolbar", None) and event.type() == QEvent.Type.Resize:
            self.fit()
        return False


__all__ = ["ToolbarFit"]

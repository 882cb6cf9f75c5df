"""The client list gives room back to the chart when the window is made smaller.

Found in the real app at 150 %: the list, widened at a first start to show every name whole
(list_first_width.py), stayed that wide as the window was made narrower; the splitter took the
whole loss from the page's side (its stretch), and the chart scrolled sideways beside a list with
room to spare. Now, as the splitter is made narrower, the list gives the page what it needs to
read without scrolling sideways (and at least CHART_LEAST, the room the first width leaves the
chart), down to the list's least width: only then does the page scroll.
A window made wider leaves the list as it is (the therapist drags it wider, as before).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QScrollArea, QSplitter, QStyle, QWidget

from vault_app.gui.list_first_width import CHART_LEAST


def list_width(now: int, least: int, total: int, page_needs: int) -> int:
    """The list's width in a splitter `total` wide: as `now` where the page keeps `page_needs`,
    else what leaves it that, never under `least` (nor wider than `now`)."""
    return max(least, min(now, total - page_needs)) if now > least else now


class GivesBack(QObject):
    """Narrows `panel` (the splitter's first widget) as the splitter narrows, as far as the page
    pane (the second, a scroll area) needs it: see the module."""

    def __init__(self, splitter: QSplitter, panel: QWidget) -> None:
        super().__init__(splitter)
        self._splitter, self._panel = splitter, panel
        self._total = 0  # the splitter's width at the last look
        splitter.installEventFilter(self)

    def _page_needs(self) -> int:
        pane = self._splitter.widget(1)
        body = pane.widget() if isinstance(pane, QScrollArea) else None
        if pane is None or body is None:
            return max(CHART_LEAST, pane.minimumWidth() if pane is not None else 0)
        bar = pane.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, pane)
        frame = 2 * pane.frameWidth() if isinstance(pane, QScrollArea) else 0
        return max(CHART_LEAST, pane.minimumWidth(), body.minimumSizeHint().width() + bar + frame)

    def fit(self) -> None:
        splitter = self._splitter
        sizes = splitter.sizes()
        total = sum(sizes)
        narrower, self._total = 0 < total < self._total, total
        if len(sizes) != 2 or not narrower:
            return
        least = max(self._panel.minimumWidth(), self._panel.minimumSizeHint().width())
        width = list_width(sizes[0], least, total, self._page_needs())
        if width != sizes[0]:
            splitter.setSizes([width, total - width])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # After the splitter's own resize (it gives the whole change to the page, its stretch).
        if event.type() == QEvent.Type.Resize and watched is getattr(self, "_splitter", None):
            QTimer.singleShot(0, self, self.fit)
        return False


__all__ = ["GivesBack", "list_width"]

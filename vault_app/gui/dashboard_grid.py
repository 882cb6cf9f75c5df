"""Today's cards in as many columns as the page's width holds: three, two, or one.

Found in the real app: a window 667 logical pixels wide (1000x750 at 150 %, or a small window at
100 %) left the page about 400 pixels beside the client list; its three columns of cards held it
wider, and Today scrolled sideways. The cards now reflow: in their order, row by row, in the most
columns (at most three) whose cards' least widths fit the page's width, laid out again when the
page is resized or a card is shown, hidden or given other links. One column where even that is
too wide (the page then scrolls, as any page narrower than its narrowest words).

The columns are equally wide, each its share of the page: with widths from the cards' size hints
the second of two was narrow and its Unsigned notes links wrapped (Spanish, 100 %). And no more
columns than give every card its links on one line, where two do; where not even two do, two
(three equal ones wrapped each link onto three lines at 1366x768 and 150 %)."""

from __future__ import annotations

from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QGridLayout, QWidget

MOST = 3  # columns on a page wide enough, as Today always had


def columns_that_fit(widths: Sequence[int], room: int, spacing: int, most: int = MOST,
                     preferred: Sequence[int] = ()) -> int:
    """The most columns (at most `most`, at least 1) in which cards of these least `widths`, placed
    in order row by row, fit `room`: the columns equally wide (equal_widths), so each as wide as
    the widest card, `spacing` between. With `preferred` widths (a card's links on one line): the
    most columns that give every card its preferred width, where two or more do; else no more
    than two, the least widths fitting (three equal columns in a 1366-pixel window at 150 % wrapped
    each Unsigned notes link onto three lines, found in the real app; in two, on two)."""

    def most_that_hold(need: int, top: int) -> int:
        for n in range(min(top, max(1, len(widths))), 1, -1):
            if need * n + spacing * (n - 1) <= room:
                return n
        return 1

    at_least = most_that_hold(max(widths, default=0), most)
    if not preferred:
        return at_least
    comfortable = most_that_hold(max(preferred), most)
    return comfortable if comfortable >= 2 else min(at_least, 2)


def equal_widths(room: int, spacing: int, n: int) -> list[int]:
    """`n` columns sharing `room` with `spacing` between: as equal as whole pixels make them."""
    share = max(0, room - spacing * (n - 1))
    return [share // n + (1 if i < share % n else 0) for i in range(n)]


class CardGrid(QObject):
    """Places `cards` in `grid` for the width `room()` gives; `fit` again when either changes."""

    def __init__(self, grid: QGridLayout, cards: Sequence[QWidget], room_of: QWidget, margins: int) -> None:
        super().__init__(room_of)
        self._grid = grid
        self._cards = list(cards)
        self._room_of = room_of  # the widget whose width the cards share (the scroll area's viewport)
        self._margins = margins  # the page's own left and right margins
        self._placed: list[tuple[QWidget, int, int]] = []
        self.columns = 0
        room_of.installEventFilter(self)
        for card in self._cards:
            card.installEventFilter(self)
        self.fit()

    def fit(self) -> None:
        shown = [card for card in self._cards if not card.isHidden()]
        widths = [max(card.minimumSizeHint().width(), card.minimumWidth()) for card in shown]
        room = self._room_of.width() - self._margins
        preferred = [card.sizeHint().width() for card in shown]
        n = columns_that_fit(widths, room, self._grid.horizontalSpacing(), preferred=preferred) if shown else MOST
        # The hidden ones after the shown, in their order: no gap in a row where one comes back.
        order = shown + [card for card in self._cards if card.isHidden()]
        placed = [(card, i // n, i % n) for i, card in enumerate(order)]
        self._share(n, room)
        if placed == self._placed:
            return
        self._placed, self.columns = placed, n
        for card in self._cards:
            self._grid.removeWidget(card)
        for card, row, column in placed:
            self._grid.addWidget(card, row, column)

    def _share(self, n: int, room: int) -> None:
        """The columns equally wide: found in the real app, the grid gave each column its cards'
        size hints, the second of two narrow and the Unsigned notes links wrapped in it (Spanish,
        100 %). Each used column's least width its share of the room, and the same stretch; the
        least widths a pixel under the share, so a scroll bar coming does not push the page wider
        before the next fit."""
        shares = equal_widths(room, self._grid.horizontalSpacing(), n)
        widest = max((max(card.minimumSizeHint().width(), card.minimumWidth())
                      for card in self._cards if not card.isHidden()), default=0)
        for column in range(MOST):
            used = column < n
            least = max(widest, shares[column] - 1) if used and n > 1 else 0
            if self._grid.columnMinimumWidth(column) != least:
                self._grid.setColumnMinimumWidth(column, least)
            if self._grid.columnStretch(column) != int(used):
                self._grid.setColumnStretch(column, int(used))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # getattr: cleared by the cycle collector (test_overrides_after_collection)
        room_of = getattr(self, "_room_of", None)
        if room_of is None or not shiboken6.isValid(room_of):
            return False
        kind = event.type()
        if (kind == QEvent.Type.Resize and watched is room_of) or kind in (
                QEvent.Type.ShowToParent, QEvent.Type.HideToParent, QEvent.Type.LayoutRequest):
            self.fit()
        return False


__all__ = ["CardGrid", "columns_that_fit", "equal_widths"]
